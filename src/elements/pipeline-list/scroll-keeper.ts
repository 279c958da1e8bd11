/**
 * Keeps the reader's place in the list's scroll box. When an answer adds or removes rows above the
 * focused row (or, without focus, the top row in view), the box scrolls by as much, so that row
 * stays where it was on screen; and a row asked for by the keyboard is scrolled into view. Rows
 * are one height and placed by arithmetic, so both are a scrollTop.
 */
import type { RowWindow } from '../table-metrics/row-window.js';

/** A row's id and where it was in the box's view, in px from the box's top. */
export interface Anchor {
  readonly id: string;
  readonly top: number;
  readonly focused: boolean;
}

/** The box, its rows' container and the row height; undefined pieces until the rows are rendered. */
export interface ScrollParts {
  scroller: HTMLElement | undefined;
  body: HTMLElement | undefined;
  window: RowWindow;
}

const rowsOf = (body: HTMLElement) => body.querySelectorAll<HTMLElement>(':scope > [role="row"]');

/** The height of a rendered row, or `fallback` when none is rendered. */
export function rowHeight(body: HTMLElement | undefined, fallback: number): number {
  const first = body?.querySelector<HTMLElement>(':scope > [role="row"]');
  const height = first?.getBoundingClientRect().height ?? 0;
  return height > 0 ? height : fallback;
}

/** The row to keep in place: the one holding focus, else the first one in view. */
export function captureAnchor({ scroller, body }: ScrollParts, active: Element | null): Anchor | undefined {
  if (!scroller || !body) return undefined;
  const box = scroller.getBoundingClientRect();
  const focusedRow = active?.closest<HTMLElement>('[role="row"][data-id]');
  const head = body.offsetTop - scroller.scrollTop;
  const row =
    focusedRow && body.contains(focusedRow)
      ? focusedRow
      : [...rowsOf(body)].find((r) => r.getBoundingClientRect().bottom > box.top + Math.max(0, head));
  if (!row?.dataset['id']) return undefined;
  return { id: row.dataset['id'], top: row.getBoundingClientRect().top - box.top, focused: row === focusedRow };
}

/** Scrolls so that the row now at `index` (of `count`) is at `top` px from the box's top. */
export function restoreAnchor({ scroller, body, window }: ScrollParts, index: number, count: number, top: number, height: number): void {
  if (!scroller || !body) return;
  // The body must already be as tall as the new list, or the new scrollTop would be cut short.
  body.style.height = `${count * height}px`;
  scrollTo(scroller, window, body.offsetTop + index * height - top);
}

/** After the render: scrolls by what still separates the anchor's row from where it was (borders, rounding). */
export function settleAnchor({ scroller, body, window }: ScrollParts, anchor: Anchor): void {
  if (!scroller || !body) return;
  const row = body.querySelector<HTMLElement>(`:scope > [role="row"][data-id="${CSS.escape(anchor.id)}"]`);
  if (!row) return;
  const delta = row.getBoundingClientRect().top - scroller.getBoundingClientRect().top - anchor.top;
  if (Math.abs(delta) > 0.5) scrollTo(scroller, window, scroller.scrollTop + delta);
}

/** Scrolls the least needed to show row `index` whole below the sticky header. */
export function revealRow({ scroller, body, window }: ScrollParts, index: number, height: number): void {
  if (!scroller || !body) return;
  const top = body.offsetTop + index * height;
  const header = body.offsetTop;
  if (top - header < scroller.scrollTop) scrollTo(scroller, window, top - header);
  else if (top + height > scroller.scrollTop + scroller.clientHeight) scrollTo(scroller, window, top + height - scroller.clientHeight);
}

/** Sets the box's scrollTop and tells the row window at once, not at the scroll event a frame later. */
export function scrollTo(scroller: HTMLElement, window: RowWindow, top: number): void {
  scroller.scrollTop = Math.max(0, top);
  window.onScroll.handleEvent({ currentTarget: scroller } as unknown as Event);
}
