/**
 * Shows that a scroll box has more to either side: a table wider than a phone keeps its last
 * columns out of view, and nothing but a shadow at the cut edge says so. Sets `data-more-start` and
 * `data-more-end` on the box's parent (a `.scroll-hint` wrapper, styled in scroller-styles.ts), after
 * each update, on scroll and on resize.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Tracks the box matched by `selector` in the host's shadow root. */
export class ScrollHint implements ReactiveController {
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #selector: string;
  #box: HTMLElement | undefined;
  readonly #resize = new ResizeObserver(() => this.#update());
  #frame = 0;

  constructor(host: ReactiveControllerHost & HTMLElement, selector: string) {
    this.#host = host;
    this.#selector = selector;
    host.addController(this);
  }

  hostUpdated(): void {
    const box = this.#host.shadowRoot?.querySelector<HTMLElement>(this.#selector) ?? undefined;
    if (box !== this.#box) {
      this.#detach();
      this.#box = box;
      box?.addEventListener('scroll', this.#onScroll, { passive: true });
      if (box) this.#resize.observe(box);
    }
    // At the next frame, not now: reading sizes here would force a layout before the element's own
    // `updated()` has placed its rows, and that layout clamps the scroll position a list restores.
    if (this.#frame === 0) this.#frame = requestAnimationFrame(() => ((this.#frame = 0), this.#update()));
  }

  hostDisconnected(): void {
    cancelAnimationFrame(this.#frame);
    this.#frame = 0;
    this.#detach();
    this.#box = undefined;
  }

  #detach(): void {
    this.#box?.removeEventListener('scroll', this.#onScroll);
    this.#resize.disconnect();
  }

  readonly #onScroll = (): void => this.#update();

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
