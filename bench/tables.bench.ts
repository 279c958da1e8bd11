/**
 * Benchmark page for `<table-metrics>` and `<error-log>`, bundled and driven by
 * `bench/run-tables.mjs`. Each scenario has an unmeasured `setup` (data generation, mounting) and
 * a measured `run` (the operation), so the runner's CPU counters cover only the operation.
 */
import '../src/elements/error-log/error-log.js';
import '../src/elements/table-metrics/table-metrics.js';
import type { PipelineError, PipelineErrorPage, PipelineMetrics } from '../src/schemas/index.js';
import type { DataSource } from '../src/sources/source.js';
import { MetricsStore } from '../src/store/metrics-store.js';
import { BaselineLog, BaselineTable } from './tables-baseline.js';
import { TestStoreProvider } from '../test/elements/store-provider.js';
import { makeErrors, makeTables, snapshot, tickTables } from './tables-data.js';

/** What one measured operation left behind. */
export interface RunResult {
  /** performance.now() at the start and end of the operation, for matching long tasks. */
  start: number;
  end: number;
  /** Nodes in the measured element's tree (shadow roots included). */
  nodes: number;
  /** Rows (or entries) in the DOM. */
  rows: number;
}

/** How long the source takes to answer, in ms: 0 as a warm cache, more as a server on a first load. */
let latencyMs = 0;
const answer = <T>(value: () => T): Promise<T> =>
  latencyMs === 0 ? Promise.resolve(value()) : new Promise((resolve) => setTimeout(() => resolve(value()), latencyMs));

