/**
 * Drag across the plot to zoom into that span of time. A few lines of pointer handling and a
 * positioned box instead of chartjs-plugin-zoom and hammer.js: only horizontal selection is
 * needed, and the zoom itself is a range change in the store, not a Chart.js transform.
 */

/** A box in canvas pixels. */
export interface PlotArea {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** What the drag handler reads from and reports to its element. */
export interface DragZoomTarget {
  /** The plot area in canvas pixels; undefined while no chart is drawn. */
  plot(): PlotArea | undefined;
  /** The instant (ms) at horizontal canvas position `px`. */
  instantAt(px: number): number;
  /** The box that shows the selection while dragging, positioned over the canvas. */
  box(): HTMLElement | undefined;
  /** The user released a selection spanning [start, end] (ms). */
  zoom(start: number, end: number): void;
}

/** Below this many pixels a press is a click (or a tooltip tap), not a selection. */
export const MIN_DRAG_PX = 4;

const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));

/** Pointer handlers to bind on the canvas: `@pointerdown=${zoom.down}` and so on. */
export class DragZoom {
  readonly #target: DragZoomTarget;
  #drag: { pointerId: number; from: number; to: number; plot: PlotArea } | undefined;

  constructor(target: DragZoomTarget) {
    this.#target = target;
  }

  /** Whether a selection is being dragged. */
  get dragging(): boolean {
    return this.#drag !== undefined;
  }

  readonly down = (event: PointerEvent): void => {
    const plot = this.#target.plot();
    if (!plot || event.button !== 0 || !event.isPrimary) return;
    const { x, y } = local(event);
    if (x < plot.left || x > plot.right || y < plot.top || y > plot.bottom) return;
    this.#drag = { pointerId: event.pointerId, from: x, to: x, plot };
    try {
      (event.currentTarget as Element).setPointerCapture(event.pointerId);
    } catch {
      // A pointer the browser does not track (a synthetic event) cannot be captured; moves still arrive.
    }
  };

  readonly move = (event: PointerEvent): void => {
    const drag = this.#drag;
    if (!drag || event.pointerId !== drag.pointerId) return;
    drag.to = clamp(local(event).x, drag.plot.left, drag.plot.right);
    const box = this.#target.box();
    if (!box) return;
    box.hidden = Math.abs(drag.to - drag.from) < MIN_DRAG_PX;
    box.style.left = `${Math.min(drag.from, drag.to)}px`;
    box.style.width = `${Math.abs(drag.to - drag.from)}px`;
    box.style.top = `${drag.plot.top}px`;
    box.style.height = `${drag.plot.bottom - drag.plot.top}px`;
  };

  readonly up = (event: PointerEvent): void => {
    const drag = this.#drag;
    if (!drag || event.pointerId !== drag.pointerId) return;
    this.move(event);
    this.cancel();
    if (Math.abs(drag.to - drag.from) < MIN_DRAG_PX) return;
    const a = this.#target.instantAt(drag.from);
    const b = this.#target.instantAt(drag.to);
    if (Number.isFinite(a) && Number.isFinite(b)) this.#target.zoom(Math.min(a, b), Math.max(a, b));
  };

  /** Drops a selection in progress without zooming (pointercancel, Escape, disconnect). */
  readonly cancel = (): void => {
    this.#drag = undefined;
    const box = this.#target.box();
    if (box) box.hidden = true;
  };
}

/** The pointer's position relative to the element the handler is bound on. */
function local(event: PointerEvent): { x: number; y: number } {
  const rect = (event.currentTarget as Element).getBoundingClientRect();
  return { x: event.clientX - rect.left, y: event.clientY - rect.top };
}
