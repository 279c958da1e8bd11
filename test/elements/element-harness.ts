/**
 * Shared ground for the data-bound element tests: a store over a hand-answered FakeSource,
 * provided by context the way `<pipeline-dashboard>` will, contract-shaped fixtures, and small
 * helpers to read what a user sees and hears.
 */
import { aTimeout, fixture, fixtureCleanup, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import type { MetricsHistory, Pipeline, PipelineMetrics } from '../../src/schemas/index.js';
import { MetricsStore } from '../../src/store/metrics-store.js';
import { fakeConditions, FakeSource, type Conditions } from '../store/fake-source.js';
import './store-provider.js';

/** The pipeline every fixture belongs to. */
export const PIPELINE_ID = '4f1c2a9e-5b7d-4e3a-9c1f-2d8e6b0a7c35';


/** A metrics snapshot as the source delivers it (validated), with `overrides`. */
export function metricsOf(overrides: Partial<PipelineMetrics> = {}): PipelineMetrics {
  return {
    pipeline_id: PIPELINE_ID,
    status: 'running',
    events_processed: 1_234_567,
    events_per_second: 1250,
    lag_seconds: 2,
    lag_p95_seconds: 0,
    buffer_depth: 120,
    error_count: 3,
    iceberg_commits: 4321,
    iceberg_bytes_written: 5 * 1024 ** 3,
    uptime: '2h30m15s',
    ...overrides,
  };
}

/** A pipeline as the source delivers it (validated), with `overrides`. */
export function pipelineOf(overrides: Partial<Pipeline> = {}): Pipeline {
  return {
    id: PIPELINE_ID,
    name: 'orders-cdc',
    source_id: 'src-1',
    status: 'running',
    created_at: new Date('2024-04-01T08:00:00Z'),
    updated_at: new Date('2024-05-01T09:30:00Z'),
    started_at: new Date('2024-05-01T09:30:00Z'),
    ...overrides,
  };
}

/** Twenty samples three minutes apart up to now, as a dashboard's charts and cards read them. */
export function historyOf(): MetricsHistory {
  const end = Date.now();
  return {
    pipeline_id: PIPELINE_ID,
    time_range: '1h',
    data_points: Array.from({ length: 20 }, (_, i) => ({
      timestamp: new Date(end - (19 - i) * 180_000),
      events_per_second: 1000 + i * 10,
      lag_seconds: 1 + (i % 3),
      buffer_depth: 100 + i,
      error_count: i,
    })),
  };
}

/** A store that never polls by itself, over a source the test answers by hand. */
export interface Harness {
  readonly source: FakeSource;
  readonly store: MetricsStore;
  /** Mounts `template` inside a provider of the store; resolves with the first element inside. */
  mount<T extends Element>(template: TemplateResult): Promise<T>;
  dispose(): void;
}

/** Creates a {@link Harness}; call `dispose` in `afterEach`. */
export function harness(): Harness {
  const conditions: Conditions = fakeConditions();
  const source = new FakeSource();
  const store = new MetricsStore(source, { intervalMs: 0 });
  return {
    source,
    store,
    async mount<T extends Element>(template: TemplateResult) {
      const host = await fixture(html`<test-store-provider .store=${store}>${template}</test-store-provider>`);
      return host.firstElementChild as T;
    },
    dispose() {
      // The elements leave before their store goes, also when a failed assertion skipped a test's own clean-up.
      fixtureCleanup();
      store.dispose();
      conditions.restore();
    },
  };
}

/** Lets answered requests reach the elements and their children render. */
export async function settle(): Promise<void> {
  await aTimeout(0);
}

/**
 * Resolves once a `<pipeline-dashboard>` has rendered every part it holds back (placeholder-view.ts)
 * by then: it renders one part per task, the parts near the viewport, so this waits frame by frame
 * (animation frames, which fake timers leave alone).
 */
export async function revealed(el: Element, maxFrames = 600): Promise<void> {
  const waiting = () => el.shadowRoot?.querySelector('[data-reveal]');
  for (let i = 0; i < maxFrames && waiting(); i++) await new Promise((resolve) => requestAnimationFrame(resolve));
  if (waiting()) throw new Error(`the dashboard still holds back ${waiting()!.getAttribute('data-reveal')}`);
}

/** The element's shadow node with `part`, or null (also when there is no element yet, for nested lookups). */
export function part(el: Element | null | undefined, name: string): HTMLElement | null {
  return el?.shadowRoot?.querySelector<HTMLElement>(`[part~="${name}"]`) ?? null;
}

/** Every shadow node with `part`. */
export function parts(el: Element, name: string): HTMLElement[] {
  return [...(el.shadowRoot?.querySelectorAll<HTMLElement>(`[part~="${name}"]`) ?? [])];
}

/** Text as a screen reader walks it: visible and visually hidden, skipping aria-hidden, into shadow roots. */
export function spoken(node: Node | null): string {
  const raw = (n: Node): string => {
    if (n instanceof Element && n.getAttribute('aria-hidden') === 'true') return '';
    if (n.nodeType === Node.TEXT_NODE) return n.textContent ?? '';
    const children = n instanceof Element && n.shadowRoot ? n.shadowRoot.childNodes : n.childNodes;
    return Array.from(children, raw).join('');
  };
  return node === null ? '' : raw(node).replace(/\s+/g, ' ').trim();
}
