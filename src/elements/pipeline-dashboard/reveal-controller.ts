/**
 * Fills `<pipeline-dashboard>`'s frame in priority order. The first render is only the frame
 * (headings, and placeholders in each part's final size); each part is then rendered in a task
 * of its own, yielding between them so the page paints and answers input: status and cards
 * first, then the charts, then (once the charts are built) the tables and the log. A part waits
 * until its placeholder comes within a viewport's height of the viewport: what nobody scrolls to
 * is never built.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { buildsDone } from '../metric-chart/build-queue.js';
import { nextTask } from '../shared/next-task.js';

/** The parts of the dashboard rendered one per task, in the order they are rendered. */
export const REVEAL_ORDER = ['header', 'metrics', 'controls', 'alerts', 'chart-events', 'chart-lag', 'chart-buffer', 'tables', 'errors'] as const;

/** One part rendered in a task of its own. */
export type RevealUnit = (typeof REVEAL_ORDER)[number];

/**
 * The parts rendered once the charts waiting to be built are: building a chart after them made
 * it lay out their rows first, in the chart's task.
 */
const AFTER_CHARTS: ReadonlySet<RevealUnit> = new Set(['tables', 'errors']);

/** The attribute naming the unit a placeholder stands for. */
export const PLACEHOLDER_ATTRIBUTE = 'data-reveal';

/** How near the viewport a placeholder must come to be rendered: one viewport above or below. */
const NEAR = '100% 0px 100% 0px';

/** Which parts of the host are rendered; renders the next one when its turn and its place come. */
export class RevealController implements ReactiveController {
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #shown = new Set<RevealUnit>();
  readonly #near = new Set<RevealUnit>();
  #observed = new WeakSet<Element>();
  #observer: IntersectionObserver | undefined;
  #running = false;
  #connected = false;

  constructor(host: ReactiveControllerHost & HTMLElement) {
    this.#host = host;
    host.addController(this);
  }

  /** The parts rendered so far. */
  get shown(): ReadonlySet<RevealUnit> {
    return this.#shown;
  }

  hostConnected(): void {
    this.#connected = true;
    this.#observer = new IntersectionObserver((entries) => this.#seen(entries), { rootMargin: NEAR });
    // Moved in the page: the placeholders still waiting are watched by the new observer.
    this.#observed = new WeakSet();
    this.#watch();
  }

  hostDisconnected(): void {
    this.#connected = false;
    this.#observer?.disconnect();
    this.#observer = undefined;
    this.#near.clear();
  }

  // After every render, so placeholders rendered later (after "Pipeline not found", a new id) are watched too.
  hostUpdated(): void {
    this.#watch();
  }

  #watch(): void {
    const root = this.#host.shadowRoot;
    if (!root || !this.#observer) return;
    for (const placeholder of root.querySelectorAll(`[${PLACEHOLDER_ATTRIBUTE}]`)) {
      if (this.#observed.has(placeholder)) continue;
      this.#observed.add(placeholder);
      this.#observer.observe(placeholder);
    }
  }

  #seen(entries: IntersectionObserverEntry[]): void {
    for (const entry of entries) {
      const unit = entry.target.getAttribute(PLACEHOLDER_ATTRIBUTE) as RevealUnit;
      // Near once is near for good: parts above it growing as they fill in push it away, and whether
      // it was rendered then depended on which of them had grown first.
      if (entry.isIntersecting) this.#near.add(unit);
      // A placeholder replaced by its part is done with.
      if (this.#shown.has(unit)) this.#observer?.unobserve(entry.target);
    }
    void this.#run();
  }

  /** Renders the first waiting part near the viewport, yields, and starts over: order is by priority. */
  async #run(): Promise<void> {
    if (this.#running) return;
    this.#running = true;
    try {
      for (;;) {
        const next = REVEAL_ORDER.find((unit) => !this.#shown.has(unit) && this.#near.has(unit));
        if (!next || !this.#connected) return;
        const charts = AFTER_CHARTS.has(next) ? buildsDone() : undefined;
        if (charts) {
          await charts;
          await nextTask();
          continue;
        }
        this.#shown.add(next);
        this.#host.requestUpdate();
        await this.#host.updateComplete;
        await nextTask();
      }
    } finally {
      this.#running = false;
    }
  }
}
