#!/usr/bin/env node
/**
 * Cold load (issue 20): a fresh browser context per run navigates to a page that loads the
 * single-file bundle (dist/pipeline-monitor.js, run `npm run build` first) and one element, the
 * simulator answering on loopback; beside it, in the same run and interleaved with it, a
 * baseline page rendering the same data with plain Lit (bench/load-baseline.ts).
 *
 *   npm run bench:load -- [--runs 5] [--pipelines 200] [--compare DIR] [--json out.json] [--strict]
 *
 * --compare DIR also measures the dashboard from DIR/pipeline-monitor.js (another build, such as
 * the one before a change) in the same run.
 *
 * Figures, from navigation start (performance.now() in the page):
 * - frame: the first animation frame in which the dashboard's frame is on screen (every section
 *   heading rendered); for the baseline and the lists, first contentful paint.
 * - ready: the first animation frame in which every section shows data: the status shows the
 *   pipeline's name and badge, the grid its values (no skeleton), each of the three charts has
 *   built its Chart.js chart over data, the table breakdown shows rows and the error log its list.
 *   For the list: every pipeline's row, with no skeleton left. Baselines set `data-ready`.
 * - long tasks (PerformanceObserver `longtask`) from navigation to ready + 500 ms: count, sum,
 *   longest, and longest starting after first contentful paint.
 * - CLS: the sum of every `layout-shift` without recent input from navigation to ready + 500 ms
 *   (the whole load as one window, so at least the CLS Chromium reports).
 * - requests: API requests started before ready.
 * --strict exits 1 when a target of the issue is missed; --serve only serves the pages.
 */
import { readFileSync, existsSync } from 'node:fs';
import { createServer } from 'node:http';
import { join, normalize } from 'node:path';
import { cpus, loadavg } from 'node:os';
import { writeFileSync } from 'node:fs';
import { bundle, flag, launch, median, option } from './harness.mjs';
import { createSimulator } from '../sim/server.ts';

const ROOT = join(import.meta.dirname, '..');
const RUNS = Number(option('runs', '5'));
const FLEET = Number(option('pipelines', '200'));
const JSON_OUT = option('json', '');
const STRICT = flag('strict');
const SETTLE_MS = 500;
const COMPARE = option('compare', '');
const TARGETS = { readyMs: 500, longTaskMs: 50, cls: 0.02 };

const single = join(ROOT, 'dist/pipeline-monitor.js');
if (!existsSync(single)) {
  console.error('dist/pipeline-monitor.js is missing: run `npm run build` first.');
  process.exit(1);
}
const baseline = await bundle(join(ROOT, 'bench/load-baseline.ts'));

// The list's page reads a fleet of FLEET pipelines; the dashboards read orders-cdc in it.
const simulator = createSimulator({ seed: 1, pipelines: FLEET });

