/**
 * A pipeline's metrics read straight from Prometheus (or Thanos, Mimir, VictoriaMetrics) as a
 * DataSource: the same elements and store, no philotes API in between. One source is one
 * pipeline, picked by a label selector (CONTRACT.md §2).
 */
import { MonitorError } from '../errors.js';
import {
  PIPELINE_ERROR_TYPES,
  type HistoryPoint,
  type MetricsHistory,
  type Pipeline,
  type PipelineErrorPage,
  type PipelineErrorType,
  type PipelineList,
  type PipelineMetrics,
  type TableMetrics,
} from '../schemas/index.js';
import type { HttpOptions } from './http.js';
import { PrometheusClient } from './prometheus-client.js';
import { instantSamples, rangeSeries, type PromSample } from './prometheus-envelope.js';
import { parseSelector, selectorLabel, type Selector } from './prometheus-selector.js';
import { historyWindow } from './prometheus-window.js';
import {
  errorsByTypeQuery,
  historyQueries,
  metricsQueries,
  stateTimestampQuery,
  statusFromState,
  type HistoryQueries,
  type MetricsQueries,
  type QueryOptions,
} from './promql.js';
import type { AlertList } from '../schemas/alerts.js';
import { alertsFromSamples, FIRING_QUERY, SINCE_QUERY } from './prometheus-alerts.js';
import type { AlertQuery, DataSource, ErrorQuery, HistoryRange, RequestOptions, SourceCapabilities } from './source.js';

/** Where Prometheus lives and which series are the pipeline's. */
export interface PrometheusSourceOptions extends HttpOptions {
  /** Base URL of the Prometheus-compatible server, e.g. `http://prometheus:9090` or `/prometheus` behind a proxy. */
  url: string;
  /** Label matchers of the pipeline's series, e.g. `source="postgres-orders"` (the worker labels by database). */
  selector: string;
  /** The pipeline id reported in every answer; default the id the caller asks about. */
  pipelineId?: string;
  /** The pipeline's display name; default the selector's `source` label. */
  name?: string;
  /** Points per history series; default 100, the REST API's density (range / 100). */
  historyPoints?: number;
  /** Window of `events_per_second`; default `1m`. Widen it when Prometheus scrapes every 30 s or less often. */
  rateWindow?: string;
}

/** Set to true on an answer Prometheus marked incomplete (`warnings`, VictoriaMetrics' `isPartial`). */
export interface PartialMark {
  partial?: boolean;
}

/** Current metrics read from Prometheus; a value Prometheus lacks is NaN, never 0. */
export type PrometheusMetrics = PipelineMetrics & PartialMark;
/** History read from Prometheus; every step up to now is present, a missing value is NaN. */
export type PrometheusHistory = MetricsHistory & PartialMark;
/** A pipeline as far as Prometheus knows it. */
export type PrometheusPipeline = Pipeline & PartialMark;

/** Options of {@link PrometheusSource.getHistory}. */
export interface HistoryOptions extends RequestOptions {
  /** Seconds between points; default range / `historyPoints`. */
  stepSeconds?: number;
}

/** Options of {@link PrometheusSource.getErrorCounts}. */
export interface ErrorCountsOptions extends RequestOptions {
  /** Count only the increase over this Prometheus duration (`5m`, `1h`); default the cumulative counters. */
  window?: string;
}

/** A pipeline's errors by type, from `philotes_cdc_errors_total`. */
export interface ErrorCounts {
  pipelineId: string;
  /** Every contract error type, 0 when none; worker types outside the contract count as `unknown`. */
  byType: Record<PipelineErrorType, number>;
  total: number;
  /** The window asked for, if any. */
  window: string | undefined;
  partial?: boolean;
}

interface Answers<K extends string> {
  values: Record<K, PromSample[]>;
  partial: boolean;
}

const NOT_CONTROLLABLE =
  'Start/stop is not available when reading from Prometheus: it only holds metrics. Read from the philotes REST API to control pipelines.';

function mark<T>(value: T, partial: boolean): T & PartialMark {
  return partial ? { ...value, partial: true } : (value as T & PartialMark);
}

function splitTable(name: string): { schema: string; table: string } {
  const dot = name.indexOf('.');
  return dot < 0 ? { schema: '', table: name } : { schema: name.slice(0, dot), table: name.slice(dot + 1) };
}

/**
 * Reads one pipeline's metrics, history and error counts from the Prometheus HTTP API, each by
 * several parallel queries from promql.ts. It has no error log and cannot start or stop.
 * Every method resolves with contract-shaped data or rejects with a MonitorError.
 */
export class PrometheusSource implements DataSource {
  /** `prometheus:<url>|<selector>`: sources for the same series share one store. */
  readonly key: string;
  /** Prometheus has counts by type but no error log, and no control. */
  readonly capabilities: SourceCapabilities = { errorLog: false, control: false };
  private readonly client: PrometheusClient;
  private readonly config: Config | MonitorError;
  private readonly options: PrometheusSourceOptions;

