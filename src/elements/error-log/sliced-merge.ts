/**
 * Takes a very large page of errors into the history a slice per task. Indexing and grouping
 * 100,000 errors at once blocked the page for well over 50 ms; in slices the first entries render
 * after the first slice and the rest of the log fills in over the following tasks, each short.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { PipelineError } from '../../schemas/index.js';
import type { ErrorHistory } from './error-history.js';

/** Errors taken into the history per task; a page up to this size is taken at once. */
export const SLICE = 5000;

/** What is left of a page being taken in. */
interface Rest {
  readonly history: ErrorHistory;
  readonly errors: readonly PipelineError[];
  from: number;
}

/** Adds a large page slice by slice, pausing while the host is detached. */
export class SlicedMerge implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  #rest: Rest | undefined;
  #timer: ReturnType<typeof setTimeout> | undefined;

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
    host.addController(this);
  }

  /** Whether part of a page is still waiting to be added. */
  get pending(): boolean {
    return this.#rest !== undefined;
  }

  /**
   * Adds the newest-first `errors`' first slice now and each next one in a later task (older
   * errors go to the bottom of the history, where adding them costs least), updating the host
   * after each. Replaces whatever was still waiting.
   */
  start(history: ErrorHistory, errors: readonly PipelineError[]): void {
    this.cancel();
    history.add(errors.slice(0, SLICE));
    if (errors.length <= SLICE) return;
    this.#rest = { history, errors, from: SLICE };
    this.#schedule();
  }

  /** Drops what was still waiting (the history was cleared). */
  cancel(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#rest = undefined;
  }

  hostConnected(): void {
    if (this.#rest && this.#timer === undefined) this.#schedule();
  }

  /** A detached element does no work; it goes on where it stopped when attached again. */
  hostDisconnected(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
  }

  #schedule(): void {
    this.#timer = setTimeout(this.#step, 0);
  }

  #step = (): void => {
    this.#timer = undefined;
    const rest = this.#rest;
    if (!rest) return;
    rest.history.add(rest.errors.slice(rest.from, rest.from + SLICE));
    rest.from += SLICE;
    if (rest.from < rest.errors.length) this.#schedule();
    else this.#rest = undefined;
    this.#host.requestUpdate();
  };
}
