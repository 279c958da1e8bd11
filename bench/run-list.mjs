#!/usr/bin/env node
/**
 * Runs bench/list.bench.ts in headless Chromium and prints, for `<pipeline-list>` and a plain Lit
 * list of the same rows (bench/list-baseline.ts) at 1,000 and 10,000 pipelines: the median main-
 * thread time of each operation (script, and style/layout/paint, from a Chromium trace), the wall
 * time, the DOM size, the metrics requests of one poll interval and the heap after a full garbage
 * collection, with the ratio to the baseline and whether the targets hold.
 *
 *   node bench/run-list.mjs [--runs 5] [--only "sort"] [--json out.json] [--strict]
 *
 * --strict exits 1 when a target is missed. CHROMIUM_PATH overrides /usr/bin/chromium.
 */
import { writeFileSync } from 'node:fs';
import { bundle, flag, launch, median, option } from './harness.mjs';
import { analyseTrace, TRACE_CATEGORIES } from './tables-trace.mjs';

const RUNS = Number(option('runs', '5'));
const ONLY = option('only', '');
const JSON_OUT = option('json', '');
const STRICT = flag('strict');
const VIEWPORT = { width: 1280, height: 900 };

const script = await bundle('bench/list.bench.ts');
const browser = await launch(['--js-flags=--expose-gc']);

const results = [];
try {
  const page = await browser.newPage({ viewport: VIEWPORT });
  page.on('pageerror', (error) => console.error('page error:', error.message));
  await page.setContent('<!doctype html><html lang="en"><head><meta charset="utf-8"><title>list bench</title></head><body></body></html>');
  await page.addScriptTag({ type: 'module', content: script });
  await page.waitForFunction(() => window.listBench !== undefined);
  const cdp = await page.context().newCDPSession(page);
  const traced = async (operation) => {
    const events = [];
    const collect = ({ value }) => events.push(...value);
    cdp.on('Tracing.dataCollected', collect);
    await cdp.send('Tracing.start', { traceConfig: { includedCategories: TRACE_CATEGORIES }, transferMode: 'ReportEvents' });
    const result = await operation();
    const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
    await cdp.send('Tracing.end');
    await complete;
    cdp.off('Tracing.dataCollected', collect);
    return { result, events };
  };
  /** The JS heap in use after a full collection, in MB. */
  const heapMb = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    return usedSize / 1024 / 1024;
  };

  const names = (await page.evaluate(() => window.listBench.scenarios)).filter((n) => n.includes(ONLY));
  for (const name of names) {
    const samples = [];
    for (let i = 0; i < RUNS; i++) {
      await page.evaluate((n) => window.listBench.setup(n), name);
      const { result: run, events } = await traced(() => page.evaluate((n) => window.listBench.run(n), name));
      const time = analyseTrace(events);
      // The heap with the list shown and one poll taken in, its data included.
      const heap = /refresh/.test(name) ? await heapMb() : undefined;
      await page.evaluate(() => window.listBench.teardown());
      samples.push({ script: time.scriptMs, render: time.renderMs, wall: run.end - run.start, nodes: run.nodes, rows: run.rows, requests: run.requests, heap });
    }
    results.push({
      scenario: name,
      scriptMs: median(samples.map((s) => s.script)),
      renderMs: median(samples.map((s) => s.render)),
      mainMs: median(samples.map((s) => s.script + s.render)),
      wallMs: median(samples.map((s) => s.wall)),
      nodes: median(samples.map((s) => s.nodes)),
      rows: median(samples.map((s) => s.rows)),
      requests: median(samples.map((s) => s.requests)),
      heapMb: samples[0].heap === undefined ? undefined : median(samples.map((s) => s.heap)),
    });
    console.error(`measured ${name}`);
  }
} finally {
  await browser.close();
}

const byName = new Map(results.map((r) => [r.scenario, r]));
const fmt = (v, digits = 1) => (v === undefined ? '' : v.toFixed(digits));
const ratio = (a, b) => (a === undefined || b === undefined || b === 0 ? '' : `×${(a / b).toFixed(2)}`);

console.log(`\nMedian of ${RUNS} runs; times in ms (main thread = script + style/layout/paint); viewport ${VIEWPORT.width}×${VIEWPORT.height}\n`);
console.log(['scenario', 'script', 'style+layout+paint', 'main thread', 'wall', 'DOM nodes', 'rows', 'metrics requests', 'heap MB', 'main vs baseline', 'nodes vs baseline', 'heap vs baseline'].join(' | '));
console.log(Array(12).fill('---').join(' | '));
for (const r of results) {
  const base = r.scenario.startsWith('baseline') ? undefined : byName.get(`baseline ${r.scenario}`);
  console.log(
    [r.scenario, fmt(r.scriptMs), fmt(r.renderMs), fmt(r.mainMs), fmt(r.wallMs), r.nodes, r.rows, r.requests, fmt(r.heapMb), ratio(r.mainMs, base?.mainMs), ratio(r.nodes, base?.nodes), ratio(r.heapMb, base?.heapMb)].join(' | '),
  );
}

/** The targets, on the element's scenarios. */
const TARGETS = [
  { scenario: 'list first render 10000', label: 'main thread ms', value: (r) => r.mainMs, limit: 100 },
  { scenario: 'list sort 10000', label: 'main thread ms', value: (r) => r.mainMs, limit: 16 },
  { scenario: 'list search 10000', label: 'main thread ms', value: (r) => r.mainMs, limit: 16 },
  ...[1000, 10000].map((n) => ({ scenario: `list refresh ${n}`, label: 'DOM nodes', value: (r) => r.nodes, limit: 5000 })),
  // The rows in view: the box's height over the row height, at most the viewport's 900 px / 56 px.
  ...[1000, 10000].map((n) => ({ scenario: `list refresh ${n}`, label: 'metrics requests', value: (r) => r.requests, limit: Math.ceil(900 / 56) + 10 })),
  { scenario: 'list refresh 10000', label: 'heap MB', value: (r) => r.heapMb, limit: 60 },
];
let missed = 0;
console.log('\nTargets');
for (const t of TARGETS) {
  const r = byName.get(t.scenario);
  if (!r) continue;
  const ok = t.value(r) <= t.limit;
  if (!ok) missed++;
  console.log(`${ok ? 'ok  ' : 'MISS'} ${t.scenario}: ${t.label} ${fmt(t.value(r))} ≤ ${t.limit}`);
}

if (JSON_OUT) writeFileSync(JSON_OUT, `${JSON.stringify({ results }, null, 2)}\n`);
if (STRICT && missed > 0) process.exit(1);
