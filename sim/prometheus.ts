/**
 * The worker's Prometheus scrape (CONTRACT.md §2) in text exposition format 0.0.4, computed from
 * the same model as the REST answers, so both agree at every instant.
 *
 * Written by hand rather than through prom-client: its metrics only move by `inc`/`observe`,
 * while these values are closed-form functions of time (including histogram buckets), and a
 * scrape must be exact for whatever instant the simulator clock says.
 */
import { ERROR_TYPES, OPERATIONS } from './fleet.js';
import type { SimModel } from './model.js';
import { sum, type PipelineSim } from './pipeline-sim.js';
import type { PipelineStatus } from './timeline.js';

/** `philotes_cdc_pipeline_state` values (2, paused, is never simulated). */
const STATE_VALUE: Record<PipelineStatus, number> = { starting: 0, running: 1, stopping: 3, stopped: 4, error: 5 };
const COMMIT_BUCKETS = [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

type Labels = Record<string, string>;

interface Family {
  name: string;
  help: string;
  type: 'counter' | 'gauge' | 'histogram';
  samples: { suffix?: string; labels: Labels; value: number }[];
}

/** The `source` label of a pipeline's series: `postgres-<database>`, as the worker names it. */
export function sourceLabel(pipeline: PipelineSim): string {
  return `postgres-${pipeline.def.database}`;
}

function escapeLabel(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n');
}

function formatValue(value: number): string {
  if (Number.isNaN(value)) return 'NaN';
  if (!Number.isFinite(value)) return value > 0 ? '+Inf' : '-Inf';
  return String(value);
}

function render(family: Family): string {
  const lines = [`# HELP ${family.name} ${family.help}`, `# TYPE ${family.name} ${family.type}`];
  for (const sample of family.samples) {
    const labels = Object.entries(sample.labels)
      .map(([k, v]) => `${k}="${escapeLabel(v)}"`)
      .join(',');
    lines.push(`${family.name}${sample.suffix ?? ''}{${labels}} ${formatValue(sample.value)}`);
  }
  return lines.join('\n');
}

/** Every family's samples for one pipeline at `t`, appended to `families`. */
function collect(pipeline: PipelineSim, t: number, families: Record<string, Family>): void {
  const source = sourceLabel(pipeline);
  const add = (name: string, labels: Labels, value: number, suffix?: string) =>
    families[name]?.samples.push({ labels: { source, ...labels }, value, ...(suffix === undefined ? {} : { suffix }) });
  const tableEvents = pipeline.tableEvents(t);
  const lags = pipeline.tableLags(t);
  const iceberg = pipeline.iceberg(t, tableEvents);
  const errors = pipeline.errorCounts(t);
  const events = sum(tableEvents.map(sum));
  const batchSize = Number(pipeline.def.config['batch_size'] ?? 1000);

  pipeline.def.tables.forEach((def, i) => {
    if (!def.enabled) return;
    const table = `${def.schema}.${def.table}`;
    OPERATIONS.forEach((operation, op) => add('philotes_cdc_events_total', { table, operation }, tableEvents[i]?.[op] ?? 0));
    add('philotes_cdc_lag_seconds', { table }, lags[i] ?? 0);
    const counts = iceberg[i] ?? { commits: 0, files: 0, bytes: 0 };
    add('philotes_iceberg_commits_total', { table }, counts.commits);
    add('philotes_iceberg_files_written_total', { table }, counts.files);
    add('philotes_iceberg_bytes_written_total', { table }, counts.bytes);
    // Commit durations follow an exponential law of the table's mean, so every bucket is exact.
    for (const le of COMMIT_BUCKETS) {
      const share = 1 - Math.exp(-le / def.commitSecondsMean);
      add('philotes_iceberg_commit_duration_seconds', { table, le: String(le) }, Math.floor(counts.commits * share), '_bucket');
    }
    add('philotes_iceberg_commit_duration_seconds', { table, le: '+Inf' }, counts.commits, '_bucket');
    add('philotes_iceberg_commit_duration_seconds', { table }, counts.commits * def.commitSecondsMean, '_sum');
    add('philotes_iceberg_commit_duration_seconds', { table }, counts.commits, '_count');
  });
  ERROR_TYPES.forEach((error_type, i) => add('philotes_cdc_errors_total', { error_type }, errors.byType[i] ?? 0));
  add('philotes_cdc_retries_total', {}, errors.retries);
  add('philotes_cdc_pipeline_state', {}, STATE_VALUE[pipeline.status(t)]);
  add('philotes_buffer_depth', {}, pipeline.bufferDepth(t));
  const flushes = Math.floor(pipeline.runningSeconds(t) / 5);
  add('philotes_buffer_batches_total', { status: 'success' }, Math.floor(events / batchSize) + flushes);
  add('philotes_buffer_batches_total', { status: 'failed' }, errors.byType[ERROR_TYPES.indexOf('write')] ?? 0);
  add('philotes_buffer_events_processed_total', {}, events);
  add('philotes_buffer_dlq_total', {}, errors.byType[ERROR_TYPES.indexOf('schema')] ?? 0);
}

const FAMILIES: readonly Omit<Family, 'samples'>[] = [
  { name: 'philotes_cdc_events_total', type: 'counter', help: 'Change events captured from the source, by table and operation.' },
  { name: 'philotes_cdc_lag_seconds', type: 'gauge', help: 'Replication lag per table, in seconds.' },
  { name: 'philotes_cdc_errors_total', type: 'counter', help: 'CDC errors by type.' },
  { name: 'philotes_cdc_retries_total', type: 'counter', help: 'Retries after transient errors.' },
  {
    name: 'philotes_cdc_pipeline_state',
    type: 'gauge',
    help: 'Pipeline state: 0 starting, 1 running, 2 paused, 3 stopping, 4 stopped, 5 failed.',
  },
  { name: 'philotes_buffer_depth', type: 'gauge', help: 'Events waiting in the buffer.' },
  { name: 'philotes_buffer_batches_total', type: 'counter', help: 'Buffer batches flushed, by outcome.' },
  { name: 'philotes_buffer_events_processed_total', type: 'counter', help: 'Events that went through the buffer.' },
  { name: 'philotes_buffer_dlq_total', type: 'counter', help: 'Events sent to the dead-letter queue.' },
  { name: 'philotes_iceberg_commits_total', type: 'counter', help: 'Iceberg commits per table.' },
  { name: 'philotes_iceberg_files_written_total', type: 'counter', help: 'Data files written to Iceberg per table.' },
  { name: 'philotes_iceberg_bytes_written_total', type: 'counter', help: 'Bytes written to Iceberg per table.' },
  { name: 'philotes_iceberg_commit_duration_seconds', type: 'histogram', help: 'Iceberg commit duration, in seconds.' },
];

/** The scrape body at `t`: every family, every pipeline. */
export function renderPrometheus(model: SimModel, t: number): string {
  const families: Record<string, Family> = Object.fromEntries(FAMILIES.map((f) => [f.name, { ...f, samples: [] }]));
  for (const pipeline of model.pipelines) collect(pipeline, t, families);
  return `${Object.values(families).map(render).join('\n')}\n`;
}