const page = (title, body, script) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>
<meta name="viewport" content="width=device-width"><script type="module" src="${script}"></script>
<style>body{margin:0;padding:16px;font-family:system-ui,sans-serif}</style></head><body>${body}</body></html>`;

let pipelineId = '';
const pages = {
  '/dashboard.html': () => page('dashboard', `<pipeline-dashboard pipeline-id="${pipelineId}" endpoint="/api/v1" sync-url></pipeline-dashboard>`, '/dist/pipeline-monitor.js'),
  '/base-dashboard.html': () => page('baseline dashboard', `<base-dashboard pipeline-id="${pipelineId}" endpoint="/api/v1"></base-dashboard>`, '/baseline.js'),
  '/before.html': () => page('dashboard before', `<pipeline-dashboard pipeline-id="${pipelineId}" endpoint="/api/v1" sync-url></pipeline-dashboard>`, '/before/pipeline-monitor.js'),
  '/list.html': () => page('list', '<pipeline-list endpoint="/api/v1"></pipeline-list>', '/dist/pipeline-monitor.js'),
  '/base-list.html': () => page('baseline list', '<base-list endpoint="/api/v1"></base-list>', '/baseline.js'),
};

const server = createServer(async (req, res) => {
  const path = new URL(req.url ?? '/', 'http://x').pathname;
  if (pages[path]) return void res.writeHead(200, { 'content-type': 'text/html' }).end(pages[path]());
  if (path === '/baseline.js') return void res.writeHead(200, { 'content-type': 'text/javascript' }).end(baseline);
  if (COMPARE && path === '/before/pipeline-monitor.js') {
    return void res.writeHead(200, { 'content-type': 'text/javascript' }).end(readFileSync(join(COMPARE, 'pipeline-monitor.js')));
  }
  if (path.startsWith('/dist/')) {
    const file = normalize(join(ROOT, path));
    if (file.startsWith(join(ROOT, 'dist')) && existsSync(file)) {
      return void res.writeHead(200, { 'content-type': 'text/javascript' }).end(readFileSync(file));
    }
  }
  if (!(await simulator.handle(req, res))) res.writeHead(404).end();
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;
const { pipelines } = await (await fetch(`${origin}/api/v1/pipelines`)).json();
pipelineId = (pipelines.find((p) => p.name === 'orders-cdc') ?? pipelines.find((p) => p.status === 'running')).id;
const listSize = pipelines.length;
if (flag('serve')) {
  // For a look with a browser or a profiler: the pages and the simulator, until interrupted.
  console.log(`${origin}/dashboard.html?range=1h  ${origin}/base-dashboard.html  ${origin}/list.html`);
  await new Promise(() => {});
}

/** Runs in every page before its scripts: observers, and a check of readiness every frame. */
function probe(kind) {
  const load = (window.__load = { longTasks: [], shifts: [], fcp: undefined, frame: undefined, ready: undefined, parts: {} });
  const observe = (type, each) => new PerformanceObserver((list) => list.getEntries().forEach(each)).observe({ type, buffered: true });
  observe('longtask', (e) => load.longTasks.push({ start: e.startTime, duration: e.duration }));
  observe('layout-shift', (e) => e.hadRecentInput || load.shifts.push({ start: e.startTime, value: e.value }));
  observe('paint', (e) => e.name === 'first-contentful-paint' && (load.fcp = e.startTime));
  const root = (el) => el?.shadowRoot ?? undefined;
  const noSkeleton = (r) => r && !r.querySelector('.skeleton, .pm-status--loading');
  const checks = {
    dashboard() {
      const r = root(document.querySelector('pipeline-dashboard'));
      if (!r) return [false, false];
      const frame = r.querySelectorAll('[part~="heading"]').length >= 4;
      const status = root(r.querySelector('pipeline-status'));
      const grid = root(r.querySelector('pipeline-metrics-grid'));
      const charts = [...r.querySelectorAll('metric-chart')].map(root);
      const tables = root(r.querySelector('table-metrics'));
      const log = root(r.querySelector('error-log'));
      const parts = {
        status: noSkeleton(status) && !!status.querySelector('[part~="badge"]'),
        grid: noSkeleton(grid) && !!grid.querySelector('[part~="events"]'),
        charts: charts.length === 3 && charts.every((c) => noSkeleton(c) && c.querySelector('canvas')?.style.width),
        tables: noSkeleton(tables) && tables.querySelectorAll('[part~="row"]').length > 0,
        log: noSkeleton(log) && !!log.querySelector('[part~="scroller"]'),
      };
      const now = performance.now();
      for (const [name, done] of Object.entries(parts)) if (done) load.parts[name] ??= now;
      return [frame, Object.values(parts).every(Boolean)];
    },
    list() {
      const r = root(document.querySelector('pipeline-list'));
      // The list draws only the rows in view: ready when it holds every pipeline and shows its first rows.
      const table = r?.querySelector('[part~="table"]');
      return [false, !!r && noSkeleton(r) && table?.getAttribute('aria-rowcount') === String(window.__listSize + 1) && !!r.querySelector('[part~="row"]')];
    },
    baseline() {
      return [false, !!document.querySelector('[data-ready]')];
    },
  };
  const tick = () => {
    const now = performance.now();
    const [frame, ready] = checks[kind]();
    if (frame && load.frame === undefined) load.frame = now;
    if (ready && load.ready === undefined) load.ready = now;
    else requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
}

const browser = await launch();
const scenarios = [
  { name: 'dashboard 1h', url: '/dashboard.html?range=1h', kind: 'dashboard', baseline: 'baseline 1h' },
  { name: 'baseline 1h', url: '/base-dashboard.html?range=1h', kind: 'baseline' },
  { name: 'dashboard 7d', url: '/dashboard.html?range=7d', kind: 'dashboard', baseline: 'baseline 7d' },
  { name: 'baseline 7d', url: '/base-dashboard.html?range=7d', kind: 'baseline' },
  { name: `list ${listSize}`, url: '/list.html', kind: 'list', baseline: `baseline list ${listSize}` },
  { name: `baseline list ${listSize}`, url: '/base-list.html', kind: 'baseline' },
];
if (COMPARE) {
  scenarios.splice(2, 0, { name: 'before 1h', url: '/before.html?range=1h', kind: 'dashboard', baseline: 'baseline 1h' });
  scenarios.splice(5, 0, { name: 'before 7d', url: '/before.html?range=7d', kind: 'dashboard', baseline: 'baseline 7d' });
}
const samples = new Map(scenarios.map((s) => [s.name, []]));
const loadBefore = loadavg()[0];

async function measure(scenario) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    const tab = await context.newPage();
    tab.on('pageerror', (error) => console.error(`${scenario.name}: page error:`, error.message));
    await tab.addInitScript(probe, scenario.kind);
    await tab.addInitScript((n) => (window.__listSize = n), listSize);
    await tab.goto(origin + scenario.url, { waitUntil: 'commit' });
    await tab.waitForFunction(() => window.__load?.ready !== undefined, undefined, { timeout: 30_000, polling: 100 });
    await tab.waitForTimeout(SETTLE_MS);
    return await tab.evaluate(() => {
      const { longTasks, shifts, fcp, frame, ready, parts } = window.__load;
      const deepCount = (root) => [...root.querySelectorAll('*')].reduce((n, el) => n + 1 + (el.shadowRoot ? deepCount(el.shadowRoot) : 0), 0);
      const api = performance.getEntriesByType('resource').filter((e) => e.name.includes('/api/'));
      const until = ready + 500;
      const tasks = longTasks.filter((t) => t.start < until);
      const requests = performance.getEntriesByType('resource').filter((e) => e.name.includes('/api/') && e.startTime < ready);
      const nav = performance.getEntriesByType('navigation')[0];
      return {
        fcp, frame: frame ?? fcp, ready,
        dcl: nav.domContentLoadedEventEnd,
        longTasks: tasks.length,
        longTaskSum: tasks.reduce((s, t) => s + t.duration, 0),
        longest: Math.max(0, ...tasks.map((t) => t.duration)),
        longestAfterPaint: Math.max(0, ...tasks.filter((t) => t.start >= fcp).map((t) => t.duration)),
        cls: shifts.filter((s) => s.start < until).reduce((s, e) => s + e.value, 0),
        requests: requests.length,
        firstRequest: Math.min(...requests.map((e) => e.startTime)),
        nodes: deepCount(document),
        detail: { parts, longTasks: tasks, shifts, api: api.map((e) => [e.name.replace(/^.*\/pipelines/, ''), Math.round(e.startTime), Math.round(e.responseEnd)]) },
      };
    });
  } finally {
    await context.close();
  }
}

try {
  // One unmeasured load of each page first: the OS file cache and the server warm up.
  for (const scenario of scenarios) await measure(scenario);
  for (let run = 0; run < RUNS; run++) {
    for (const scenario of scenarios) samples.get(scenario.name).push(await measure(scenario));
  }
} finally {
  await browser.close();
  server.close();
}
const loadAfter = loadavg()[0];

const stat = (values, digits = 0) => {
  const m = median(values);
  return `${m.toFixed(digits)} (${Math.min(...values).toFixed(digits)}–${Math.max(...values).toFixed(digits)})`;
};
const results = scenarios.map((s) => {
  const runs = samples.get(s.name);
  const pick = (k) => runs.map((r) => r[k]);
  const figures = Object.keys(runs[0]).filter((k) => typeof runs[0][k] === 'number');
  return { scenario: s.name, baseline: s.baseline, runs, median: Object.fromEntries(figures.map((k) => [k, median(pick(k))])) };
});
const byName = new Map(results.map((r) => [r.scenario, r]));

console.log(`\nCold load, ${RUNS} runs per page (median (min–max), ms from navigation); ${cpus().length} cores, load average ${loadBefore.toFixed(2)} before, ${loadAfter.toFixed(2)} after.`);
console.log('\n| page | frame | ready | ready ÷ baseline | long tasks | longest | longest after FCP | CLS | requests | DOM nodes |');
console.log('|---|---|---|---|---|---|---|---|---|---|');
for (const r of results) {
  const pick = (k) => r.runs.map((x) => x[k]);
  const base = r.baseline && byName.get(r.baseline);
  const ratio = base ? (r.median.ready / base.median.ready).toFixed(2) : '';
  console.log(
    `| ${r.scenario} | ${stat(pick('frame'))} | ${stat(pick('ready'))} | ${ratio} | ${stat(pick('longTasks'))} | ${stat(pick('longest'))} | ${stat(pick('longestAfterPaint'))} | ${stat(pick('cls'), 3)} | ${stat(pick('requests'))} | ${stat(pick('nodes'))} |`,
  );
}
const misses = [];
for (const r of results.filter((x) => x.scenario.startsWith('dashboard'))) {
  if (r.median.ready > TARGETS.readyMs) misses.push(`${r.scenario}: ready ${r.median.ready.toFixed(0)} ms > ${TARGETS.readyMs}`);
  const worst = Math.max(...r.runs.map((x) => x.longestAfterPaint));
  if (worst > TARGETS.longTaskMs) misses.push(`${r.scenario}: a long task of ${worst.toFixed(0)} ms after first paint`);
  const cls = Math.max(...r.runs.map((x) => x.cls));
  if (cls > TARGETS.cls) misses.push(`${r.scenario}: CLS ${cls.toFixed(3)} > ${TARGETS.cls}`);
}
console.log(misses.length ? `\nTargets missed:\n- ${misses.join('\n- ')}` : '\nEvery target of issue 20 is met.');
if (JSON_OUT) writeFileSync(JSON_OUT, JSON.stringify({ load: [loadBefore, loadAfter], results }, null, 2));
if (STRICT && misses.length) process.exitCode = 1;
