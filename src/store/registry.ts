/**
 * Sharing without a common parent: sibling elements dropped anywhere in static HTML that
 * read the same source (same `DataSource.key`) acquire the same store, reference-counted.
 */
import type { DataSource } from '../sources/source.js';
import { MetricsStore, type MetricsStoreOptions } from './metrics-store.js';

/** A claim on a shared store; release it when the element leaves the page. */
export interface StoreLease {
  readonly store: MetricsStore;
  /** Gives the claim back; idempotent. The last release disposes the store. */
  release(): void;
}

interface Slot {
  store: MetricsStore;
  count: number;
}

const slots = new Map<string, Slot>();

/**
 * The store for `source.key`, created with `source` and `options` by the first caller;
 * later callers share it and their `source` and `options` are ignored.
 */
export function acquireStore(source: DataSource, options?: MetricsStoreOptions): StoreLease {
  let slot = slots.get(source.key);
  if (!slot) {
    slot = { store: new MetricsStore(source, options), count: 0 };
    slots.set(source.key, slot);
  }
  slot.count++;
  const held = slot;
  let released = false;
  return {
    store: held.store,
    release: () => {
      if (released) return;
      released = true;
      held.count--;
      if (held.count > 0) return;
      // An element moved within the page disconnects and reconnects in one task: wait a
      // microtask so the move keeps the store and its cache instead of refetching everything.
      void Promise.resolve().then(() => {
        if (held.count > 0 || slots.get(source.key) !== held) return;
        slots.delete(source.key);
        held.store.dispose();
      });
    },
  };
}
