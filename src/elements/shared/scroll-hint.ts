/**
 * Shows that a scroll box has more to either side: a table wider than a phone keeps its last
 * columns out of view, and nothing but a shadow at the cut edge says so. Sets `data-more-start` and
 * `data-more-end` on the box's parent (a `.scroll-hint` wrapper, styled in scroller-styles.ts) on
 * scroll and whenever the box or what it holds changes size. Sizes are read when a ResizeObserver
 * reports, after the frame's own layout: read after every update or scroll, they forced a layout
 * of their own.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Tracks the box matched by `selector` in the host's shadow root. */
export class ScrollHint implements ReactiveController {
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #selector: string;
  #box: HTMLElement | undefined;
  readonly #resize = new ResizeObserver(() => this.#update());
  /** The box and its children, observed; the children's widths make the box's scroll width. */
  #observed: Element[] = [];

  constructor(host: ReactiveControllerHost & HTMLElement, selector: string) {
    this.#host = host;
    this.#selector = selector;
    host.addController(this);
  }

  hostUpdated(): void {
    const box = this.#host.shadowRoot?.querySelector<HTMLElement>(this.#selector) ?? undefined;
    if (box !== this.#box) {
      this.#box?.removeEventListener('scroll', this.#onScroll);
      box?.addEventListener('scroll', this.#onScroll, { passive: true });
      this.#box = box;
    }
    const targets = box ? [box, ...box.children] : [];
    if (targets.length === this.#observed.length && targets.every((target, i) => target === this.#observed[i])) return;
    this.#resize.disconnect();
    for (const target of targets) this.#resize.observe(target);
    this.#observed = targets;
  }

  hostDisconnected(): void {
    this.#box?.removeEventListener('scroll', this.#onScroll);
    this.#resize.disconnect();
    this.#box = undefined;
    this.#observed = [];
  }

  /** A new observation of the box is reported after this frame's layout, when reading it is free. */
  readonly #onScroll = (): void => {
    if (!this.#box) return;
    this.#resize.unobserve(this.#box);
    this.#resize.observe(this.#box);
  };

  #update(): void {
    const box = this.#box;
    const frame = box?.parentElement;
    if (!box || !frame) return;
    // scrollLeft runs negative in right-to-left boxes: its size is how far from the start.
    const scrolled = Math.abs(box.scrollLeft);
    const room = box.scrollWidth - box.clientWidth;
    frame.toggleAttribute('data-more-start', scrolled > 1);
    frame.toggleAttribute('data-more-end', room - scrolled > 1);
  }
}
