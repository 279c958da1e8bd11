/**
 * Test support for data-bound elements: a store over a hand-answered FakeSource, handed to the
 * element under test by context, and a wait for rendering that counts animation frames (which
 * fake timers leave real) instead of sleeping.
 */
import { MetricsStore } from '../../src/store/metrics-store.js';
import { FakeSource } from '../store/fake-source.js';
// Registers <test-store-provider>, which the harnesses mount elements under.
import './store-provider.js';

/** A store that polls only when told to (interval 0) over a FakeSource answered by the test. */
export function fakeStore(source = new FakeSource()): { store: MetricsStore; source: FakeSource } {
  return { store: new MetricsStore(source, { intervalMs: 0, timeoutMs: 0 }), source };
}

/** One animation frame. */
export function frame(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => resolve()));
}

/** Waits until `condition` holds, checking once per frame; fails after `frames` frames. */
export async function untilRendered(condition: () => boolean, what: string, frames = 120): Promise<void> {
  for (let i = 0; i < frames; i++) {
    if (condition()) return;
    await frame();
  }
  throw new Error(`not rendered within ${frames} frames: ${what}`);
}

/** Lets promise callbacks run (a source answer reaching the store and the element). */
export async function settle(): Promise<void> {
  for (let i = 0; i < 5; i++) await Promise.resolve();
  await frame();
}

/** The text a screen reader walks: visible and visually hidden, skipping aria-hidden subtrees. */
export function spoken(node: Node): string {
  const raw = (n: Node): string => {
    if (n instanceof Element && n.getAttribute('aria-hidden') === 'true') return '';
    if (n.nodeType === Node.TEXT_NODE) return n.textContent ?? '';
    if (n instanceof Element && n.shadowRoot) return Array.from(n.shadowRoot.childNodes, raw).join('');
    return Array.from(n.childNodes, raw).join('');
  };
  return raw(node).replace(/\s+/g, ' ').trim();
}
