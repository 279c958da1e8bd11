/** The fleet, the mounting and the probes shared by the `<pipeline-list>` tests. */
import { elementUpdated, html, nextFrame } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import sinon from 'sinon';
import '../../src/elements/pipeline-list/pipeline-list.js';
import type { PipelineListElement } from '../../src/elements/pipeline-list/pipeline-list.js';
import type { Pipeline, TableMapping } from '../../src/schemas/index.js';
import { harness, metricsOf, parts, pipelineOf, settle, spoken, type Harness } from './element-harness.js';
import { intervalClock } from '../store/fake-source.js';
import { backgroundTask } from '../../src/elements/shared/background-task.js';

/** Where the fake clock starts. */
export const NOW = Date.UTC(2024, 4, 1, 12, 0, 0);

/** The ids of the fleet. */
export const ID = {
  orders: '0b5f7a3c-1111-4e3a-9c1f-2d8e6b0a7c35',
  inventory: '0b5f7a3c-2222-4e3a-9c1f-2d8e6b0a7c35',
  billing: '0b5f7a3c-3333-4e3a-9c1f-2d8e6b0a7c35',
  analytics: '0b5f7a3c-4444-4e3a-9c1f-2d8e6b0a7c35',
};

/** `count` table mappings of pipeline `id`, the first `disabled` of them disabled. */
export function tables(id: string, count: number, disabled = 0): TableMapping[] {
  return Array.from({ length: count }, (_, i) => ({
    id: `${id}-t${i}`,
    pipeline_id: id,
    source_schema: 'public',
    source_table: `table_${i}`,
    enabled: i >= disabled,
    created_at: new Date('2024-04-01T08:00:00Z'),
  }));
}

/** Two running pipelines, one failed with a message that looks like markup, one stopped without tables. */
export const FLEET: Pipeline[] = [
  pipelineOf({ id: ID.orders, name: 'orders-cdc', status: 'running', source_id: 'postgres-orders', tables: tables(ID.orders, 12) }),
  pipelineOf({ id: ID.inventory, name: 'inventory-sync', status: 'running', tables: tables(ID.inventory, 40, 1) }),
  pipelineOf({
    id: ID.billing,
    name: 'billing-events',
    status: 'error',
    error_message: '<img src=x onerror="window.pwned=1">replication slot was invalidated',
    tables: tables(ID.billing, 4),
  }),
  pipelineOf({ id: ID.analytics, name: 'analytics-replica', status: 'stopped', tables: undefined }),
];

/** Every row shown. */
export const rows = (el: PipelineListElement) => parts(el, 'row');
/** The row of pipeline `id`. */
export const row = (el: PipelineListElement, id: string) => rows(el).find((r) => r.dataset['id'] === id)!;
/** The node of row `r` with the part `name`. */
export const within = (r: HTMLElement, name: string) => r.querySelector<HTMLElement>(`[part~="${name}"]`);
/** The names of the rows shown, in order. */
export const names = (el: PipelineListElement) => rows(el).map((r) => spoken(within(r, 'name')));

/** A list test's store, fake clock and helpers; call `dispose` in `afterEach`. */
export interface ListHarness {
  readonly h: Harness;
  readonly clock: sinon.SinonFakeTimers;
  /** Mounts `template` (default: an en-US list) and lets it ask for the list. */
  mount(template?: TemplateResult): Promise<PipelineListElement>;
  /** Answers the pending list request. */
  answer(el: PipelineListElement, pipelines?: Pipeline[]): Promise<void>;
  /** Mounts, then answers with `pipelines`. */
  showing(template?: TemplateResult, pipelines?: Pipeline[]): Promise<PipelineListElement>;
  /** Answers the pending metrics request of `id`. */
  metricsFor(el: PipelineListElement, id: string, overrides?: object): Promise<void>;
  dispose(): void;
}

/** Creates a {@link ListHarness}: a hand-answered store, with setInterval and Date faked from {@link NOW}. */
export function listHarness(): ListHarness {
  const h = harness();
  // setTimeout stays real: fixtures and the accessibility checker rely on it.
  const clock = intervalClock(NOW);
  const mount = async (template = html`<pipeline-list locale="en-US"></pipeline-list>`) => {
    const el = await h.mount<PipelineListElement>(template);
    await settle();
    return el;
  };
  const answer = async (el: PipelineListElement, pipelines: Pipeline[] = FLEET) => {
    h.source.last('listPipelines').resolve({ pipelines, total_count: pipelines.length });
    await settle();
    await elementUpdated(el);
    // The rows in view are polled in a background task after the frame that draws them.
    await nextFrame();
    await backgroundTask();
    await settle();
    await elementUpdated(el);
  };
  return {
    h,
    clock,
    mount,
    answer,
    async showing(template, pipelines = FLEET) {
      const el = await mount(template);
      await answer(el, pipelines);
      return el;
    },
    async metricsFor(el, id, overrides = {}) {
      const call = h.source.callsTo('getMetrics').filter((c) => c.args[0] === id && !c.settled).at(-1)!;
      call.resolve(metricsOf({ pipeline_id: id, ...overrides }));
      await settle();
      await elementUpdated(el);
    },
    dispose() {
      clock.restore();
      h.dispose();
    },
  };
}

/**
 * A fleet of `count` pipelines named `pipe-00000`, `pipe-00001`…, every fifth stopped, the rest
 * running; ids `p-<n>`.
 */
export function fleetOf(count: number, name = (i: number) => `pipe-${String(i).padStart(5, '0')}`): Pipeline[] {
  return Array.from({ length: count }, (_, i) =>
    pipelineOf({ id: `p-${i}`, name: name(i), source_id: `src-${i}`, status: i % 5 === 4 ? 'stopped' : 'running', tables: undefined }),
  );
}

/** The list's scroll box. */
export const box = (el: PipelineListElement) => el.shadowRoot!.querySelector<HTMLElement>('[part~="table"]')!;

/** Row positions (aria-rowindex − 2: 0 for the first pipeline) of the rows in the DOM. */
export const positions = (el: PipelineListElement) => rows(el).map((r) => Number(r.getAttribute('aria-rowindex')) - 2);

/** Waits `n` frames and the background task of a poll they queued, then for the element to settle. */
export async function frames(el: PipelineListElement, n = 10): Promise<void> {
  for (let i = 0; i < n; i++) await new Promise((resolve) => requestAnimationFrame(resolve));
  await backgroundTask();
  await settle();
  await elementUpdated(el);
}

/** Scrolls the list's box to `top` px and waits until the rows in view are drawn and polled. */
export async function scrollList(el: PipelineListElement, top: number): Promise<void> {
  box(el).scrollTop = top;
  await frames(el, 12);
}

/** The ids of metrics requests not answered yet. */
export const pendingMetrics = (t: ListHarness) =>
  t.h.source
    .callsTo('getMetrics')
    .filter((c) => !c.settled)
    .map((c) => c.args[0] as string);

/** Answers every pending metrics request, `figures(id)` giving each answer's fields. */
export async function answerMetrics(t: ListHarness, el: PipelineListElement, figures: (id: string) => object): Promise<void> {
  for (const call of t.h.source.callsTo('getMetrics').filter((c) => !c.settled)) {
    const id = call.args[0] as string;
    call.resolve(metricsOf({ pipeline_id: id, ...figures(id) }));
  }
  await settle();
  await elementUpdated(el);
}
