/**
 * The reader's place in the log while new errors arrive on top: the entry in view stays where it
 * was, the arrivals are counted, and one action (or scrolling to the top) shows them.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { captureAnchor, restoreAnchor, type ScrollAnchor } from './scroll-anchor.js';

/** Keeps the place in the host's scroll box across updates that insert entries above it. */
export class ReadingPlace implements ReactiveController {
  /** Errors that arrived above while the reader was scrolled down. */
  unseen = 0;
  readonly #host: ReactiveControllerHost;
  readonly #box: () => HTMLElement | undefined;
  #anchor: ScrollAnchor | undefined;

  /** `box` finds the scroll box; its entries are the `.list > li` inside it. */
  constructor(host: ReactiveControllerHost, box: () => HTMLElement | undefined) {
    this.#host = host;
    this.#box = box;
    host.addController(this);
  }

  /** Call before rendering `added` new errors above the current ones (the DOM is still the old one). */
  beforeInsert(added: number): void {
    const box = this.#box();
    this.#anchor = box ? captureAnchor(box, box.querySelectorAll('.list > li')) : undefined;
    if (this.#anchor) this.unseen += added;
  }

  hostUpdated(): void {
    const box = this.#box();
    if (this.#anchor && box) restoreAnchor(box, this.#anchor);
    this.#anchor = undefined;
  }

  /** Scroll listener of the box: reaching the top means the new errors were seen. */
  readonly onScroll = (): void => {
    if (this.unseen > 0 && (this.#box()?.scrollTop ?? 0) <= 0) this.#seen();
  };

  /** Goes to the newest errors. */
  readonly showNew = (): void => {
    this.#box()?.scrollTo({ top: 0 });
    this.#seen();
  };

  /** Forgets arrivals (another pipeline). */
  reset(): void {
    this.unseen = 0;
    this.#anchor = undefined;
  }

  #seen(): void {
    this.unseen = 0;
    this.#host.requestUpdate();
  }
}
