// Size budget: gzip (zlib level 9) of minified builds made like dist/pipeline-monitor.js
// (vite.lib.config.ts), beside Lit and a minimal Chart.js measured the same way in the same run.
// Elements are those the manifest analyzer finds in src/, so a new one is counted without edits.
//   npm run bench:size            print the table
//   npm run bench:size -- --check also exit 1 when a budget is exceeded
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { analyze, elementsOf } from '../scripts/elements.mjs';

const ROOT = join(import.meta.dirname, '..');
const KB = 1000;
const BUDGET = { whole: 90 * KB, withoutChart: 25 * KB, ownCode: 25 * KB };
const CHART_TAG = 'metric-chart';
/** Packages that are not our code: left out of the "own code" build. */
const THIRD_PARTY = /^(lit|lit-html|lit-element|@lit\/[^/]+|@lit-labs\/[^/]+|chart\.js|zod|@kurkle\/color)(\/.*)?$/;

const src = (path) => JSON.stringify(join(ROOT, 'src', path));
const entryOf = (tag) => src(`elements/${tag}/${tag}.ts`);

/** Serves one in-memory entry module and records every module's imports for the dependency graph. */
function entryPlugin(code, graph) {
  return {
    name: 'size-bench-entry',
    enforce: 'pre',
    resolveId: (id) => (id.endsWith('virtual:size-entry') ? '\0size-entry' : null),
    load: (id) => (id === '\0size-entry' ? code : null),
    moduleParsed(info) {
      graph?.set(info.id, [...info.importedIds, ...info.dynamicallyImportedIds]);
    },
  };
}

/**
 * Builds `code` like the shipped bundle; returns minified and gzip bytes and the bytes per module.
 * With `split`, dynamic imports become chunks of their own, as an app's bundler makes them: the
 * figures are then those of the first load (the entry and what it imports statically) and
 * `lazyGzip` sums the chunks loaded on demand.
 */
async function measure(code, { external, graph, split = false } = {}) {
  const result = await build({
    configFile: join(ROOT, 'vite.lib.config.ts'),
    logLevel: 'silent',
    plugins: [entryPlugin(code, graph)],
    build: {
      write: false,
      sourcemap: false,
      lib: { entry: 'virtual:size-entry', formats: ['es'], fileName: () => 'size.js' },
      rolldownOptions: {
        ...(external ? { external: (id) => external.test(id) } : {}),
        ...(split ? { output: { codeSplitting: true } } : {}),
      },
    },
  });
  const chunks = [result].flat()[0].output.filter((o) => o.type === 'chunk');
  const byName = new Map(chunks.map((o) => [o.fileName, o]));
  // The first load is the entry and every chunk it imports statically, however deep.
  const first = new Set();
  const visit = (o) => {
    // Imports of external packages name no chunk of this build.
    if (o === undefined || first.has(o)) return;
    first.add(o);
    for (const name of o.imports) visit(byName.get(name));
  };
  visit(chunks.find((o) => o.isEntry));
  const loaded = [...first].map((o) => o.code).join('\n');
  const modules = [...first].flatMap((o) => Object.entries(o.modules).map(([id, m]) => [id, m.renderedLength]));
  const lazyGzip = chunks.filter((o) => !first.has(o)).reduce((sum, o) => sum + gzipSync(o.code, { level: 9 }).length, 0);
  return { min: Buffer.byteLength(loaded), gzip: gzipSync(loaded, { level: 9 }).length, lazyGzip, modules };
}

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
  const size = await measure(`import ${entryOf(tag)};`, { split: true });
  const lazy = size.lazyGzip ? ` (+${(size.lazyGzip / KB).toFixed(1)} kB on demand)` : '';
  alone.push([`<${tag}> alone in an app's bundle${lazy}`, size]);
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
  ['Whole bundle (every element)', whole, BUDGET.whole],
  [`Without <${CHART_TAG}> (${chartFree.length} of ${tags.length} elements)`, withoutChart, BUDGET.withoutChart],
  ['Our own code (Lit, Chart.js, zod external)', ownCode, BUDGET.ownCode],
  ...alone,
  ['Reference: Lit alone', lit],
  ['Reference: Chart.js line + time scale + decimation', chartjs],
  ['zod in the whole bundle (whole − whole without zod)', { min: whole.min - wholeWithoutZod.min, gzip: whole.gzip - wholeWithoutZod.gzip }],
  ['Reference: a sample schema in classic zod', zodClassic],
  ['Reference: the same schema in zod/mini', zodMini],
];

const width = Math.max(...rows.map(([name]) => name.length));
console.log(`\n${'what'.padEnd(width)} ${'min kB'.padStart(7)} ${'gzip kB'.padStart(7)} ${'target'.padStart(7)}  ratio`);
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
printShares('Whole bundle', whole);
printShares('Our own code', ownCode);
if (over && process.argv.includes('--check')) process.exit(1);
