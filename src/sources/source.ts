import type { AcknowledgeResponse, AlertList, AlertRuleList } from '../schemas/alerts.js';
import type {
  MetricsHistory,
  Pipeline,
  PipelineErrorPage,
  PipelineList,
  PipelineMetrics,
} from '../schemas/index.js';

/** A history window: a relative range ending now (`15m`, `1h`, `7d`, `30m`…) or absolute instants. */
export type HistoryRange = { range: string } | { start: Date; end: Date };

/** Filters and cursor for the error log. */
export interface ErrorQuery {
  /** At most this many errors (newest first). */
  limit?: number;
  /** Only errors of this type. */
  type?: string;
  /** Only errors strictly older than this instant (paging backwards). */
  before?: Date;
  /** Skips this many matching errors (after `before`): how an export pages through the log. */
  offset?: number;
  /**
   * Only errors whose type, table or message contains this text, ignoring case. A server that
   * applies it echoes it in the page's `search`; one that does not sends the unfiltered log.
   */
  search?: string;
}

/** A pipeline's errors by type, as sources without an error log count them. */
export interface ErrorCountsByType {
  /** Errors of each type; a type absent or 0 had none. */
  byType: Partial<Record<string, number>>;
  total: number;
}

/** Filters and page of the alerts list (`GET /alerts`). */
export interface AlertQuery {
  status?: 'firing' | 'resolved';
  severity?: 'info' | 'warning' | 'critical';
  limit?: number;
  offset?: number;
}

/** What an acknowledgement says: who (required by the server) and why. */
export interface AcknowledgeInput {
  acknowledgedBy: string;
  comment?: string;
}

/** Per-call options every source method accepts. */
export interface RequestOptions {
  /** Aborts the request; the promise then rejects with a MonitorError of kind `aborted`. */
  signal: AbortSignal;
}

/** What a source can do beyond the core reads. */
export interface SourceCapabilities {
  /** Serves the error-log endpoint (the REST extension); Prometheus only has counts by type. */
  errorLog: boolean;
  /** Accepts start/stop. */
  control: boolean;
  /** Alerts can be acknowledged (the REST alerting API; Prometheus' ALERTS cannot). */
  acknowledge?: boolean;
}

/**
 * Where data comes from: the philotes REST API or Prometheus. Every method resolves with
 * contract-shaped, validated data or rejects with a MonitorError; nothing else escapes.
 */
export interface DataSource {
  /** Identity for sharing: two sources with the same key are the same data. */
  readonly key: string;
  readonly capabilities: SourceCapabilities;
  listPipelines(options: RequestOptions): Promise<PipelineList>;
  getPipeline(id: string, options: RequestOptions): Promise<Pipeline>;
  getMetrics(id: string, options: RequestOptions): Promise<PipelineMetrics>;
  getHistory(id: string, range: HistoryRange, options: RequestOptions): Promise<MetricsHistory>;
  getErrors(id: string, query: ErrorQuery, options: RequestOptions): Promise<PipelineErrorPage>;
  /** Errors by type, for sources that count errors without keeping a log (Prometheus). */
  getErrorCounts?(id: string, options: RequestOptions): Promise<ErrorCountsByType>;
  /** Resolves with the server's confirmation message. */
  startPipeline(id: string, options: RequestOptions): Promise<string>;
  /** Resolves with the server's confirmation message. */
  stopPipeline(id: string, options: RequestOptions): Promise<string>;
  /** The alerts (`GET /alerts`, or Prometheus' `ALERTS`); absent when the source has no alerting. */
  listAlerts?(query: AlertQuery, options: RequestOptions): Promise<AlertList>;
  /** The alerting rules (`GET /alerts/rules`). */
  listAlertRules?(options: RequestOptions): Promise<AlertRuleList>;
  /** `POST /alerts/:id/acknowledge`. */
  acknowledgeAlert?(id: string, input: AcknowledgeInput, options: RequestOptions): Promise<AcknowledgeResponse>;
}
