/**
 * A macrotask boundary, so the browser may paint and answer input between two pieces of work: a
 * MessageChannel message (not clamped like a nested `setTimeout`, and not held back by test fake
 * timers, which would otherwise stop a page from ever filling in). One channel serves every
 * caller and is held by this module: a channel nothing refers to may be collected with its
 * message undelivered, and the work waiting on it would never go on.
 *
 * Not `scheduler.yield()`: its continuation runs ahead of the tasks that deliver network answers,
 * so a dashboard filling in its sections held back the answers of its own requests until it was
 * done. The alert rules then reached the charts after they were built, and two of the three
 * charts were drawn again with the rules' levels.
 */

const waiting: (() => void)[] = [];
let channel: MessageChannel | undefined;

/** Resolves in a later task than the caller's; callers go on in the order they asked. */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    if (!channel) {
      channel = new MessageChannel();
      channel.port1.onmessage = () => waiting.shift()?.();
    }
    waiting.push(resolve);
    channel.port2.postMessage(undefined);
  });
}
