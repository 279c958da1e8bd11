/**
 * A macrotask boundary, so the browser may paint and answer input between two pieces of work:
 * `scheduler.yield()` where the browser has it (the continuation keeps its place ahead of other
 * queued tasks), else a MessageChannel message (not clamped like a nested `setTimeout`, and not
 * held back by test fake timers, which would otherwise stop a page from ever filling in).
 */

interface YieldingScheduler {
  yield(): Promise<void>;
}

/** Resolves in a later task than the caller's. */
export function nextTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Partial<YieldingScheduler> }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(undefined);
  });
}
