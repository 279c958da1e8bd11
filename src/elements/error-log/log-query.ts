/**
 * Which filters the server applies and which the element applies to what it loaded. The type
 * filter and the search go to the server, so they cover the whole log, when the server shows it
 * can: a page with `counts` comes from a server that counts (and filters) the whole log by type,
 * a page echoing `search` from one that searches it. Until a first page tells, both are sent;
 * a server that ignores them sends its unfiltered log, and the element filters what it loaded,
 * saying so. The search reaches the server only once typing pauses ({@link SEARCH_DEBOUNCE_MS}).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { PipelineErrorPage } from '../../schemas/index.js';
import type { ErrorQuery } from '../../sources/source.js';
import type { TypeFilter } from './error-groups.js';

/** Quiet time after the last keystroke before a search is sent to the server. */
export const SEARCH_DEBOUNCE_MS = 300;

/** The filters a request carries to the server. */
export type ServerFilter = Pick<ErrorQuery, 'type' | 'search'>;

/** What the server showed it supports; undefined until a page told. */
interface Support {
  counts: boolean | undefined;
  search: boolean | undefined;
}

/** The server's and the element's share of the type filter and the search. */
export class LogQuery implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  #support: Support = { counts: undefined, search: undefined };
  /** The search sent before typing began, still sent while the debounce runs. */
  #held = '';
  #timer: ReturnType<typeof setTimeout> | undefined;

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
    host.addController(this);
  }

  hostDisconnected(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
  }

  /** Whether the server counts the whole log by type (and so filters it by type). */
  get countsWholeLog(): boolean {
    return this.#support.counts !== false;
  }

  /** Whether the server searches the whole log. */
  get searchesWholeLog(): boolean {
    return this.#support.search !== false;
  }

  /** A typed search waits for the debounce before it is sent. */
  get typing(): boolean {
    return this.#timer !== undefined;
  }

  /** The filters to send for the element's `type` and `search` (the one before typing, while it lasts). */
  server(type: TypeFilter, search: string): ServerFilter {
    const filter: ServerFilter = {};
    if (this.countsWholeLog && type !== 'all') filter.type = type;
    const sent = this.#timer === undefined ? search.trim() : this.#held;
    if (this.searchesWholeLog && sent !== '') filter.search = sent;
    return filter;
  }

  /**
   * What the element filters itself among what it loaded: what the server cannot. What it can
   * is left to it, even while a new filter is on its way (the previous answer stays until then).
   */
  client(type: TypeFilter, search: string): { type: TypeFilter; search: string } {
    return { type: this.countsWholeLog ? 'all' : type, search: this.searchesWholeLog ? '' : search };
  }

  /**
   * The user is typing over `previous`: it stays sent until typing pauses. A search set by
   * property or attribute is sent at once; one the server cannot run is applied at once too.
   */
  typed(previous: string): void {
    if (!this.searchesWholeLog) return;
    if (this.#timer === undefined) this.#held = previous.trim();
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => {
      this.#timer = undefined;
      this.#host.requestUpdate();
    }, SEARCH_DEBOUNCE_MS);
  }

  /**
   * Learns from a page, the answer to `sentWith`, what the server supports; true when that
   * changed what to send. A server that searches echoes the search on every page, `''` for none;
   * an echo of another text than was sent (a proxy cut it) counts as no search. What a server
   * could not do stays so for this pipeline: a server that flaps must not make the log flap.
   */
  learn(page: PipelineErrorPage, sentWith: ServerFilter): boolean {
    const before = this.#support;
    const echoed = page.search !== undefined && page.search === (sentWith.search ?? '');
    const next: Support = { counts: before.counts !== false && page.counts !== undefined, search: before.search !== false && echoed };
    this.#support = next;
    return next.counts !== before.counts || next.search !== before.search;
  }

  /** Another pipeline or server: nothing is known of it yet. */
  reset(): void {
    this.hostDisconnected();
    this.#support = { counts: undefined, search: undefined };
  }
}
