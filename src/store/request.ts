/**
 * One request to a source, bounded: its own AbortController, a timeout that aborts it with a
 * `timeout` error, and a promise that settles on abort even if the source ignores the signal,
 * always with a MonitorError on failure.
 */
import { MonitorError } from '../errors.js';

/** A started request: its outcome and a way to cancel it. */
export interface BoundedRequest<T> {
  /** Resolves with the data or rejects with a MonitorError. */
  readonly promise: Promise<T>;
  /** Cancels the request; the promise rejects with `reason`. No effect once settled. */
  abort(reason: MonitorError): void;
}

/** Any failure as a MonitorError; foreign errors count as the network failing. */
export function toMonitorError(error: unknown, resource: string): MonitorError {
  if (error instanceof MonitorError) return error;
  const detail = error instanceof Error ? error.message : String(error);
  return new MonitorError({ kind: 'network', resource, message: `Could not load ${resource}: ${detail}`, cause: error });
}

/** The error that marks a request nobody wants any more; elements never show it. */
export function abortedError(resource: string, why: string): MonitorError {
  return new MonitorError({ kind: 'aborted', resource, message: `Request for ${resource} cancelled: ${why}` });
}

/**
 * Starts `run` with a fresh signal. After `timeoutMs` (when finite and positive) the signal
 * aborts with a `timeout` MonitorError as its reason, which sources rethrow.
 */
export function startRequest<T>(
  run: (signal: AbortSignal) => Promise<T>,
  resource: string,
  timeoutMs: number,
): BoundedRequest<T> {
  const controller = new AbortController();
  const { signal } = controller;
  const timer =
    Number.isFinite(timeoutMs) && timeoutMs > 0
      ? setTimeout(() => {
          const seconds = Math.round(timeoutMs / 100) / 10;
          controller.abort(
            new MonitorError({ kind: 'timeout', resource, message: `No answer for ${resource} within ${seconds} s` }),
          );
        }, timeoutMs)
      : undefined;

  const promise = new Promise<T>((resolve, reject) => {
    const finish = (): void => {
      clearTimeout(timer);
      signal.removeEventListener('abort', onAbort);
    };
    const onAbort = (): void => {
      finish();
      reject(toMonitorError(signal.reason, resource));
    };
    signal.addEventListener('abort', onAbort);
    let pending: Promise<T>;
    try {
      pending = run(signal);
    } catch (error) {
      pending = Promise.reject(error);
    }
    pending.then(
      (value) => {
        finish();
        resolve(value);
      },
      (error: unknown) => {
        finish();
        reject(toMonitorError(error, resource));
      },
    );
  });

  return {
    promise,
    abort: (reason) => {
      if (!signal.aborted) controller.abort(reason);
    },
  };
}
