/**
 * Which alerts belong to a pipeline. Upstream rules are evaluated against Prometheus series, so an
 * alert's labels are the rule's labels merged with the series' (`source`, `table`, `error_type`):
 * an alert names its pipeline only if the rule says so, else by the worker's `source` label.
 */
import type { AlertInstance } from '../../schemas/alerts.js';
import type { Pipeline } from '../../schemas/index.js';

/** What the matcher knows of the pipeline. */
export interface PipelineIdentity {
  /** The pipeline's id. */
  id: string;
  /** The pipeline's name, when known. */
  name: string | undefined;
  /** The `source` label of its series (`postgres-<database>`), when known. */
  sourceLabel: string | undefined;
}

/** Decides whether `alert` is about `pipeline`; set as `<pipeline-alerts>.matcher` to override the default. */
export type AlertMatcher = (alert: AlertInstance, pipeline: PipelineIdentity) => boolean;

/**
 * The default: a `pipeline_id` label must equal the id; else a `pipeline` label the id or the name;
 * else the `source` label must be the pipeline's (`postgres-<database>`).
 */
export const defaultAlertMatcher: AlertMatcher = (alert, pipeline) => {
  const labels = alert.labels;
  if (Object.hasOwn(labels, 'pipeline_id')) return labels['pipeline_id'] === pipeline.id;
  if (Object.hasOwn(labels, 'pipeline')) return labels['pipeline'] === pipeline.id || labels['pipeline'] === pipeline.name;
  return pipeline.sourceLabel !== undefined && labels['source'] === pipeline.sourceLabel;
};

/**
 * The database a pipeline reads, from its `config`: `database`, else `source_database`, else the
 * `philotes_<database>` replication slot name the worker creates by default.
 */
export function databaseOf(pipeline: Pipeline | undefined): string | undefined {
  const config = pipeline?.config;
  if (!config) return undefined;
  for (const name of ['database', 'source_database']) {
    const value = config[name];
    if (typeof value === 'string' && value !== '') return value;
  }
  const slot = config['slot_name'];
  return typeof slot === 'string' && slot.startsWith('philotes_') && slot.length > 9 ? slot.slice(9) : undefined;
}

/** The identity of a pipeline as the REST API describes it. */
export function identityOf(id: string, pipeline: Pipeline | undefined, sourceLabel?: string): PipelineIdentity {
  const database = databaseOf(pipeline);
  return { id, name: pipeline?.name, sourceLabel: sourceLabel ?? (database === undefined ? undefined : `postgres-${database}`) };
}

/**
 * Whether a rule whose label selector is `labels` covers `pipeline`: a `pipeline_id`, `pipeline`
 * or `source` label must name it; a rule naming none of them covers every pipeline.
 */
export function ruleCovers(labels: Readonly<Record<string, string>>, pipeline: PipelineIdentity): boolean {
  if (Object.hasOwn(labels, 'pipeline_id')) return labels['pipeline_id'] === pipeline.id;
  if (Object.hasOwn(labels, 'pipeline')) return labels['pipeline'] === pipeline.id || labels['pipeline'] === pipeline.name;
  if (Object.hasOwn(labels, 'source')) return labels['source'] === pipeline.sourceLabel;
  return true;
}
