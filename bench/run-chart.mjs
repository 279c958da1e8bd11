#!/usr/bin/env node
/**
 * Runs bench/chart.bench.ts in headless Chromium and prints, for `<metric-chart>` and its
 * references (raw Chart.js with default options, with its decimation plugin, and uPlot when the
 * package is installed), the median script time (Chrome's main-thread counters, read over CDP
 * around the operation, microtasks included) and wall time of: the first render of 4 × 10,080 samples; appending one
 * sample per series; and 100 create/destroy cycles (heap growth after GC, Chart.js instances left);
 * the element with its threshold lines and shared crosshair on. Then a pointer sweeping three
 * charts of the week (each move: the shared crosshair repainted on all three, Chart.js' tooltip
 * frame included). Then the ratios and the issue's targets.
 *
 *   node bench/run-chart.mjs [--runs 7] [--appends 15] [--cycles 100] [--moves 90] [--only "metric-chart,uPlot"] [--json out.json] [--strict]
 *
 * --only measures only the named candidates (a target whose reference was skipped reads n/a).
 * --strict exits 1 when a target is missed. CHROMIUM_PATH overrides /usr/bin/chromium.
 */
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { bundle, flag, launch, median, option } from './harness.mjs';

const RUNS = Number(option('runs', '7'));
const APPENDS = Number(option('appends', '15'));
const CYCLES = Number(option('cycles', '100'));
const MOVES = Number(option('moves', '90'));
const JSON_OUT = option('json', '');
const STRICT = flag('strict');
const ONLY = option('only', '');
const OURS = 'metric-chart';
const DEFAULT = 'Chart.js default';
const DECIMATION = 'Chart.js + decimation';

const hasUplot = (() => {
  try {
    createRequire(import.meta.url).resolve('uplot');
    return true;
  } catch {
    return false;
  }
})();

const scripts = [await bundle('bench/chart.bench.ts')];
if (hasUplot) scripts.push(await bundle('bench/chart-uplot.bench.ts'));

const browser = await launch();

