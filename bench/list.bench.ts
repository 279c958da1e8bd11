/**
 * Benchmark page for `<pipeline-list>`, bundled and driven by `bench/run-list.mjs`. Each scenario
 * has an unmeasured `setup` (data, mounting, first metrics) and a measured `run` (the operation).
 * The same scenarios run on the baseline, a plain Lit list of the same rows (list-baseline.ts).
 */
import '../src/elements/pipeline-list/pipeline-list.js';
import type { PipelineList, PipelineMetrics, Pipeline } from '../src/schemas/index.js';
import type { DataSource } from '../src/sources/source.js';
import { MetricsStore } from '../src/store/metrics-store.js';
import { TestStoreProvider } from '../test/elements/store-provider.js';
import { backgroundTask } from '../src/elements/shared/background-task.js';
import { BaselineList } from './list-baseline.js';
import { makeFleet, metricsAt } from './list-data.js';

/** What one measured operation left behind. */
export interface RunResult {
  start: number;
  end: number;
  /** Nodes in the measured element's tree (shadow roots included). */
  nodes: number;
  /** Rows in the DOM. */
  rows: number;
  /** Metrics requests the operation made. */
  requests: number;
}

/** Answers at once: each poll of the list is a new answer (as parsed JSON is), metrics change with `tick`. */
class FleetSource implements DataSource {
  readonly key = `bench:${Math.random()}`;
  readonly capabilities = { errorLog: true, control: false };
  tick = 0;
  metricsCalls = 0;
  constructor(readonly fleet: Pipeline[]) {}
  listPipelines = (): Promise<PipelineList> => Promise.resolve({ pipelines: [...this.fleet], total_count: this.fleet.length });
  getMetrics = (id: string): Promise<PipelineMetrics> => {
    this.metricsCalls++;
    return Promise.resolve(metricsAt(id, this.tick));
  };
  getErrors = () => Promise.reject(new Error('unused'));
  getPipeline = () => Promise.reject(new Error('unused'));
  getHistory = () => Promise.reject(new Error('unused'));
  startPipeline = () => Promise.reject(new Error('unused'));
  stopPipeline = () => Promise.reject(new Error('unused'));
}

const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

function countNodes(root: Node): number {
  let count = 0;
  const walk = (node: Node) => {
    count++;
    if (node instanceof Element && node.shadowRoot) walk(node.shadowRoot);
    for (let child = node.firstChild; child; child = child.nextSibling) walk(child);
  };
  walk(root);
  return count;
}

async function until(condition: () => boolean): Promise<void> {
  for (let i = 0; i < 600 && !condition(); i++) await frame();
  if (!condition()) throw new Error('benchmark page never rendered');
}

let stage: HTMLElement | undefined;
let source: FleetSource;
let store: MetricsStore | undefined;
let target: HTMLElement & { updateComplete: Promise<boolean> };

const root = () => target.shadowRoot ?? target;
const rowCount = () => root().querySelectorAll('[part~="row"], li').length;

function mount(baseline: boolean): void {
  stage = document.createElement('div');
  stage.style.height = '900px';
  document.body.append(stage);
  store = new MetricsStore(source, { intervalMs: 0, timeoutMs: 0 });
  if (baseline) {
    target = Object.assign(new BaselineList(), { store });
    stage.append(target);
    return;
  }
  const provider = new TestStoreProvider();
  provider.store = store;
  target = document.createElement('pipeline-list') as typeof target;
  target.setAttribute('locale', 'en-US');
  target.setAttribute('readonly', '');
  provider.append(target);
  stage.append(provider);
}

/**
 * Runs `operation` up to the frame after it, between the marks the trace analysis looks for. With
 * `poll`, also up to the frame after the background task in which the list polls the rows newly
 * in view: their requests, answers and render.
 */
async function measured(operation: () => Promise<void>, poll = false): Promise<RunResult> {
  const calls = source.metricsCalls;
  const start = performance.mark('tables-bench:start').startTime;
  await operation();
  await frame();
  if (poll) {
    await backgroundTask();
    await frame();
  }
  const end = performance.mark('tables-bench:end').startTime;
  return { start, end, nodes: countNodes(stage!), rows: rowCount(), requests: source.metricsCalls - calls };
}

type Scenario = { setup(): Promise<void>; run(): Promise<RunResult> };

function scenarios(n: number, baseline: boolean): Record<string, Scenario> {
  const prefix = `${baseline ? 'baseline ' : ''}list`;
  const setup = async () => {
    source = new FleetSource(makeFleet(n));
  };
  const first: Scenario = { setup, run: () => measured(async () => (mount(baseline), await until(() => rowCount() > 0))) };
  /** Mounted, with the first metrics in, then `operation` (and the poll it queued, with `poll`). */
  const after = (operation: () => Promise<void>, poll = false): Scenario => ({
    setup: async () => {
      await setup();
      mount(baseline);
      await until(() => rowCount() > 0);
      for (let i = 0; i < 5; i++) await frame();
      await target.updateComplete;
    },
    run: () => measured(operation, poll),
  });
  const sortByEvents = async () => {
    if (baseline) (target as unknown as BaselineList).sortBy = 'events';
    else root().querySelectorAll<HTMLButtonElement>('[part="sort-button"]')[2]!.click();
    await target.updateComplete;
  };
  const sort = after(sortByEvents);
  const search = after(async () => {
    if (baseline) (target as unknown as BaselineList).search = 'sync-0099';
    else {
      const input = root().querySelector<HTMLInputElement>('[part="search"]')!;
      input.value = 'sync-0099';
      input.dispatchEvent(new Event('input'));
    }
    await target.updateComplete;
  });
  // One poll interval: the list and every watched metrics query again, with new figures.
  const refresh = after(async () => {
    source.tick++;
    await store!.refresh();
    await target.updateComplete;
  });
  return {
    [`${prefix} first render ${n}`]: first,
    [`${prefix} sort ${n}`]: sort,
    // The plain list polls nothing; the element's sort brings rows into view whose metrics it asks for.
    ...(baseline ? {} : { [`${prefix} sort, then poll ${n}`]: after(sortByEvents, true) }),
    [`${prefix} search ${n}`]: search,
    [`${prefix} refresh ${n}`]: refresh,
  };
}

const all: Record<string, Scenario> = {
  ...scenarios(1000, false),
  ...scenarios(1000, true),
  ...scenarios(10_000, false),
  ...scenarios(10_000, true),
};

declare global {
  interface Window {
    listBench: {
      scenarios: string[];
      setup(name: string): Promise<void>;
      run(name: string): Promise<RunResult>;
      teardown(): void;
    };
  }
}

window.listBench = {
  scenarios: Object.keys(all),
  setup: async (name) => {
    await all[name]!.setup();
    // The generated data's scavenging is the harness's cost, not the element's.
    (globalThis as { gc?: () => void }).gc?.();
  },
  run: (name) => all[name]!.run(),
  teardown: () => {
    stage?.remove();
    store?.dispose();
    stage = undefined;
    store = undefined;
  },
};
