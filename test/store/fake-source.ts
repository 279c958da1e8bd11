/**
 * Test doubles for the store: a DataSource whose every call waits until the test resolves
 * or rejects it by hand, page visibility and network switches, fake time, a seeded random.
 */
import sinon from 'sinon';
import { MonitorError } from '../../src/errors.js';
import type { DataSource, ErrorQuery, HistoryRange, RequestOptions, SourceCapabilities } from '../../src/sources/source.js';
import { onlineManager, visibilityManager, type FlagEventSource } from '../../src/store/visibility.js';

/** The DataSource methods a call can be made to. */
export type SourceMethod = Exclude<keyof DataSource, 'key' | 'capabilities'>;

/** One request the store made, waiting for the test to answer it. */
export interface SourceCall {
  readonly method: SourceMethod;
  readonly args: readonly unknown[];
  readonly signal: AbortSignal;
  /** When the request was sent (fake clock). */
  readonly at: number;
  /** Whether the test answered it (or, for an abort-honouring fake, the signal ended it). */
  settled: boolean;
  resolve(value: unknown): void;
  reject(error: unknown): void;
}

/** A DataSource answered by hand. Honours abort like the real sources unless told not to. */
export class FakeSource implements DataSource {
  readonly key: string;
  readonly capabilities: SourceCapabilities = { errorLog: true, control: true };
  readonly calls: SourceCall[] = [];
  /** Pretend the response was already on the wire: ignore the abort signal. */
  ignoreAbort = false;

  constructor(key = 'fake:test') {
    this.key = key;
  }

  /** Calls to `method`, oldest first. */
  callsTo(method: SourceMethod): SourceCall[] {
    return this.calls.filter((call) => call.method === method);
  }

  /** The newest call to `method`; throws when there is none, so a test cannot pass by accident. */
  last(method: SourceMethod): SourceCall {
    const call = this.callsTo(method).at(-1);
    if (!call) throw new Error(`no call to ${method}`);
    return call;
  }

  /** Calls not answered yet. */
  pending(): SourceCall[] {
    return this.calls.filter((call) => !call.settled);
  }

  listPipelines(options: RequestOptions) {
    return this.#call('listPipelines', [], options) as ReturnType<DataSource['listPipelines']>;
  }
  getPipeline(id: string, options: RequestOptions) {
    return this.#call('getPipeline', [id], options) as ReturnType<DataSource['getPipeline']>;
  }
  getMetrics(id: string, options: RequestOptions) {
    return this.#call('getMetrics', [id], options) as ReturnType<DataSource['getMetrics']>;
  }
  getHistory(id: string, range: HistoryRange, options: RequestOptions) {
    return this.#call('getHistory', [id, range], options) as ReturnType<DataSource['getHistory']>;
  }
  getErrors(id: string, query: ErrorQuery, options: RequestOptions) {
    return this.#call('getErrors', [id, query], options) as ReturnType<DataSource['getErrors']>;
  }
  startPipeline(id: string, options: RequestOptions) {
    return this.#call('startPipeline', [id], options) as Promise<string>;
  }
  stopPipeline(id: string, options: RequestOptions) {
    return this.#call('stopPipeline', [id], options) as Promise<string>;
  }

  #call(method: SourceMethod, args: unknown[], { signal }: RequestOptions): Promise<unknown> {
    return new Promise((resolve, reject) => {
      const call: SourceCall = {
        method,
        args,
        signal,
        at: Date.now(),
        settled: false,
        resolve: (value) => {
          call.settled = true;
          resolve(value);
        },
        reject: (error) => {
          call.settled = true;
          reject(error);
        },
      };
      this.calls.push(call);
      signal.addEventListener('abort', () => {
        if (!this.ignoreAbort) call.reject(signal.reason);
      });
    });
  }
}

/** An HTTP failure as the real sources report it. */
export function httpError(status: number, message: string, retryAfterMs?: number): MonitorError {
  return new MonitorError({ kind: 'http', resource: 'pipeline metrics', status, message, retryAfterMs });
}

/** The network failing as the real sources report it. */
export function networkError(): MonitorError {
  return new MonitorError({ kind: 'network', resource: 'pipeline metrics', message: 'Could not reach the server' });
}

/** Page visibility and network, switched by the test; counts the DOM-free listeners attached. */
export interface Conditions {
  hide(): void;
  show(): void;
  goOffline(): void;
  goOnline(): void;
  /** Event sources currently connected (the store's managers have subscribers). */
  readonly connected: number;
  restore(): void;
}

/** Swaps the visibility and online event sources for switches; starts visible and online. */
export function fakeConditions(): Conditions {
  let connected = 0;
  const counting: FlagEventSource = () => {
    connected++;
    return () => {
      connected--;
    };
  };
  visibilityManager.setEventListener(counting);
  onlineManager.setEventListener(counting);
  visibilityManager.set(true);
  onlineManager.set(true);
  return {
    hide: () => visibilityManager.set(false),
    show: () => visibilityManager.set(true),
    goOffline: () => onlineManager.set(false),
    goOnline: () => onlineManager.set(true),
    get connected() {
      return connected;
    },
    restore: () => {
      visibilityManager.setEventListener();
      onlineManager.setEventListener();
    },
  };
}

/**
 * Fake `setInterval` and `Date` from `now`, for element tests: `setTimeout` stays real, as
 * fixtures and the accessibility checker rely on it.
 */
export function intervalClock(now: number): sinon.SinonFakeTimers {
  return sinon.useFakeTimers({ now, toFake: ['setInterval', 'clearInterval', 'Date'] });
}

/** Fake time from a fixed instant; promises and microtasks stay real. */
export function fakeClock(): sinon.SinonFakeTimers {
  return sinon.useFakeTimers({
    now: Date.UTC(2026, 0, 1),
    toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'],
  });
}


/** Lets settled promises run their callbacks without moving fake time. */
export async function flush(clock: sinon.SinonFakeTimers): Promise<void> {
  await clock.tickAsync(0);
}

/** What a browser does when the tab is hidden or shown: the state changes, then the event fires. */
export function setVisibility(state: 'hidden' | 'visible'): void {
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => state });
  Object.defineProperty(document, 'hidden', { configurable: true, get: () => state === 'hidden' });
  document.dispatchEvent(new Event('visibilitychange'));
}
