/**
 * A pipeline's lifecycle as the controls see it: what each status looks like, and which of
 * Start and Stop makes sense from it. Shared by `<pipeline-status>` and `<pipeline-list>`.
 */
import type { Pipeline, PipelineStatus } from '../../schemas/index.js';
import type { ControlAction } from '../../store/mutation.js';

/** What each status looks like and says; never colour alone, always an icon and a word. */
export const STATUS_INFO = {
  running: { text: 'Running', icon: 'ok', tone: 'ok' },
  starting: { text: 'Starting', icon: 'progress', tone: 'busy' },
  stopping: { text: 'Stopping', icon: 'progress', tone: 'busy' },
  stopped: { text: 'Stopped', icon: 'stop', tone: 'neutral' },
  error: { text: 'Error', icon: 'critical', tone: 'critical' },
  unknown: { text: 'Unknown', icon: 'unknown', tone: 'neutral' },
} as const satisfies Record<PipelineStatus, { text: string; icon: string; tone: string }>;

/** The statuses from which each action makes sense: a pipeline still starting can be stopped. */
const ALLOWED: Record<ControlAction, readonly PipelineStatus[]> = {
  start: ['stopped', 'error'],
  stop: ['running', 'starting'],
};

/** Whether `action` makes sense for a pipeline in `status`. */
export function canRun(action: ControlAction, status: PipelineStatus | undefined): boolean {
  return status !== undefined && ALLOWED[action].includes(status);
}

/** Button text while idle and while the action's request runs. */
export const ACTION_TEXT: Record<ControlAction, { idle: string; pending: string }> = {
  start: { idle: 'Start', pending: 'Starting…' },
  stop: { idle: 'Stop', pending: 'Stopping…' },
};

/**
 * How long a running pipeline has run at `now`, in whole seconds (as ms): the one uptime every
 * element shows, from the pipeline's `started_at`, so the header and the totals always agree.
 * Undefined unless the pipeline runs and says since when.
 */
export function uptimeMs(pipeline: Pipeline | undefined, now: number): number | undefined {
  if (pipeline?.status !== 'running' || pipeline.started_at === undefined) return undefined;
  return Math.max(0, Math.floor((now - pipeline.started_at.getTime()) / 1000) * 1000);
}
