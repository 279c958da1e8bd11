/**
 * A task for work nobody waits for, such as the requests of rows just drawn: behind input,
 * rendering and the page's own timers (`scheduler.postTask` at background priority), else a timer
 * task. Tasks queued this way run in the order they were queued.
 *
 * The fallback is its own timer rather than `nextTask()`: importing next-task.ts from here made it
 * a chunk of its own, which the autoloader lists and every page it serves downloads.
 */

interface PostingScheduler {
  postTask(task: () => void, options: { priority: 'background' }): Promise<void>;
}

/** Resolves in a background task (see the module comment). */
export function backgroundTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Partial<PostingScheduler> }).scheduler;
  if (typeof scheduler?.postTask === 'function') return scheduler.postTask(() => {}, { priority: 'background' });
  return new Promise((resolve) => setTimeout(resolve, 0));
}
