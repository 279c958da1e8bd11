/**
 * Fetches beyond the live page: "Load older" (the `before` cursor, one page per click) and, when
 * a poll's page shares nothing with what was loaded (more errors than a page arrived between two
 * polls), the pages in between, so the log has no silent hole.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { isAbort, type MonitorError } from '../../errors.js';
import type { PipelineError, PipelineErrorPage } from '../../schemas/index.js';
import { toMonitorError } from '../../store/request.js';
import type { MergeOutcome } from './error-history.js';

/** Fetches the page of errors strictly older than `before`. */
export type FetchOlder = (before: Date, signal: AbortSignal) => Promise<PipelineErrorPage>;

/** How many pages a hole is filled with before the log says errors are missing. */
const GAP_PAGES = 5;

/** The state of older pages, for the host to render. */
export class LogLoader implements ReactiveController {
  /** An older page is being fetched. */
  loading = false;
  /** Why the last older page failed; cleared by the next attempt. */
  error: MonitorError | undefined;
  /** The server has nothing older than what is loaded. */
  exhausted = false;
  /** A hole the loader gave up filling: errors just older than this instant may be missing. */
  gap: Date | undefined;
  readonly #host: ReactiveControllerHost;
  #abort = new AbortController();

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
    host.addController(this);
  }

  hostConnected(): void {
    this.#abort = new AbortController();
  }

  /** Cancels whatever is in flight: a detached element fetches nothing. */
  hostDisconnected(): void {
    this.#abort.abort();
  }

  /** Forgets every page state (another pipeline) and cancels what is in flight. */
  reset(): void {
    this.#abort.abort();
    this.#abort = new AbortController();
    Object.assign(this, { loading: false, error: undefined, exhausted: false, gap: undefined });
  }

  /** Loads the page before `before` into `add`; `limit` tells a short (last) page. */
  async older(fetch: FetchOlder, before: Date, limit: number, add: (errors: readonly PipelineError[]) => void): Promise<void> {
    if (this.loading) return;
    this.loading = true;
    this.error = undefined;
    this.#host.requestUpdate();
    const signal = this.#abort.signal;
    try {
      const page = await fetch(before, signal);
      if (signal.aborted) return;
      add(page.errors);
      if (page.errors.length < limit) this.exhausted = true;
    } catch (error) {
      if (!isAbort(error) && !signal.aborted) this.error = toMonitorError(error, 'error log');
    } finally {
      if (!signal.aborted) {
        this.loading = false;
        this.#host.requestUpdate();
      }
    }
  }

  /**
   * Fills the hole below a live page whose oldest error is at `from`, page by page, until a page
   * meets what was loaded before or is short; after {@link GAP_PAGES} pages it records the gap.
   */
  async fillGap(fetch: FetchOlder, from: Date, limit: number, add: (errors: readonly PipelineError[]) => MergeOutcome): Promise<void> {
    const signal = this.#abort.signal;
    let cursor = from;
    try {
      for (let i = 0; i < GAP_PAGES; i++) {
        const page = await fetch(cursor, signal);
        if (signal.aborted) return;
        const outcome = add(page.errors);
        const oldest = page.errors.at(-1)?.timestamp;
        this.#host.requestUpdate();
        if (!outcome.disjoint || page.errors.length < limit || oldest === undefined) return;
        cursor = oldest;
      }
      this.gap = cursor;
    } catch (error) {
      if (!isAbort(error) && !signal.aborted) this.gap = cursor;
    }
    this.#host.requestUpdate();
  }
}