const results = {};
let sweepResult;
let version = '';
try {
  version = browser.version();
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.on('pageerror', (error) => console.error('page error:', error.message));
  await page.setContent('<!doctype html><html lang="en"><head><meta charset="utf-8"><title>chart bench</title></head><body style="margin:0"><div id="root"></div></body></html>');
  for (const content of scripts) await page.addScriptTag({ type: 'module', content });
  await page.waitForFunction((n) => window.chartBench?.candidates.size === n, 3 + (hasUplot ? 1 : 0));
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  /**
   * Chrome's main-thread counters. ScriptDuration alone misses what runs as microtasks (Lit
   * updates, promise chains: reported as TaskOther) and whatever DevTools evaluates, so script
   * time here is task time minus style, layout and the DevTools command itself, for operations
   * started from a timer task.
   */
  const scriptMs = async () => {
    const { metrics } = await cdp.send('Performance.getMetrics');
    const get = (name) => (metrics.find((m) => m.name === name)?.value ?? 0) * 1000;
    return get('TaskDuration') - get('LayoutDuration') - get('RecalcStyleDuration') - get('DevToolsCommandDuration');
  };
  const heap = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    return (await cdp.send('Runtime.getHeapUsage')).usedSize;
  };
  /** Script and wall time of one page call. */
  const measure = async (fn, ...a) => {
    const before = await scriptMs();
    const wall = await page.evaluate(
      ([f, rest]) =>
        new Promise((resolve, reject) =>
          setTimeout(() => {
            const start = performance.now();
            Promise.resolve(window.chartBench[f](...rest)).then(() => resolve(performance.now() - start), reject);
          }, 0),
        ),
      [fn, a],
    );
    return { script: (await scriptMs()) - before, wall };
  };
  const call = (fn, ...a) => page.evaluate(([f, rest]) => window.chartBench[f](...rest), [fn, a]);

  const names = (await page.evaluate(() => [...window.chartBench.candidates.keys()])).filter(
    (n) => !ONLY || ONLY.split(',').includes(n),
  );
  // One unmeasured render each first: the first chart on the page pays for compiling Chart.js.
  // Then candidates take turns, run after run, starting with a different one each round, so a busy
  // moment of the machine, or the garbage an animated chart leaves, hits all of them alike.
  // Default Chart.js animates for a second per render and per append: fewer runs say enough.
  const turns = (runs, name, i) => i < (name === DEFAULT ? Math.min(runs, 3) : runs);
  const rotated = (i) => [...names.slice(i % names.length), ...names.slice(0, i % names.length)];
  const samples = Object.fromEntries(names.map((name) => [name, { renders: [], appends: [] }]));
  for (const name of names) {
    await call('setup', name);
    await call('render', name, false);
    await call('clear', name);
  }
  for (let i = 0; i < RUNS; i++) {
    for (const name of rotated(i).filter((n) => turns(RUNS, n, i))) {
      await call('setup', name);
      await heap();
      samples[name].renders.push(await measure('render', name));
      await call('clear', name);
    }
  }
  for (const name of names) {
    await call('setup', name);
    await call('render', name);
  }
  for (let i = 0; i < APPENDS; i++) {
    for (const name of rotated(i).filter((n) => turns(APPENDS, n, i))) {
      await call('tick');
      samples[name].appends.push(await measure('append', name));
    }
  }
  for (const name of names) await call('clear', name);
  for (const name of names) {
    await call('setup', name);
    await call('cycle', name, 1);
    const heapBefore = await heap();
    const cycles = await measure('cycle', name, CYCLES);
    const heapAfter = await heap();
    const { renders, appends } = samples[name];
    results[name] = {
      renderScript: median(renders.map((r) => r.script)),
      renderWall: median(renders.map((r) => r.wall)),
      appendScript: median(appends.map((r) => r.script)),
      appendWall: median(appends.map((r) => r.wall)),
      cyclesScript: cycles.script,
      heapGrowthMB: (heapAfter - heapBefore) / 1e6,
      instancesLeft: name === 'uPlot' ? undefined : await call('instances'),
      samples: { renders: renders.map((r) => r.script), appends: appends.map((r) => r.script) },
    };
    console.error(`measured ${name}`);
  }
  if (!ONLY || ONLY.split(',').includes(OURS)) {
    await call('sweepSetup');
    for (let i = 0; i < 10; i++) await call('move', i, MOVES);
    const moves = [];
    const handlers = [];
    for (let i = 0; i < MOVES; i++) {
      const before = await scriptMs();
      handlers.push(await call('move', i, MOVES));
      moves.push((await scriptMs()) - before);
    }
    await call('sweepClear');
    const stats = (values) => {
      const sorted = [...values].sort((a, b) => a - b);
      return { median: median(sorted), p95: sorted[Math.floor(0.95 * (sorted.length - 1))], max: sorted.at(-1) };
    };
    sweepResult = { script: stats(moves), handlers: stats(handlers) };
    console.error('measured pointer sweep');
  }
} finally {
  await browser.close();
}

const names = Object.keys(results);
const fmt = (v, digits = 1) => (v === undefined ? 'n/a' : v.toFixed(digits));
const row = (label, pick, digits) => [label, ...names.map((n) => fmt(pick(results[n]), digits))].join(' | ');
console.log(`\nChromium ${version}; median of ${RUNS} renders and ${APPENDS} appends (default Chart.js: 3 and 3, it animates);`);
console.log('times in ms; script = main-thread task time (JS incl. microtasks, canvas calls) less style and layout,');
console.log('read from Chrome Performance.getMetrics over CDP; wall = performance.now() around the operation.');
console.log(`${hasUplot ? '' : 'uPlot column left out: the uplot package is not installed.\n'}`);
console.log(['scenario', ...names].join(' | '));
console.log(Array(names.length + 1).fill('---').join(' | '));
console.log(row('first render 4 × 10,080, script', (r) => r.renderScript));
console.log(row('first render 4 × 10,080, script (fastest run)', (r) => Math.min(...r.samples.renders)));
console.log(row('first render 4 × 10,080, wall', (r) => r.renderWall));
console.log(row('append 1 sample per series, script', (r) => r.appendScript, 2));
console.log(row('append 1 sample per series, script (fastest run)', (r) => Math.min(...r.samples.appends), 2));
console.log(row('append 1 sample per series, wall', (r) => r.appendWall, 2));
console.log(row(`${CYCLES} create/destroy, script (total)`, (r) => r.cyclesScript, 0));
console.log(row(`${CYCLES} create/destroy, heap growth MB`, (r) => r.heapGrowthMB, 3));
console.log(row(`${CYCLES} create/destroy, Chart.js instances left`, (r) => r.instancesLeft, 0));

