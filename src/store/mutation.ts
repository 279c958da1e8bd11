/**
 * A pipeline's start/stop control as a single-flight mutation: one request per click, a
 * second call while one is pending returns the same promise and sends nothing.
 */
import type { MonitorError } from '../errors.js';
import { abortedError, startRequest, type BoundedRequest } from './request.js';
import { Subscribable } from './subscribable.js';

/** What a control button asks for. */
export type ControlAction = 'start' | 'stop';

/** Where a control mutation stands, as a const object with a same-named type. */
export const MutationStatus = {
  idle: 'idle',
  pending: 'pending',
  success: 'success',
  error: 'error',
} as const;
/** One of {@link MutationStatus}. */
export type MutationStatus = (typeof MutationStatus)[keyof typeof MutationStatus];

/** What a control element renders from. */
export interface MutationState {
  readonly status: MutationStatus;
  /** The action pending or last finished. */
  readonly action: ControlAction | undefined;
  /** The server's confirmation of the last success. */
  readonly message: string | undefined;
  /** The last failure; its `message` carries the server's detail (e.g. a 409's). */
  readonly error: MonitorError | undefined;
}

/** How a {@link Mutation} reaches the source and tells the store. */
export interface MutationOptions {
  /** Sends the action; resolves with the server's confirmation. */
  perform(action: ControlAction, signal: AbortSignal): Promise<string>;
  /** Human name of what is being changed, for error messages. */
  resource(action: ControlAction): string;
  timeoutMs: number;
  /** After a success, before the promise resolves: refetch what the action changed. */
  onSuccess(action: ControlAction): void;
}

/** A single-flight start/stop control for one pipeline. */
export class Mutation extends Subscribable<(state: MutationState) => void> {
  #options: MutationOptions;
  #state: MutationState = { status: MutationStatus.idle, action: undefined, message: undefined, error: undefined };
  #pending: { request: BoundedRequest<string>; promise: Promise<string> } | undefined;

  constructor(options: MutationOptions) {
    super();
    this.#options = options;
  }

  /** The current state (a new object after every change). */
  get state(): MutationState {
    return this.#state;
  }

  /**
   * Sends `action`, resolving with the server's message or rejecting with a MonitorError.
   * While any action is pending this returns that action's promise and sends nothing,
   * so a double click or a start racing a stop cannot reach the server.
   */
  run(action: ControlAction): Promise<string> {
    if (this.#pending) return this.#pending.promise;
    const request = startRequest(
      (signal) => this.#options.perform(action, signal),
      this.#options.resource(action),
      this.#options.timeoutMs,
    );
    const promise = request.promise.then(
      (message) => {
        this.#pending = undefined;
        this.#write({ status: MutationStatus.success, action, message, error: undefined });
        this.#options.onSuccess(action);
        return message;
      },
      (error: MonitorError) => {
        this.#pending = undefined;
        this.#write({ status: MutationStatus.error, action, message: undefined, error });
        throw error;
      },
    );
    this.#pending = { request, promise };
    this.#write({ status: MutationStatus.pending, action, message: undefined, error: undefined });
    return promise;
  }

  /** Aborts a pending action (the store is being disposed). */
  cancel(): void {
    this.#pending?.request.abort(abortedError(this.#options.resource(this.#state.action ?? 'start'), 'store disposed'));
  }

  #write(state: MutationState): void {
    this.#state = state;
    this.notify(state);
  }
}
