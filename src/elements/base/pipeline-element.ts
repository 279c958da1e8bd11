import { LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import { StoreController } from '../../controllers/store-controller.js';
import { warmUpIntl } from '../../format/intl.js';
import { commonText } from '../../i18n/en/common.js';
import { localize } from '../../i18n/localize.js';
import type { MetricsStore } from '../../store/metrics-store.js';

/**
 * The common ground of every data-bound element: where to read (`endpoint`), which pipeline
 * (`pipeline-id`), locale and theme, and the shared store resolved from them (or from a parent
 * that provides one). Subclasses add QueryControllers reading `this.store`.
 */
export abstract class PipelineElement extends LitElement {
  /** Base URL of the philotes REST API; elements with the same endpoint share one store. */
  @property() endpoint = '/api/v1';

  /** The pipeline's id (a UUID). */
  @property({ attribute: 'pipeline-id' }) pipelineId = '';

  /** Where data comes from: the philotes REST API at `endpoint`, or Prometheus at `prometheus-url`. */
  @property() source: 'rest' | 'prometheus' = 'rest';

  /** Base URL of Prometheus (or Thanos, Mimir, VictoriaMetrics) when `source="prometheus"`. */
  @property({ attribute: 'prometheus-url' }) prometheusUrl = '';

  /** Label matchers naming the pipeline's series when `source="prometheus"`, e.g. `source="postgres-orders"`. */
  @property() selector = '';

  /**
   * The pipeline's display name: with `source="prometheus"` its name (Prometheus knows no names);
   * always part of the element's accessible names, so two pipelines' elements on a page differ.
   */
  @property({ attribute: 'pipeline-name' }) pipelineName = '';

  /** The `rate()` window when `source="prometheus"`; set about 4 × the scrape interval. Empty: the source's default. */
  @property({ attribute: 'rate-window' }) rateWindow = '';

  /** BCP 47 locale of the words (English, German), numbers, units and times; unset means the browser's. */
  @property() locale: string | undefined = undefined;

  /** Forces the light or dark palette; `auto` follows the inherited `color-scheme`. */
  @property({ reflect: true }) theme: 'auto' | 'light' | 'dark' = 'auto';

  /** Resolves the store before any query controller a subclass adds reads it. */
  protected readonly storeController = new StoreController(this, () => ({
    source: this.source,
    endpoint: this.endpoint,
    prometheusUrl: this.prometheusUrl,
    selector: this.selector,
    pipelineId: this.pipelineId,
    pipelineName: this.pipelineName,
    rateWindow: this.rateWindow,
  }));

  /** Names the pipeline in accessible names: `pipeline-name`, else the start of its id. */
  protected get pipelineLabel(): string {
    return this.pipelineName || commonText(this.locale).pipeline(this.pipelineId.slice(0, 8));
  }

  /** The store this element reads from; undefined while disconnected. */
  get store(): MetricsStore | undefined {
    return this.storeController.store;
  }

  constructor() {
    super();
    localize(this);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    warmUpIntl(this.locale);
  }
}
