/**
 * Binds a Lit element to one store query: subscribes while the element is connected,
 * re-renders it on every state change, and follows the element to a new query when what
 * it shows changes (another pipeline, another store, the shared history range).
 */
import { ContextConsumer } from '@lit/context';
import type { ReactiveControllerHost } from 'lit';
import type { QueryHandle } from '../store/metrics-store.js';
import { initialQueryState, type QueryState } from '../store/query.js';
import { failureScopeContext, type FailureReporter } from './failure-context.js';
import { FollowingController } from './following-controller.js';

/**
 * Picks the query the host shows now, e.g. `() => this.store?.metrics(this.pipelineId)`;
 * undefined while the host lacks a store or an id.
 */
export type QuerySelector<T> = () => QueryHandle<T> | undefined;

/**
 * A reactive controller holding one query's state for its host. Inside a parent that groups
 * failures (a {@link FailureReporter} by context), it reports its query's failure there, and the host
 * shows only that its data is stale ({@link grouped}).
 */
export class QueryController<T> extends FollowingController {
  /** The selected query's state; the initial pending state while nothing is selected. */
  state: QueryState<T> = initialQueryState<T>();
  readonly #select: QuerySelector<T>;
  #handle: QueryHandle<T> | undefined;
  #unsubscribe: (() => void) | undefined;
  #scope: FailureReporter | undefined;

  /** Attaches to `host`; `select` is re-evaluated on connect, before each update and on store changes. */
  constructor(host: ReactiveControllerHost & HTMLElement, select: QuerySelector<T>) {
    super(host);
    this.#select = select;
    new ContextConsumer(host, {
      context: failureScopeContext,
      subscribe: true,
      callback: (scope) => {
        if (scope === this.#scope) return;
        this.#scope?.report(this, undefined);
        this.#scope = scope;
        this.#report();
        host.requestUpdate();
      },
    });
    host.addController(this);
  }

  /** Whether a parent shows this query's failure, so the host shows only that its data is stale. */
  get grouped(): boolean {
    return this.#scope !== undefined;
  }

  /** Fetches the selected query now (a user's "retry"), resetting back-off. */
  refresh(): Promise<void> {
    return this.#handle?.refresh() ?? Promise.resolve();
  }

  /**
   * Subscribes to the selected query (which starts its polling if it is the first watcher), or
   * moves to another when pipeline-id or a context-provided store changed.
   */
  protected follow(): void {
    this.#switch();
  }

  /** Unsubscribes, so a detached element leaves no polling, timer or listener behind. */
  protected release(): void {
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
    this.#handle = undefined;
    this.#scope?.report(this, undefined);
  }

  readonly #retry = (): Promise<void> => this.refresh();

  #report(): void {
    const { status, error } = this.state;
    const handle = this.#handle;
    const query = handle ? `${handle.store.source.key}\u0000${handle.key}` : '';
    this.#scope?.report(this, status === 'error' ? error : undefined, query, this.#retry);
  }

  /** Switches to the currently selected query if it differs; returns whether it did. */
  #switch(): boolean {
    const next = this.#select();
    if (next?.store === this.#handle?.store && next?.key === this.#handle?.key) return false;
    this.release();
    this.#handle = next;
    if (!next) {
      this.state = initialQueryState<T>();
      this.#report();
      return true;
    }
    const offQuery = next.subscribe((state) => {
      this.state = state;
      this.#report();
      this.host.requestUpdate();
    });
    // The store announces shared changes (the history range) that can change the selection.
    const offStore = next.store.subscribe(() => {
      if (this.#switch()) this.host.requestUpdate();
    });
    this.#unsubscribe = () => {
      offQuery();
      offStore();
    };
    this.state = next.state;
    this.#report();
    return true;
  }
}
