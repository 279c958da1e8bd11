// Sizes: gzip (zlib level 9) of minified builds made like dist/pipeline-monitor.js
// (vite.lib.config.ts), beside Lit and a minimal Chart.js measured the same way in the same run;
// then dist/cdn/ (built here) as the autoloader's pages download it in Chromium, against the single
// file of this run. Elements are those the manifest analyzer finds in src/, so a new one is counted
// without edits. Budgets come from size-budget.json (npm test enforces them; npm run size:record
// rewrites them).
//   npm run bench:size            print the tables
//   npm run bench:size -- --check also exit 1 when a budget or a target is exceeded
import { join } from 'node:path';
import { build } from 'vite';
import { analyze, elementsOf } from '../scripts/elements.mjs';
import { appBundleCost, measure, measureAutoloaderPages, names, readBudget } from '../scripts/size-figures.mjs';

const ROOT = join(import.meta.dirname, '..');
const KB = 1000;
const budget = readBudget();
/** The recorded budget of `name` plus its tolerance, or undefined. */
const budgetOf = (name) => (budget.budgets[name] ? Math.floor(budget.budgets[name].gzip * (1 + budget.tolerance)) : undefined);
/** Issue 17's targets for the autoloader's pages; the dashboard's is relative to the single file. */
const PAGE_TARGETS = { '<metric-card>': 15 * KB, '<pipeline-status>': 35 * KB };
const MAX_ROUND_TRIPS = 2;
const CHART_TAG = 'metric-chart';
/** Packages that are not our code: left out of the "own code" build. */
const THIRD_PARTY = /^(lit|lit-html|lit-element|@lit\/[^/]+|@lit-labs\/[^/]+|chart\.js|zod|@kurkle\/color)(\/.*)?$/;

const src = (path) => JSON.stringify(join(ROOT, 'src', path));
const entryOf = (tag) => src(`elements/${tag}/${tag}.ts`);

/** Every module reachable from `id` in `graph`. */
function closure(graph, id, seen = new Set()) {
  if (seen.has(id)) return seen;
  seen.add(id);
  for (const next of graph.get(id) ?? []) closure(graph, next, seen);
  return seen;
}

/** `lit-html`, `chart.js`, `src/elements/metric-card`, `src/store`… for a module id. */
function groupOf(id) {
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(id)?.[1];
  if (pkg) return pkg;
  const local = /\/src\/((?:elements\/)?[^/]+)/.exec(id)?.[1];
  return local ? `src/${local.replace(/\.ts$/, '')}` : id.replace('\0', '');
}

const tags = elementsOf(await analyze(ROOT)).map((element) => element.tag);
const allElements = [`export * from ${src('index.ts')};`, ...tags.map((tag) => `import ${entryOf(tag)};`)].join('\n');

// One build of everything, to learn which elements pull in <metric-chart> (the dashboard does).
const graph = new Map();
const whole = await measure(allElements, { graph });
const chartModule = join(ROOT, 'src', 'elements', CHART_TAG, `${CHART_TAG}.ts`);
const chartFree = tags.filter((tag) => !closure(graph, join(ROOT, 'src', 'elements', tag, `${tag}.ts`)).has(chartModule));
// Not through src/index.ts, which registers <metric-chart> too.
const withoutChart = await measure(chartFree.map((tag) => `import ${entryOf(tag)};`).join('\n'));
const ownCode = await measure(allElements, { external: THIRD_PARTY });
const wholeWithoutZod = await measure(allElements, { external: /^zod(\/.*)?$/ });
// What an app that imports one element pays at first load, Lit and zod (and Chart.js for charts)
// included; the Prometheus source is a chunk of its own that only source="prometheus" loads.
const alone = [];
for (const tag of tags) {
  const size = await appBundleCost(tag);
  const lazy = size.lazyGzip ? ` (+${(size.lazyGzip / KB).toFixed(1)} kB on demand)` : '';
  alone.push([`<${tag}> alone in an app's bundle${lazy}`, size, budgetOf(names.app(tag))]);
}
const lit = await measure(`export * from 'lit';`);
const chartjs = await measure(
  `import { Chart, Decimation, LinearScale, LineController, LineElement, PointElement, TimeScale } from 'chart.js';
   Chart.register(Decimation, LinearScale, LineController, LineElement, PointElement, TimeScale);
   export { Chart };`,
);
// zod: what it adds to the bundle, and the same kinds of schema in classic zod and in zod/mini.
const zodShape = (z) => `
  const point = ${z}.object({ a: ${z}.string(), b: ${z}.number(), c: ${z}.boolean(), d: ${z}.nullable(${z}.array(${z}.string())),
    e: ${z}.pipe(${z}.unknown(), ${z}.transform((v) => v)), f: ${z}.custom((v) => typeof v === 'object') });
  export const parse = (v) => ${z}.safeParse(point, v, { error: () => 'x' });`;