  constructor(options: PrometheusSourceOptions) {
    this.options = options;
    // The client reads only the HttpOptions members (headers, credentials, fetch).
    this.client = new PrometheusClient(options.url, options);
    this.config = configure(options);
    const selector = this.config instanceof MonitorError ? options.selector : this.config.selector;
    const rate = options.rateWindow === undefined ? '' : `|rate=${options.rateWindow}`;
    this.key = `prometheus:${this.client.base}|${selector}${rate}`;
  }

  /** The configured pipeline, as far as Prometheus knows it. */
  async listPipelines(options: RequestOptions): Promise<PipelineList> {
    const pipeline = await this.getPipeline(this.options.pipelineId ?? this.defaultId(), options);
    return { pipelines: [pipeline], total_count: 1 };
  }

  /**
   * The pipeline: status from `philotes_cdc_pipeline_state` (`'unknown'` when Prometheus has none).
   * Prometheus does not know when a pipeline was created: `created_at` and `updated_at` are the
   * time of the latest state sample.
   */
  async getPipeline(id: string, { signal }: RequestOptions): Promise<PrometheusPipeline> {
    const { selector: s, queries } = this.valid();
    const { values, partial } = await this.instant({ state: queries.status, at: stateTimestampQuery(s) }, 'pipeline', signal);
    const at = values.at[0]?.value;
    const updated = new Date(at !== undefined && Number.isFinite(at) ? at * 1000 : Date.now());
    const source = selectorLabel(s, 'source');
    return mark(
      {
        id: this.options.pipelineId ?? id,
        name: this.options.name ?? source ?? s,
        source_id: source ?? s,
        status: statusFromState(values.state[0]?.value),
        created_at: updated,
        updated_at: updated,
      },
      partial,
    );
  }

  /** Current metrics; rejects when Prometheus has no series at all for the selector. */
  async getMetrics(id: string, { signal }: RequestOptions): Promise<PrometheusMetrics> {
    const { selector: s, queries } = this.valid();
    const { values, partial } = await this.instant(queries, 'pipeline metrics', signal);
    if (Object.values<PromSample[]>(values).every((samples) => samples.length === 0)) throw noSeries(s, 'pipeline metrics');
    const one = (samples: PromSample[]) => samples[0]?.value ?? Number.NaN;
    return mark(
      {
        pipeline_id: this.options.pipelineId ?? id,
        status: statusFromState(values.status[0]?.value),
        events_processed: one(values.events_processed),
        events_per_second: one(values.events_per_second),
        lag_seconds: one(values.lag_seconds),
        lag_p95_seconds: one(values.lag_p95_seconds),
        buffer_depth: one(values.buffer_depth),
        error_count: one(values.error_count),
        iceberg_commits: one(values.iceberg_commits),
        iceberg_bytes_written: one(values.iceberg_bytes_written),
        tables: tablesOf(values.table_events_processed, values.table_lag_seconds),
      },
      partial,
    );
  }

  /** History by four range queries (step = range / 100 unless given, aligned); a step without a value is NaN. */
  async getHistory(id: string, range: HistoryRange, { signal, stepSeconds }: HistoryOptions): Promise<PrometheusHistory> {
    const { selector: s, options } = this.valid();
    const now = Date.now();
    const window = historyWindow(range, now, this.options.historyPoints, stepSeconds);
    const queries = historyQueries(s, options, window.step);
    const fields = Object.keys(queries) as (keyof HistoryQueries)[];
    const results = await Promise.all(
      fields.map((field) => this.client.queryRange(queries[field], window, { resource: 'metrics history', signal })),
    );
    const points = new Map<number, HistoryPoint>();
    const last = Math.min(window.end, Math.floor(now / 1000));
    for (let t = window.start; t <= last; t += window.step) {
      points.set(t * 1000, {
        timestamp: new Date(t * 1000),
        events_per_second: Number.NaN,
        lag_seconds: Number.NaN,
        buffer_depth: Number.NaN,
        error_count: Number.NaN,
      });
    }
    results.forEach((result, i) => {
      const field = fields[i]!;
      for (const series of rangeSeries(result, 'metrics history')) {
        for (const { time, value } of series.points) {
          const point = points.get(time);
          if (point !== undefined) point[field] = value;
        }
      }
    });
    const history: MetricsHistory = {
      pipeline_id: this.options.pipelineId ?? id,
      time_range: window.timeRange,
      data_points: [...points.values()],
    };
    return mark(history, results.some((r) => r.partial));
  }

  /** Prometheus has no error log: always an empty page. Counts by type come from {@link getErrorCounts}. */
  getErrors(_id: string, _query: ErrorQuery, _options: RequestOptions): Promise<PipelineErrorPage> {
    return Promise.resolve({ errors: [], total_count: 0 });
  }

