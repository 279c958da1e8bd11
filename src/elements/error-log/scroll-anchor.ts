/**
 * Keeps what the reader is looking at in place when entries are inserted above it (new errors
 * arrive at the top of a newest-first log). Done by hand rather than left to CSS scroll
 * anchoring, which not every browser has and which would pick its own anchor.
 */

/** An entry in view and where it was, relative to the scroll box's top. */
export interface ScrollAnchor {
  readonly node: Element;
  readonly offset: number;
}

/**
 * The first of `items` visible in `box`, or undefined when the reader is at the very top:
 * someone reading the newest errors wants to see newer ones appear.
 */
export function captureAnchor(box: HTMLElement, items: Iterable<Element>): ScrollAnchor | undefined {
  if (box.scrollTop <= 0) return undefined;
  const top = box.getBoundingClientRect().top;
  for (const node of items) {
    const rect = node.getBoundingClientRect();
    if (rect.bottom > top) return { node, offset: rect.top - top };
  }
  return undefined;
}

/** Scrolls `box` so the anchor's entry is where it was; nothing if the entry is gone. */
export function restoreAnchor(box: HTMLElement, anchor: ScrollAnchor): void {
  if (!anchor.node.isConnected) return;
  const shift = anchor.node.getBoundingClientRect().top - box.getBoundingClientRect().top - anchor.offset;
  if (shift !== 0) box.scrollTop += shift;
}
