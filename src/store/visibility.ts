/**
 * Whether the page is visible and whether the browser is online, as two observable flags.
 * Their event sources are swappable (`setEventListener`) so tests can hide the page or cut
 * the network without touching the real document; DOM listeners exist only while subscribed.
 *
 * A browser changes `document.visibilityState` (and `navigator.onLine`) before it fires the
 * event, so a change is judged against the value the subscribers last heard, taken when the
 * source connected, never against the live state.
 */
import { Subscribable } from './subscribable.js';

/**
 * Connects a manager to an event source: call `set` whenever the flag changes; return a
 * function that disconnects again.
 */
export type FlagEventSource = (set: (value: boolean) => void) => (() => void) | undefined;

/** A boolean flag fed by an event source, notifying subscribers when it changes. */
export class FlagManager extends Subscribable<(value: boolean) => void> {
  #value: boolean | undefined;
  #cleanup: (() => void) | undefined;
  #source: FlagEventSource;
  readonly #defaultSource: FlagEventSource;
  readonly #read: () => boolean;

  /**
   * @param defaultSource the real event source, restored by `setEventListener()`
   * @param read the flag's value before the event source has reported anything
   */
  constructor(defaultSource: FlagEventSource, read: () => boolean) {
    super();
    this.#defaultSource = defaultSource;
    this.#source = defaultSource;
    this.#read = read;
  }

  /** Replaces the event source (a test fake); without an argument restores the real one. */
  setEventListener(source: FlagEventSource = this.#defaultSource): void {
    this.#disconnect();
    this.#source = source;
    this.#value = undefined;
    if (this.hasListeners()) this.#connect();
  }

  /** The flag now: the last value the event source reported, else the live reading. */
  get value(): boolean {
    return this.#value ?? this.#read();
  }

  /** Sets the flag, notifying subscribers if it changed. */
  set(value: boolean): void {
    const before = this.value;
    this.#value = value;
    if (before !== value) this.notify(value);
  }

  protected override onSubscribe(): void {
    if (this.listeners.size === 1) this.#connect();
  }

  protected override onUnsubscribe(): void {
    if (!this.hasListeners()) this.#disconnect();
  }

  #connect(): void {
    this.#value ??= this.#read();
    this.#cleanup = this.#source((value) => this.set(value)) ?? undefined;
  }

  #disconnect(): void {
    this.#cleanup?.();
    this.#cleanup = undefined;
    // Unwatched, the real flag follows the live state again; a test's switch keeps its setting.
    if (this.#source === this.#defaultSource) this.#value = undefined;
  }
}

const hasDocument = typeof document !== 'undefined';
const hasWindow = typeof window !== 'undefined';

/** The real visibility source: `visibilitychange` on the document. */
const documentVisibility: FlagEventSource = (set) => {
  if (!hasDocument) return undefined;
  const listener = (): void => set(document.visibilityState !== 'hidden');
  document.addEventListener('visibilitychange', listener);
  return () => document.removeEventListener('visibilitychange', listener);
};

/** The real network source: `online` and `offline` on the window. */
const windowOnline: FlagEventSource = (set) => {
  if (!hasWindow) return undefined;
  const online = (): void => set(true);
  const offline = (): void => set(false);
  window.addEventListener('online', online);
  window.addEventListener('offline', offline);
  return () => {
    window.removeEventListener('online', online);
    window.removeEventListener('offline', offline);
  };
};

/** Page visibility; `value` is false while the tab is hidden. */
export const visibilityManager = new FlagManager(
  documentVisibility,
  () => !hasDocument || document.visibilityState !== 'hidden',
);

/** Network availability; `value` is false while the browser reports being offline. */
export const onlineManager = new FlagManager(
  windowOnline,
  // `navigator.onLine === true` does not prove connectivity, but false reliably means none.
  () => typeof navigator === 'undefined' || navigator.onLine !== false,
);
