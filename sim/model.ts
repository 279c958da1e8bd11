/**
 * The simulated fleet as the REST API presents it: every resource body is a function of the
 * instant asked about, so the live metrics at `t` and the history point at `t` are the same
 * computation and always agree.
 */
import { formatRfc3339, formatUptime } from './duration.js';
import type { ErrorRecord } from './error-log.js';
import { SimAlerting } from './alerts.js';
import { buildFleet } from './fleet.js';
import { PipelineSim, sum } from './pipeline-sim.js';
import { tableLastEventAt } from './signals.js';
import type {
  WireErrorPage,
  WireHistory,
  WireHistoryPoint,
  WireMetrics,
  WirePipeline,
  WireTableMetrics,
} from './wire.js';

/** Filters and cursor of an error-log page. */
export interface ErrorPageQuery {
  /** At most this many errors. */
  limit: number;
  /** Only this type. */
  type?: string | undefined;
  /** Only errors strictly older than this instant (epoch ms). */
  before?: number | undefined;
  /** Skips this many of the errors left by the filters and `before` (export pages through with it). */
  offset?: number | undefined;
  /** Only errors whose type, table or message contains this text, ignoring case; trimmed, `''` for none. */
  search?: string | undefined;
}

/** The contract's error types: every page counts each of them, 0 included. */
const COUNTED_TYPES = ['replication', 'schema', 'connection', 'write', 'unknown'] as const;

/** Special characters of a regular expression, escaped so a search is plain text. */
const SYNTAX = /[$()*+./?[\\\]^{|}]/g;

/** Whether `record` contains `search` in its type, table or message (case-insensitive, as the widget's own filter). */
function searchMatcher(search: string): (record: ErrorRecord) => boolean {
  if (search === '') return () => true;
  const pattern = new RegExp(search.replace(SYNTAX, '\\$&'), 'iu');
  return (e) => pattern.test(e.message) || pattern.test(e.type) || (e.table !== undefined && pattern.test(e.table));
}

/** The whole simulated fleet. Create one per simulator; `reset` restores its initial state. */
export class SimModel {
  /** The seed the fleet was drawn from. */
  readonly seed: number;
  /** The pipelines, in listing order. */
  readonly pipelines: readonly PipelineSim[];
  readonly #byId: ReadonlyMap<string, PipelineSim>;
  /** The alerting engine over the fleet's signals. */
  readonly alerting: SimAlerting;

  /**
   * @param seed draws ids, names, tables and behaviour.
   * @param t0 the simulator's start (epoch ms): the fleet's past is placed before it.
   * @param size how many pipelines (see {@link buildFleet}); default the four named ones.
   */
  constructor(seed: number, t0: number, size?: number) {
    this.seed = seed;
    this.pipelines = buildFleet(seed, t0, size).map((def) => new PipelineSim(seed, def));
    this.#byId = new Map(this.pipelines.map((p) => [p.def.id, p]));
    this.alerting = new SimAlerting(seed, this.pipelines, t0);
  }

  /** The pipeline with `id`, if there is one. */
  find(id: string): PipelineSim | undefined {
    return this.#byId.get(id);
  }

  /** Forgets every start and stop: the fleet is as it was created. */
  reset(): void {
    for (const pipeline of this.pipelines) pipeline.reset();
    this.alerting.reset();
  }
}

/** The pipeline resource at `t`. */
export function pipelineBody(pipeline: PipelineSim, t: number): WirePipeline {
  const { def, timeline } = pipeline;
  const status = timeline.statusAt(t);
  const started = timeline.lastAt(t, 'starting');
  const stopped = timeline.lastAt(t, 'stopped', 'error');
  return {
    id: def.id,
    name: def.name,
    source_id: def.sourceId,
    status,
    created_at: formatRfc3339(def.createdAt),
    updated_at: formatRfc3339(timeline.lastAt(t)?.at ?? def.createdAt),
    tenant_id: def.tenantId,
    config: structuredClone(def.config),
    ...(status === 'error' && def.errorMessage !== undefined ? { error_message: def.errorMessage } : {}),
    tables: def.tables.map((table) => ({
      id: table.id,
      pipeline_id: def.id,
      source_schema: table.schema,
      source_table: table.table,
      enabled: table.enabled,
      created_at: formatRfc3339(table.createdAt),
    })),
    ...(started === undefined ? {} : { started_at: formatRfc3339(started.at) }),
    ...(started !== undefined && stopped !== undefined && (status === 'stopped' || status === 'error')
      ? { stopped_at: formatRfc3339(stopped.at) }
      : {}),
  };
}

