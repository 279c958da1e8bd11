/**
 * A pipeline's lifecycle as the controls see it: what each status looks like, and which of
 * Start and Stop makes sense from it. Shared by `<pipeline-status>` and `<pipeline-list>`.
 */
import type { Pipeline, PipelineStatus } from '../../schemas/index.js';
import type { ControlAction } from '../../store/mutation.js';

/** What each status looks like; never colour alone, always an icon and a word (`statusText(locale).states`). */
export const STATUS_INFO = {
  running: { icon: 'ok', tone: 'ok' },
  starting: { icon: 'progress', tone: 'busy' },
  stopping: { icon: 'progress', tone: 'busy' },
  stopped: { icon: 'stop', tone: 'neutral' },
  error: { icon: 'critical', tone: 'critical' },
  unknown: { icon: 'unknown', tone: 'neutral' },
} as const satisfies Record<PipelineStatus, { icon: string; tone: string }>;

/** The statuses from which each action makes sense: a pipeline still starting can be stopped. */
const ALLOWED: Record<ControlAction, readonly PipelineStatus[]> = {
  start: ['stopped', 'error'],
  stop: ['running', 'starting'],
};

/** Whether `action` makes sense for a pipeline in `status`. */
export function canRun(action: ControlAction, status: PipelineStatus | undefined): boolean {
  return status !== undefined && ALLOWED[action].includes(status);
}

/**
 * How long a running pipeline has run at `now`, in whole seconds (as ms): the one uptime every
 * element shows, from the pipeline's `started_at`, so the header and the totals always agree.
 * Undefined unless the pipeline runs and says since when.
 */
export function uptimeMs(pipeline: Pipeline | undefined, now: number): number | undefined {
  if (pipeline?.status !== 'running' || pipeline.started_at === undefined) return undefined;
  return Math.max(0, Math.floor((now - pipeline.started_at.getTime()) / 1000) * 1000);
}
