/**
 * Which rows of a long, fixed-row-height list to put in the DOM: those in the scroll box's view
 * plus a margin above and below, never more than `max`. All rows have one height, so positions
 * are arithmetic and nothing needs measuring per row.
 *
 * While the page is printed every row is rendered (print-media.ts): paper cannot scroll.
 *
 * Chosen over @lit-labs/virtualizer: that measures every row with ResizeObserver and, in a
 * scroll box inside shadow DOM, makes Chromium report "ResizeObserver loop completed with
 * undelivered notifications" as a page error, which lands in embedders' error trackers. Rows of
 * one height need none of that.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { isPrinting, onPrintChange } from '../shared/print-media.js';

/** The slice of rows to render and the space standing in for the rest. */
export interface RowRange {
  /** Index of the first rendered row. */
  readonly start: number;
  /** Index after the last rendered row. */
  readonly end: number;
  /** Space above the first rendered row, in px. */
  readonly before: number;
  /** Height of every row together, in px. */
  readonly total: number;
}

/** Options of {@link RowWindow}. */
export interface RowWindowOptions {
  /** Rows rendered beyond each edge of the view, so fast scrolling does not flash blank. Default 10. */
  overscan?: number;
  /** Upper bound of rendered rows, whatever the box's size. Default 200. */
  max?: number;
  /** Row height assumed until one is measured, in px. Default 36. */
  rowHeight?: number;
  /** View height assumed until the box is measured, in px. Default: the window's height, which no box in view exceeds. */
  viewport?: number;
}

/** Tracks a scroll box and tells its host which rows to render. */
export class RowWindow implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly #overscan: number;
  readonly #max: number;
  #rowHeight: number;
  #viewport: number;
  #scrollTop = 0;
  #last: (RowRange & { count: number }) | undefined;
  #onResize = (): void => this.#host.requestUpdate();
  #frame = 0;
  #observed: [box: HTMLElement | undefined, row: HTMLElement | undefined] = [undefined, undefined];
  readonly #resize = new ResizeObserver(() => this.#measure(...this.#observed));
  #unsubscribePrint: (() => void) | undefined;

  constructor(host: ReactiveControllerHost, options: RowWindowOptions = {}) {
    this.#host = host;
    this.#overscan = options.overscan ?? 10;
    this.#max = options.max ?? 200;
    this.#rowHeight = options.rowHeight ?? 36;
    this.#viewport = options.viewport ?? (window.innerHeight || 600);
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('resize', this.#onResize, { passive: true });
    this.#unsubscribePrint = onPrintChange(this.#onResize);
  }

  hostDisconnected(): void {
    window.removeEventListener('resize', this.#onResize);
    this.#unsubscribePrint?.();
    this.#unsubscribePrint = undefined;
    cancelAnimationFrame(this.#frame);
    this.#frame = 0;
    this.#resize.disconnect();
    this.#observed = [undefined, undefined];
  }

  /**
   * Measures `box` and `row` (a rendered row) whenever either changes size: a ResizeObserver tells,
   * after the frame's own layout, so reading them costs no layout of its own. Call after each
   * render; it observes anew only when the elements differ. Measuring after every render instead
   * forced a layout in the next frame, before the one that frame does anyway: a third of a sort.
   */
  observe(box: HTMLElement | undefined, row: HTMLElement | undefined): void {
    const [oldBox, oldRow] = this.#observed;
    if (box === oldBox && row === oldRow) return;
    this.#resize.disconnect();
    if (box) this.#resize.observe(box);
    if (row) this.#resize.observe(row);
    this.#observed = [box, row];
  }

  /** The rows to render out of `count`, for the box's last known scroll position and size. */
  range(count: number): RowRange {
    this.#last = this.#compute(count);
    return this.#last;
  }

  /** Scroll listener for the box (bind it passive); re-renders only when the slice must move. */
  readonly onScroll = {
    handleEvent: (event: Event): void => {
      this.#scrollTop = (event.currentTarget as HTMLElement).scrollTop;
      const last = this.#last;
      if (last && this.#compute(last.count).start !== last.start) this.#host.requestUpdate();
    },
    passive: true,
  };

  #compute(count: number): RowRange & { count: number } {
    const h = this.#rowHeight;
    if (isPrinting()) return { start: 0, end: count, before: 0, total: count * h, count };
    const size = Math.min(this.#max, Math.ceil(this.#viewport / h) + 1 + 2 * this.#overscan);
    const first = Math.floor(this.#scrollTop / h) - this.#overscan;
    const start = Math.max(0, Math.min(first, count - size));
    return { start, end: Math.min(count, start + size), before: start * h, total: count * h, count };
  }

  /**
   * Reads the box's size and a rendered row's height; re-renders when they differ from what the
   * slice was computed with (first render, a resize, a font change).
   */
  #measure(box: HTMLElement | undefined, row: HTMLElement | undefined): void {
    if (!box) return;
    let changed = false;
    const viewport = Math.min(box.clientHeight, window.innerHeight) || this.#viewport;
    if (viewport !== this.#viewport) {
      this.#viewport = viewport;
      changed = true;
    }
    const height = row?.getBoundingClientRect().height;
    if (height !== undefined && height > 0 && Math.abs(height - this.#rowHeight) > 0.5) {
      this.#rowHeight = height;
      changed = true;
    }
    this.#scrollTop = box.scrollTop;
    // At the next frame, before its paint: an update now, inside the ResizeObserver's delivery,
    // would render rows and observe a new one in the same frame, which Chromium reports as a
    // "ResizeObserver loop" error on the page.
    if (changed && this.#frame === 0) {
      this.#frame = requestAnimationFrame(() => {
        this.#frame = 0;
        this.#host.requestUpdate();
      });
    }
  }
}