/** The current-metrics resource at `t`. */
export function metricsBody(pipeline: PipelineSim, t: number): WireMetrics {
  const { def, timeline } = pipeline;
  const status = timeline.statusAt(t);
  const tableEvents = pipeline.tableEvents(t);
  const lags = pipeline.tableLags(t);
  const activeAt = timeline.lastActiveAt(t);
  const tables: WireTableMetrics[] = def.tables.map((table, i) => {
    const lastEvent = table.enabled && activeAt !== undefined ? tableLastEventAt(pipeline.seed, def.index, def, table, activeAt) : undefined;
    return {
      schema: table.schema,
      table: table.table,
      events_processed: sum(tableEvents[i] ?? []),
      lag_seconds: lags[i] ?? 0,
      ...(lastEvent === undefined ? {} : { last_event_at: formatRfc3339(lastEvent) }),
    };
  });
  const lastEvents = tables.flatMap((table) => (table.last_event_at === undefined ? [] : [Date.parse(table.last_event_at)]));
  const started = timeline.lastAt(t, 'starting');
  const iceberg = pipeline.iceberg(t, tableEvents);
  return {
    pipeline_id: def.id,
    status,
    events_processed: sum(tables.map((table) => table.events_processed)),
    events_per_second: pipeline.eventsPerSecond(t),
    lag_seconds: Math.max(0, ...lags),
    lag_p95_seconds: pipeline.lagP95(t),
    buffer_depth: pipeline.bufferDepth(t),
    error_count: pipeline.errorCount(t),
    iceberg_commits: sum(iceberg.map((c) => c.commits)),
    iceberg_bytes_written: sum(iceberg.map((c) => c.bytes)),
    ...(lastEvents.length === 0 ? {} : { last_event_at: formatRfc3339(Math.max(...lastEvents)) }),
    ...(status === 'running' && started !== undefined ? { uptime: formatUptime(t - started.at) } : {}),
    tables,
  };
}

/**
 * One history point at `t` summing up the `stepMs` before it: lag and buffer depth are the step's
 * maximum (a spike between two points is kept), events/s the average over the step (over a minute
 * at least, as the live rate), the error counter its value at `t`.
 */
export function historyPoint(pipeline: PipelineSim, t: number, stepMs: number): WireHistoryPoint {
  return {
    timestamp: formatRfc3339(t),
    events_per_second: pipeline.averageRate(t, stepMs),
    lag_seconds: pipeline.maxLag(t, stepMs),
    buffer_depth: pipeline.maxBufferDepth(t, stepMs),
    error_count: pipeline.errorCount(t),
  };
}

/** The history resource: one point per instant of `instants` (ascending, `stepMs` apart), labelled `timeRange`. */
export function historyBody(pipeline: PipelineSim, instants: readonly number[], stepMs: number, timeRange: string): WireHistory {
  return {
    pipeline_id: pipeline.def.id,
    time_range: timeRange,
    data_points: instants.map((t) => historyPoint(pipeline, t, stepMs)),
  };
}

/**
 * A page of the error log as of `t`, newest first. `total_count` counts every error matching the
 * type and the search; `counts` every error matching the search, by type (the type filter's
 * chips); `search` echoes the search applied, telling the widget this server searches.
 */
export function errorPageBody(pipeline: PipelineSim, t: number, query: ErrorPageQuery): WireErrorPage {
  const search = query.search ?? '';
  const found = pipeline.errorsUntil(t).filter(searchMatcher(search));
  const counts: Record<string, number> = Object.fromEntries(COUNTED_TYPES.map((type) => [type, 0]));
  for (const e of found) counts[e.type] = (counts[e.type] ?? 0) + 1;
  const matching = query.type === undefined ? found : found.filter((e) => e.type === query.type);
  const before = query.before;
  const offset = query.offset ?? 0;
  const page = (before === undefined ? matching : matching.filter((e) => e.at < before)).slice(offset, offset + query.limit);
  return {
    errors: page.map((e) => ({
      id: e.id,
      timestamp: formatRfc3339(e.at),
      type: e.type,
      message: e.message,
      ...(e.table === undefined ? {} : { table: e.table }),
    })),
    total_count: matching.length,
    counts,
    search,
  };
}