if (sweepResult) {
  console.log(`\npointer sweep over three charts of a week (lag, buffer depth, events/s; ${MOVES} moves), ms per move`);
  console.log('measure | median | p95 | max');
  console.log('--- | --- | --- | ---');
  const line = (label, r) => console.log([label, r.median, r.p95, r.max].map((v) => (typeof v === 'number' ? fmt(v, 2) : v)).join(' | '));
  line('script (main-thread task time of the move and its frame, CDP)', sweepResult.script);
  line('handlers (performance.now() around the pointer events: crosshair on 3 charts, readouts)', sweepResult.handlers);
}

const ours = results[OURS] ?? {};
/**
 * Ours ÷ a reference, as the median of the ratios within each round: the two ran seconds apart,
 * so a busy moment of a shared machine cancels out instead of landing on one side.
 */
const ratio = (kind, ref) => {
  const a = ours.samples?.[kind];
  const b = results[ref]?.samples[kind];
  if (!a || !b) return undefined;
  const n = Math.min(a.length, b.length);
  return median(Array.from({ length: n }, (_, i) => a[i] / b[i]));
};
console.log(`\n${OURS} ÷ reference (script time, median of per-round ratios) | ${names.filter((n) => n !== OURS).join(' | ')}`);
console.log(Array(names.length).fill('---').join(' | '));
const others = names.filter((n) => n !== OURS);
console.log(['first render', ...others.map((n) => `×${fmt(ratio('renders', n), 2)}`)].join(' | '));
console.log(['append', ...others.map((n) => `×${fmt(ratio('appends', n), 2)}`)].join(' | '));

const targets = [
  ['first render ≤ 0.5 × Chart.js default', ratio('renders', DEFAULT), (v) => v <= 0.5, (v) => `×${fmt(v, 2)}`],
  ['first render ≤ 1.2 × Chart.js + decimation', ratio('renders', DECIMATION), (v) => v <= 1.2, (v) => `×${fmt(v, 2)}`],
  ['append ≤ 16 ms', ours.appendScript, (v) => v <= 16, (v) => `${fmt(v, 2)} ms`],
  ['heap growth ≤ 1 MB', ours.heapGrowthMB, (v) => v <= 1, (v) => `${fmt(v, 3)} MB`],
  ['Chart.js instances left = 0', ours.instancesLeft, (v) => v === 0, (v) => fmt(v, 0)],
  ['pointer move over 3 week charts ≤ 16 ms, every move (handlers, max)', sweepResult?.handlers.max, (v) => v <= 16, (v) => `${fmt(v, 2)} ms max`],
  ['pointer move over 3 week charts ≤ 16 ms with its frame (script, p95)', sweepResult?.script.p95, (v) => v <= 16, (v) => `${fmt(v, 2)} ms p95`],
];
console.log('\ntarget | measured | met');
console.log('--- | --- | ---');
let missed = 0;
for (const [label, value, ok, show] of targets) {
  if (value === undefined) {
    console.log([label, 'n/a', 'not measured'].join(' | '));
    continue;
  }
  const met = ok(value);
  if (!met) missed++;
  console.log([label, show(value), met ? 'yes' : 'NO'].join(' | '));
}
if (JSON_OUT) writeFileSync(JSON_OUT, JSON.stringify({ chromium: version, runs: RUNS, appends: APPENDS, results }, null, 2));
if (STRICT && missed > 0) process.exit(1);
