/**
 * Following a start or stop to its end: the server accepts the action at once, but the pipeline
 * only gets there over the next seconds (starting → running, or → error). The store watches the
 * pipeline closely until it reaches a state the action can end in, whatever the poll interval.
 */
import type { Pipeline, PipelineStatus } from '../schemas/index.js';
import type { ControlAction } from './mutation.js';
import type { QueryHandle } from './metrics-store.js';

/** How long to follow an action before saying it has not finished. */
export const SETTLE_TIMEOUT_MS = 30_000;

/** The states each action can end in: a start that fails ends in `error`. */
const ENDS: Record<ControlAction, readonly PipelineStatus[]> = {
  start: ['running', 'error', 'stopped'],
  stop: ['stopped', 'error'],
};

/** Where a followed action ended. */
export interface SettledAction {
  action: ControlAction;
  /** The pipeline as last read; undefined if it could not be read at all. */
  pipeline: Pipeline | undefined;
  /** The action did not reach an end state within the timeout. */
  timedOut: boolean;
}

/**
 * Resolves when `handle`'s pipeline, read anew after this call, is in a state `action` can end
 * in, or after `timeoutMs` with what was last read. What was read before does not count: it may
 * predate the action. The subscription keeps the query polled; the caller makes its period short.
 */
export function waitForSettled(
  handle: QueryHandle<Pipeline>,
  action: ControlAction,
  timeoutMs: number = SETTLE_TIMEOUT_MS,
): Promise<SettledAction> {
  const before = handle.state.data;
  return new Promise((resolve) => {
    let off: (() => void) | undefined;
    const finish = (timedOut: boolean): void => {
      clearTimeout(timer);
      off?.();
      off = undefined;
      resolve({ action, pipeline: handle.state.data, timedOut });
    };
    const timer = setTimeout(() => finish(true), timeoutMs);
    off = handle.subscribe(({ data, status }) => {
      if (status === 'success' && data && data !== before && ENDS[action].includes(data.status)) finish(false);
    });
  });
}