const zodClassic = await measure(`import * as z from 'zod';${zodShape('z')}`);
const zodMini = await measure(`import * as z from 'zod/mini';${zodShape('z')}`);

const kb = (bytes) => (bytes / KB).toFixed(1).padStart(6);
const rows = [
  ['Whole bundle (every element): the single file', whole, budgetOf(names.singleFile)],
  [`Without <${CHART_TAG}> (${chartFree.length} of ${tags.length} elements)`, withoutChart],
  ['Our own code (Lit, Chart.js, zod external)', ownCode],
  ...alone,
  ['Reference: Lit alone', lit],
  ['Reference: Chart.js line + time scale + decimation', chartjs],
  ['zod in the whole bundle (whole − whole without zod)', { min: whole.min - wholeWithoutZod.min, gzip: whole.gzip - wholeWithoutZod.gzip }],
  ['Reference: a sample schema in classic zod', zodClassic],
  ['Reference: the same schema in zod/mini', zodMini],
];

const width = Math.max(...rows.map(([name]) => name.length));
console.log(`\n${'what'.padEnd(width)} ${'min kB'.padStart(7)} ${'gzip kB'.padStart(7)} ${'budget'.padStart(7)}  ratio`);
let over = false;
for (const [name, size, target] of rows) {
  if (size === undefined) {
    console.log(`${name.padEnd(width)} ${'—'.padStart(7)}`);
    continue;
  }
  const ratio = target ? `${((size.gzip / target) * 100).toFixed(0).padStart(4)}% ${size.gzip <= target ? 'ok' : 'OVER'}` : '';
  over ||= target !== undefined && size.gzip > target;
  console.log(`${name.padEnd(width)} ${kb(size.min)}  ${kb(size.gzip)}  ${target ? kb(target) : '      '}  ${ratio}`);
}
console.log(`\nWhole bundle vs Lit alone: ${(whole.gzip / lit.gzip).toFixed(1)}×; vs Lit + Chart.js: ${(whole.gzip / (lit.gzip + chartjs.gzip)).toFixed(1)}×`);

/** Prints the largest contributors to `size`, by package or source folder. */
function printShares(title, size) {
  const byGroup = new Map();
  for (const [id, length] of size.modules) byGroup.set(groupOf(id), (byGroup.get(groupOf(id)) ?? 0) + length);
  const total = [...byGroup.values()].reduce((a, b) => a + b, 0);
  console.log(`\n${title}, share before minification, largest first:`);
  for (const [group, length] of [...byGroup].sort((a, b) => b[1] - a[1]).slice(0, 12)) {
    console.log(`  ${group.padEnd(40)} ${((length / total) * 100).toFixed(1).padStart(5)}%  ${kb(length)} kB`);
  }
}

// The autoloader: dist/cdn/ built now, each page opened in Chromium against a local CDN.
await build({ configFile: join(ROOT, 'vite.cdn.config.ts'), logLevel: 'silent' });
const pages = await measureAutoloaderPages(join(ROOT, 'dist', 'cdn'));
const targetOf = (page) => PAGE_TARGETS[page.name] ?? (page.tags.includes('pipeline-dashboard') ? Math.floor(whole.gzip * 1.05) : undefined);
const pageWidth = Math.max(...pages.map((page) => page.name.length)) + 20;
console.log(
  `\n${'autoloader: page with only'.padEnd(pageWidth)} ${'files'.padStart(5)} ${'trips'.padStart(5)} ${'gzip kB'.padStart(7)} ${'target'.padStart(7)} ${'budget'.padStart(7)}  vs single file`,
);
for (const page of pages) {
  const target = targetOf(page);
  const limit = budgetOf(names.page(page.name));
  const fails = (target !== undefined && page.gzip > target) || (limit !== undefined && page.gzip > limit) || page.roundTrips > MAX_ROUND_TRIPS;
  over ||= fails;
  console.log(
    `${page.name.padEnd(pageWidth)} ${String(page.files).padStart(5)} ${String(page.roundTrips).padStart(5)}  ${kb(page.gzip)}  ${target ? kb(target) : '     —'}  ${limit ? kb(limit) : '     —'}  ${((page.gzip / whole.gzip) * 100).toFixed(1).padStart(5)}% ${fails ? 'OVER' : 'ok'}`,
  );
}
console.log(`(round trips: the waterfall's depth after the page, ≤ ${MAX_ROUND_TRIPS}; the dashboard's target is the single file + 5 %)`);

printShares('Whole bundle', whole);
printShares('Our own code', ownCode);
if (over && process.argv.includes('--check')) process.exit(1);
