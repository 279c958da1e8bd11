/**
 * Re-renders an element whenever something observable it shows changes: the store itself
 * (interval, fetching, range) for `<auto-refresh>`, a pipeline's start/stop mutation for
 * `<pipeline-status>`. Unlike QueryController it starts no polling: it only listens.
 */
import type { ReactiveControllerHost } from 'lit';
import { FollowingController } from './following-controller.js';

/** Anything with the store's `subscribe(listener) → unsubscribe` shape. */
export interface Watchable {
  subscribe(listener: () => void): () => void;
}

/** Subscribes the host to whatever `select` returns now, following it when it changes. */
export class WatchController<T extends Watchable> extends FollowingController {
  readonly #select: () => T | undefined;
  #target: T | undefined;
  #unsubscribe: (() => void) | undefined;

  /** Attaches to `host`; `select` is re-evaluated on connect and before each update. */
  constructor(host: ReactiveControllerHost, select: () => T | undefined) {
    super(host);
    this.#select = select;
    host.addController(this);
  }

  /** What the host currently listens to; undefined while disconnected or nothing is selected. */
  get target(): T | undefined {
    return this.#target;
  }

  protected release(): void {
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
    this.#target = undefined;
  }

  protected follow(): void {
    const next = this.#select();
    if (next === this.#target) return;
    this.#unsubscribe?.();
    this.#target = next;
    this.#unsubscribe = next?.subscribe(() => this.host.requestUpdate());
  }
}
