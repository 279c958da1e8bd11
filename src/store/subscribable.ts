/**
 * The one observer primitive of the store: a listener set whose first and last subscriber
 * can start and stop work (polling, DOM listeners), so nothing runs while nobody watches.
 */

/** Base class for anything the store lets others observe. */
export class Subscribable<TListener extends (...args: never[]) => void = () => void> {
  /** Current listeners; iterate over a copy, since a listener may unsubscribe while notified. */
  protected listeners = new Set<TListener>();

  /** Adds `listener`; returns an idempotent function that removes it again. */
  subscribe(listener: TListener): () => void {
    // A fresh wrapper per call lets the same function subscribe twice and leave twice.
    const entry = ((...args: Parameters<TListener>) => listener(...args)) as TListener;
    this.listeners.add(entry);
    this.onSubscribe();
    let subscribed = true;
    return () => {
      if (!subscribed) return;
      subscribed = false;
      this.listeners.delete(entry);
      this.onUnsubscribe();
    };
  }

  /** Whether anyone listens. */
  hasListeners(): boolean {
    return this.listeners.size > 0;
  }

  /** Calls every listener with `args`. */
  protected notify(...args: Parameters<TListener>): void {
    for (const listener of [...this.listeners]) listener(...args);
  }

  /** Runs after a listener was added; `listeners.size === 1` marks the first. */
  protected onSubscribe(): void {}

  /** Runs after a listener was removed; an empty set marks the last. */
  protected onUnsubscribe(): void {}
}