/** A source that answers (after {@link latencyMs}) from whatever the scenario put in `metrics` and `errors`. */
class InstantSource implements DataSource {
  readonly key = `bench:${Math.random()}`;
  readonly capabilities = { errorLog: true, control: false };
  metrics: PipelineMetrics = snapshot([]);
  errors: PipelineErrorPage[] = [];
  getMetrics = () => answer(() => this.metrics);
  getErrors = () => answer(() => (this.errors.length > 1 ? this.errors.shift()! : this.errors[0]!));
  listPipelines = () => Promise.reject(new Error('unused'));
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

let stage: HTMLElement;
let source: InstantSource;
let store: MetricsStore;
let target: HTMLElement & { updateComplete: Promise<boolean> };
let next: () => Promise<void>;

const shadow = () => target.shadowRoot ?? target;
const tableRows = () => shadow().querySelectorAll('[part~="body"] [role="row"], tbody tr').length;
const logRows = () => shadow().querySelectorAll('[part="entry"], li').length;
/** Every error of the page taken in: a large page is indexed over several tasks, all of them measured. */
const logLoaded = () => logRows() > 0 && !/ of [\d,]+ errors loaded/.test(shadow().querySelector('[part="status"]')?.textContent ?? '');

function mountElement(tag: string): void {
  stage = document.createElement('div');
  document.body.append(stage);
  store = new MetricsStore(source, { intervalMs: 0, timeoutMs: 0 });
  const provider = new TestStoreProvider();
  provider.store = store;
  target = document.createElement(tag) as typeof target;
  target.setAttribute('pipeline-id', 'bench');
  target.setAttribute('locale', 'en-US');
  provider.append(target);
  stage.append(provider);
}

/** Runs `operation` up to the frame after it, between the marks the runner's trace analysis looks for. */
async function measured(operation: () => Promise<void>, rows: () => number): Promise<RunResult> {
  const start = performance.mark('tables-bench:start').startTime;
  await operation();
  await frame();
  const end = performance.mark('tables-bench:end').startTime;
  return { start, end, nodes: countNodes(stage), rows: rows() };
}

type Scenario = { setup(): Promise<void>; run(): Promise<RunResult> };

function tableScenarios(n: number): Record<string, Scenario> {
  const first = (baseline: boolean): Scenario => ({
    setup: async () => {
      source = new InstantSource();
      source.metrics = snapshot(makeTables(n));
    },
    run: () =>
      measured(async () => {
        if (baseline) {
          stage = document.createElement('div');
          document.body.append(stage);
          target = Object.assign(new BaselineTable(), { tables: source.metrics.tables! });
          stage.append(target);
          await target.updateComplete;
        } else {
          mountElement('table-metrics');
          await until(() => tableRows() > 0);
        }
      }, tableRows),
  });
  const mounted = (baseline: boolean, change: 'tick' | 'sort'): Scenario => ({
    setup: async () => {
      await first(baseline).setup();
      await first(baseline).run();
      const ticked = snapshot(tickTables(source.metrics.tables!));
      next = baseline
        ? async () => {
            const el = target as unknown as BaselineTable;
            el.tables = change === 'tick' ? ticked.tables! : [...el.tables].sort((a, b) => a.table.localeCompare(b.table));
            await el.updateComplete;
          }
        : async () => {
            if (change === 'tick') {
              source.metrics = ticked;
              await store.refresh();
            } else {
              shadow().querySelector<HTMLButtonElement>('[part="sort-button"]')!.click();
            }
            await target.updateComplete;
          };
    },
    run: () => measured(next, tableRows),
  });
  return {
    [`table first render ${n}`]: first(false),
    [`table tick 10% ${n}`]: mounted(false, 'tick'),
    [`table sort ${n}`]: mounted(false, 'sort'),
    [`baseline table first render ${n}`]: first(true),
    [`baseline table tick 10% ${n}`]: mounted(true, 'tick'),
    [`baseline table sort ${n}`]: mounted(true, 'sort'),
  };
}

function logScenarios(n: number): Record<string, Scenario> {
  let errors: PipelineError[] = [];
  const first = (baseline: boolean): Scenario => ({
    setup: async () => {
      errors = makeErrors(n + 1);
      source = new InstantSource();
      source.errors = [{ errors: errors.slice(1), total_count: n }];
    },
    run: () =>
      measured(async () => {
        if (baseline) {
          stage = document.createElement('div');
          document.body.append(stage);
          target = Object.assign(new BaselineLog(), { errors: source.errors[0]!.errors });
          stage.append(target);
          await target.updateComplete;
        } else {
          mountElement('error-log');
          await until(logLoaded);
        }
      }, logRows),
  });
  const append = (baseline: boolean): Scenario => ({
    setup: async () => {
      await first(baseline).setup();
      await first(baseline).run();
      // The next poll: a page of the usual size with one new error on top.
      source.errors.push({ errors: errors.slice(0, 100), total_count: n + 1 });
      source.errors.shift();
      next = baseline
        ? async () => {
            const el = target as unknown as BaselineLog;
            el.errors = [errors[0]!, ...el.errors];
            await el.updateComplete;
          }
        : async () => {
            await store.refresh();
            await target.updateComplete;
          };
    },
    run: () => measured(next, logRows),
  });
  // The reader searches the fully loaded log: measured until every error was looked at.
  const search: Scenario = {
    setup: async () => {
      await first(false).setup();
      await first(false).run();
    },
    run: () =>
      measured(async () => {
        const input = shadow().querySelector<HTMLInputElement>('[part="search"]')!;
        input.value = 'attempt 1/5';
        input.dispatchEvent(new Event('input'));
        await target.updateComplete;
        await until(() => !/Filtering/.test(shadow().querySelector('[part="status"]')?.textContent ?? ''));
      }, logRows),
  };
  return {
    [`error-log first render ${n}`]: first(false),
    [`error-log append one ${n}`]: append(false),
    [`error-log search ${n}`]: search,
    [`baseline log first render ${n}`]: first(true),
    [`baseline log append one ${n}`]: append(true),
  };
}

const scenarios: Record<string, Scenario> = {
  ...tableScenarios(1000),
  ...tableScenarios(10_000),
  ...logScenarios(10_000),
  ...logScenarios(100_000),
};

/** Long tasks seen since the page loaded. */
const longTasks: { start: number; duration: number }[] = [];
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) longTasks.push({ start: entry.startTime, duration: entry.duration });
}).observe({ type: 'longtask', buffered: true });

declare global {
  interface Window {
    tablesBench: {
      scenarios: string[];
      setup(name: string): Promise<void>;
      run(name: string): Promise<RunResult>;
      teardown(): void;
      longTasks(start: number, end: number): number[];
      /** Makes the source answer after `ms` (a first load on a fresh page waits for the server). */
      setLatency(ms: number): void;
    };
  }
}

window.tablesBench = {
  scenarios: Object.keys(scenarios),
  setup: async (name) => {
    await scenarios[name]!.setup();
    // A full collection before the measured run: the previous scenario's garbage (a baseline
    // leaves up to 1.7 million DOM nodes) and the scavenging of the data this setup generated
    // (100,000 errors are ~30 MB of young objects; copying them took single 40-55 ms pauses in
    // the run) are the harness's cost, not the element's. What the element allocates is still
    // collected, and measured, during the run.
    (globalThis as { gc?: () => void }).gc?.();
  },
  run: (name) => scenarios[name]!.run(),
  teardown: () => {
    stage?.remove();
    store?.dispose();
  },
  // Every long task overlapping the operation, including the one it started in.
  longTasks: (start, end) => longTasks.filter((t) => t.start + t.duration > start && t.start <= end).map((t) => t.duration),
  setLatency: (ms) => {
    latencyMs = ms;
  },
};
