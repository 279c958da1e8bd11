/**
 * Export of the whole log, not only what is loaded: the server's log is read page by page
 * (`offset`), with progress the host renders and a Cancel that aborts the request in flight.
 * Nothing is written until every page arrived: a failed or cancelled export leaves no partial
 * file, and the log on screen is never touched.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { isAbort, type MonitorError } from '../../errors.js';
import type { PipelineError, PipelineErrorPage } from '../../schemas/index.js';
import { toMonitorError } from '../../store/request.js';

/** Errors asked for per page (the simulator's and a typical server's largest page). */
export const EXPORT_PAGE = 500;

/** Where the next page starts: an offset, or (for a server that ignores `offset`) a time cursor. */
export type PageAt = { offset: number } | { before: Date };

/** Fetches one page of the exported log, `EXPORT_PAGE` errors at `at`. */
export type FetchPage = (at: PageAt, signal: AbortSignal) => Promise<PipelineErrorPage>;

/** What the export is doing, for the host to render. */
export type ExportState =
  | { readonly phase: 'idle' }
  | { readonly phase: 'running'; readonly done: number; readonly total: number }
  | { readonly phase: 'cancelled' }
  | { readonly phase: 'failed'; readonly done: number; readonly total: number; readonly error: MonitorError };

const newestFirst = (a: PipelineError, b: PipelineError): number => b.timestamp.getTime() - a.timestamp.getTime();

/** Pages through the server's log for one export at a time. */
export class LogExport implements ReactiveController {
  state: ExportState = { phase: 'idle' };
  readonly #host: ReactiveControllerHost;
  #abort: AbortController | undefined;

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
    host.addController(this);
  }

  /** A detached element fetches nothing. */
  hostDisconnected(): void {
    this.cancel(false);
  }

  /** Whether an export is reading pages. */
  get running(): boolean {
    return this.state.phase === 'running';
  }

  /**
   * Reads every page (about `total` errors) and resolves with them newest first, each once; or
   * with undefined when cancelled or failed (see {@link state}).
   */
  async collect(fetch: FetchPage, total: number): Promise<PipelineError[] | undefined> {
    this.cancel(false);
    const abort = (this.#abort = new AbortController());
    const errors: PipelineError[] = [];
    const seen = new Set<string>();
    let at: PageAt = { offset: 0 };
    this.#set({ phase: 'running', done: 0, total });
    try {
      for (;;) {
        const page = await fetch(at, abort.signal);
        if (abort.signal.aborted) return undefined;
        total = page.total_count;
        let fresh = 0;
        for (const error of page.errors) {
          if (seen.has(error.id)) continue;
          seen.add(error.id);
          errors.push(error);
          fresh++;
        }
        this.#set({ phase: 'running', done: errors.length, total });
        const oldest = errors.at(-1)?.timestamp;
        if (page.errors.length === 0 || errors.length >= total || oldest === undefined) break;
        // Nothing new at an offset: the server ignores `offset`; go on from the oldest error's time.
        if (fresh === 0 && 'before' in at) break;
        at = fresh === 0 || 'before' in at ? { before: oldest } : { offset: at.offset + page.errors.length };
      }
    } catch (error) {
      if (isAbort(error) || abort.signal.aborted) return undefined;
      const { done } = this.state as { done: number };
      this.#set({ phase: 'failed', done, total, error: toMonitorError(error, 'error log') });
      return undefined;
    } finally {
      if (this.#abort === abort) this.#abort = undefined;
    }
    this.#set({ phase: 'idle' });
    return errors.sort(newestFirst);
  }

  /** Stops the export in flight (aborting its request); `say` leaves "cancelled" to show. */
  cancel(say = true): void {
    if (!this.#abort) return;
    this.#abort.abort();
    this.#abort = undefined;
    this.#set(say ? { phase: 'cancelled' } : { phase: 'idle' });
  }

  /** Forgets a finished export's outcome (a new filter, another pipeline). */
  clear(): void {
    this.cancel(false);
    if (this.state.phase !== 'idle') this.#set({ phase: 'idle' });
  }

  #set(state: ExportState): void {
    this.state = state;
    this.#host.requestUpdate();
  }
}
