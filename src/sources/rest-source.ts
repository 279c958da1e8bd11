/** The philotes REST API (CONTRACT.md §1) as a DataSource. */
import {
  MessageResponse,
  MetricsHistoryResponse,
  MetricsResponse,
  PipelineErrorPage,
  PipelineList,
  PipelineResponse,
  type MetricsHistory,
  type Pipeline,
  type PipelineMetrics,
} from '../schemas/index.js';
import type { AcknowledgeResponse, AlertList, AlertRuleList } from '../schemas/alerts.js';
import { normaliseUrl } from '../config.js';
import type { RestAlerts } from './rest-alerts.js';
import { requestJson, type HttpOptions, type JsonRequest } from './http.js';
import type { AcknowledgeInput, AlertQuery, DataSource, ErrorQuery, HistoryRange, RequestOptions, SourceCapabilities } from './source.js';

/** Where the API lives and how to talk to it. */
export interface RestSourceOptions extends HttpOptions {
  /**
   * Base URL of the API, e.g. `/api/v1` or `https://cdc.example.com/api/v1`. A relative one is
   * resolved against the page's location.
   */
  endpoint: string;
}

let provided: typeof RestAlerts | undefined;

/**
 * Called by rest-alerts.ts as it evaluates: the elements that read alerts load it with themselves
 * (no extra round trip on their first request), while pages without alerts never download it.
 */
export function provideRestAlerts(api: typeof RestAlerts): void {
  provided = api;
}

/** `?name=value&…` of the defined `params`, or an empty string. */
export function query(params: Record<string, string | undefined>): string {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) if (value !== undefined) search.set(name, value);
  const text = search.toString();
  return text === '' ? '' : `?${text}`;
}

/**
 * Reads and controls pipelines through the philotes REST API, including the error-log extension.
 * Every method resolves with validated data or rejects with a MonitorError.
 */
export class RestSource implements DataSource {
  /** `rest:` and the absolute endpoint URL: sources for the same API share one store. */
  readonly key: string;
  /** The REST API serves the error log and accepts start/stop. */
  readonly capabilities: SourceCapabilities = { errorLog: true, control: true, acknowledge: true };
  private readonly base: string;
  private readonly http: HttpOptions;
  private alerts: Promise<RestAlerts> | undefined;

  constructor(options: RestSourceOptions) {
    const { endpoint, ...http } = options;
    this.base = normaliseUrl(endpoint);
    this.key = `rest:${this.base}`;
    this.http = http;
  }

  /** `GET /pipelines`. */
  listPipelines({ signal }: RequestOptions): Promise<PipelineList> {
    return this.request({ url: this.url([]), resource: 'pipeline list', schema: PipelineList, signal });
  }

  /** `GET /pipelines/:id`. */
  async getPipeline(id: string, { signal }: RequestOptions): Promise<Pipeline> {
    const body = await this.request({ url: this.url([id]), resource: 'pipeline', schema: PipelineResponse, signal });
    return body.pipeline;
  }

  /** `GET /pipelines/:id/metrics`. */
  async getMetrics(id: string, { signal }: RequestOptions): Promise<PipelineMetrics> {
    const url = this.url([id, 'metrics']);
    const body = await this.request({ url, resource: 'pipeline metrics', schema: MetricsResponse, signal });
    return body.metrics;
  }

  /** `GET /pipelines/:id/metrics/history?range=R`, or `?start=…&end=…` for an absolute window. */
  async getHistory(id: string, range: HistoryRange, { signal }: RequestOptions): Promise<MetricsHistory> {
    const params =
      'range' in range ? { range: range.range } : { start: range.start.toISOString(), end: range.end.toISOString() };
    const url = this.url([id, 'metrics', 'history'], params);
    const body = await this.request({ url, resource: 'metrics history', schema: MetricsHistoryResponse, signal });
    return body.history;
  }

  /** `GET /pipelines/:id/errors?limit=N&type=T&before=TS&offset=K&search=S`, newest first. */
  getErrors(id: string, filter: ErrorQuery, { signal }: RequestOptions): Promise<PipelineErrorPage> {
    const url = this.url([id, 'errors'], {
      limit: filter.limit?.toString(),
      type: filter.type,
      before: filter.before?.toISOString(),
      offset: filter.offset?.toString(),
      search: filter.search || undefined,
    });
    return this.request({ url, resource: 'error log', schema: PipelineErrorPage, signal });
  }

  /** `POST /pipelines/:id/start`; resolves with the server's confirmation message. */
  startPipeline(id: string, options: RequestOptions): Promise<string> {
    return this.control(id, 'start', options);
  }

  /** `POST /pipelines/:id/stop`; resolves with the server's confirmation message. */
  stopPipeline(id: string, options: RequestOptions): Promise<string> {
    return this.control(id, 'stop', options);
  }

  /** `GET /alerts?status=…&severity=…&limit=…&offset=…`. */
  async listAlerts(filter: AlertQuery, options: RequestOptions): Promise<AlertList> {
    return (await this.alerting()).listAlerts(filter, options);
  }

  /** `GET /alerts/rules`. */
  async listAlertRules(options: RequestOptions): Promise<AlertRuleList> {
    return (await this.alerting()).listAlertRules(options);
  }

  /** `POST /alerts/:id/acknowledge` with `{acknowledged_by, comment}`. */
  async acknowledgeAlert(id: string, input: AcknowledgeInput, options: RequestOptions): Promise<AcknowledgeResponse> {
    return (await this.alerting()).acknowledgeAlert(id, input, options);
  }

  /** The alerting API: loaded with the alerting elements, else on the first alerting request. */
  private alerting(): Promise<RestAlerts> {
    const api = provided ? Promise.resolve(provided) : import('./rest-alerts.js').then((module) => module.RestAlerts);
    return (this.alerts ??= api.then((Api) => new Api(this.base, this.http)));
  }

  private async control(id: string, action: 'start' | 'stop', { signal }: RequestOptions): Promise<string> {
    const url = this.url([id, action]);
    const resource = `${action} pipeline`;
    const body = await this.request({ url, method: 'POST', resource, schema: MessageResponse, signal });
    return body.message;
  }

  /** `<endpoint>/pipelines/<segments…>` with each segment encoded, so an id cannot change the path. */
  private url(segments: string[], params: Record<string, string | undefined> = {}): string {
    const path = ['pipelines', ...segments].map(encodeURIComponent).join('/');
    return `${this.base}/${path}${query(params)}`;
  }

  private request<T>(request: JsonRequest<T>): Promise<T> {
    return requestJson(request, this.http);
  }
}