  /** Errors by `error_type`, cumulative or over `window`; rejects when Prometheus has no series for the selector. */
  async getErrorCounts(id: string, { signal, window }: ErrorCountsOptions): Promise<ErrorCounts> {
    const { selector: s, queries: live } = this.valid();
    const queries = { errors: errorsByTypeQuery(s, window), state: live.status };
    const { values, partial } = await this.instant(queries, 'error counts', signal);
    if (values.errors.length === 0 && values.state.length === 0) throw noSeries(s, 'error counts');
    const byType = Object.fromEntries(PIPELINE_ERROR_TYPES.map((type) => [type, 0])) as Record<PipelineErrorType, number>;
    for (const sample of values.errors) {
      const label = sample.labels['error_type'] ?? 'unknown';
      const type = (PIPELINE_ERROR_TYPES as readonly string[]).includes(label) ? (label as PipelineErrorType) : 'unknown';
      byType[type] += sample.value;
    }
    const total = Object.values(byType).reduce((sum, n) => sum + n, 0);
    return mark({ pipelineId: this.options.pipelineId ?? id, byType, total, window }, partial);
  }

  /** Always rejects: Prometheus cannot start a pipeline. */
  startPipeline(id: string, _options: RequestOptions): Promise<string> {
    return Promise.reject(notControllable('start', id));
  }

  /** Always rejects: Prometheus cannot stop a pipeline. */
  stopPipeline(id: string, _options: RequestOptions): Promise<string> {
    return Promise.reject(notControllable('stop', id));
  }

  private defaultId(): string {
    const { selector } = this.valid();
    return selectorLabel(selector, 'source') ?? selector;
  }

  /** The configuration, or the error every read rejects with. */
  private valid(): Config {
    if (this.config instanceof MonitorError) throw this.config;
    return this.config;
  }

  /**
   * The alerts of Prometheus' own alerting rules (`ALERTS{alertstate="firing"}`), with since when
   * from `ALERTS_FOR_STATE`. Prometheus keeps no resolved alerts: a `resolved` query is empty.
   */
  async listAlerts(filter: AlertQuery, { signal }: RequestOptions): Promise<AlertList> {
    if (filter.status === 'resolved') return { alerts: [], total_count: 0 };
    if (this.config instanceof MonitorError && this.config.field === 'url') throw this.config;
    const { values } = await this.instant({ firing: FIRING_QUERY, since: SINCE_QUERY }, 'alerts', signal);
    return alertsFromSamples(values.firing, values.since, Date.now());
  }

  /** Runs every query at the same instant, in parallel, so the fields agree with each other. */
  private async instant<K extends string>(queries: Record<K, string>, resource: string, signal: AbortSignal): Promise<Answers<K>> {
    const time = Date.now() / 1000;
    const names = Object.keys(queries) as K[];
    const results = await Promise.all(names.map((name) => this.client.query(queries[name], time, { resource, signal })));
    const values = {} as Record<K, PromSample[]>;
    names.forEach((name, i) => {
      values[name] = instantSamples(results[i]!, resource);
    });
    return { values, partial: results.some((r) => r.partial) };
  }
}

function tablesOf(events: PromSample[], lags: PromSample[]): TableMetrics[] {
  const tables = new Map<string, TableMetrics>();
  const entry = (name: string) => {
    let table = tables.get(name);
    if (table === undefined) {
      // A table with lag but no events counter yet has processed nothing (see zeroWhileUnseen).
      table = { ...splitTable(name), events_processed: 0, lag_seconds: Number.NaN };
      tables.set(name, table);
    }
    return table;
  };
  for (const sample of events) entry(sample.labels['table'] ?? '').events_processed = sample.value;
  for (const sample of lags) entry(sample.labels['table'] ?? '').lag_seconds = sample.value;
  return [...tables.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, table]) => table);
}

interface Config {
  selector: Selector;
  options: QueryOptions;
  /** The live queries, built once. */
  queries: MetricsQueries;
}

/** The validated options, or the error every read will reject with. */
function configure(options: PrometheusSourceOptions): Config | MonitorError {
  if (options.url.trim() === '') {
    return new MonitorError({
      kind: 'schema',
      resource: 'Prometheus source',
      field: 'url',
      message: 'No Prometheus URL given: set prometheus-url (or the url option) to the server, e.g. http://prometheus:9090.',
    });
  }
  try {
    const selector = parseSelector(options.selector);
    const queryOptions: QueryOptions = options.rateWindow === undefined ? {} : { rateWindow: options.rateWindow };
    return { selector, options: queryOptions, queries: metricsQueries(selector, queryOptions) };
  } catch (error) {
    return error as MonitorError;
  }
}

function noSeries(s: Selector, resource: string): MonitorError {
  return new MonitorError({
    kind: 'upstream',
    resource,
    message:
      `Prometheus has no philotes series matching {${s}} (${resource}). Check the selector and that Prometheus ` +
      `scrapes the pipeline's worker.`,
  });
}

function notControllable(action: 'start' | 'stop', id: string): MonitorError {
  return new MonitorError({
    kind: 'http',
    resource: `${action} of pipeline ${id}`,
    status: 501,
    problem: { type: 'https://philotes.io/errors/not-implemented', title: 'Not Implemented', status: 501, detail: NOT_CONTROLLABLE },
    message: NOT_CONTROLLABLE,
  });
}
