/**
 * Takes a very large page of errors into the history a chunk at a time. Indexing and grouping
 * 100,000 errors at once blocked the page for well over 50 ms; in chunks, run by a
 * {@link TaskSlicer} for a few milliseconds per task, the first entries render after the first
 * task and the rest of the log fills in over the following ones, rendered once a frame.
 */
import type { PipelineError } from '../../schemas/index.js';
import type { SlicedWork, TaskSlicerOptions } from '../shared/task-slicer.js';
import type { ErrorHistory } from './error-history.js';

/** Errors taken into the history per step; a page up to this size is taken at once. */
export const CHUNK = 1000;

/**
 * How the log's slicer runs: progress rendered once a frame, and at most 5 chunks per task even
 * where the clock does not move (a test's fake `performance.now()`).
 */
export const MERGE_SLICING: TaskSlicerOptions = { progress: true, maxSteps: 5 };

/**
 * Adds the newest-first `errors` to `history` a chunk per step, newest first: older errors go to
 * the bottom of the history, where adding them costs least.
 */
export function* mergeInChunks(history: ErrorHistory, errors: readonly PipelineError[]): SlicedWork<void> {
  for (let from = 0; from < errors.length; from += CHUNK) {
    history.add(errors.slice(from, from + CHUNK));
    yield;
  }
}
