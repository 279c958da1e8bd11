// The sizes the budget (size-budget.json) holds, measured the same way by the size bench, the
// budget test and `npm run size:record`: the single file, what the autoloader's pages download in
// Chromium, and what each element costs in an app's bundle. All gzip level 9 bytes.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { autoloaderPage, launchChromium, loadPage, serveCdn } from './cdn-server.mjs';

const ROOT = join(import.meta.dirname, '..');

/** The budget file, beside package.json. */
export const BUDGET_FILE = join(ROOT, 'size-budget.json');

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
 * Builds `code` like the shipped single file (vite.lib.config.ts); returns minified and gzip bytes
 * and the bytes per module. With `split`, dynamic imports become chunks of their own, as an app's
 * bundler makes them: the figures are then those of the first load (the entry and what it
 * imports statically) and `lazyGzip` sums the chunks loaded on demand.
 */
export async function measure(code, { external, graph, split = false } = {}) {
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

/** What an app that imports `pipeline-monitor/<tag>` loads first, Lit and zod (and Chart.js for charts) included. */
export function appBundleCost(tag) {
  return measure(`import ${JSON.stringify(join(ROOT, 'src', 'elements', tag, `${tag}.ts`))};`, { split: true });
}

/** The pages the autoloader is measured on: the issue's four, each with the tags it waits for. */
export const AUTOLOADER_PAGES = [
  { name: '<metric-card>', path: '/card', body: '<metric-card label="Lag" value="3" unit="seconds"></metric-card>', tags: ['metric-card'] },
  { name: '<pipeline-status>', path: '/status', body: '<pipeline-status pipeline-id="p"></pipeline-status>', tags: ['pipeline-status'] },
  { name: '<metric-chart>', path: '/chart', body: '<metric-chart pipeline-id="p"></metric-chart>', tags: ['metric-chart'] },
  { name: '<pipeline-dashboard>', path: '/dashboard', body: '<pipeline-dashboard pipeline-id="p"></pipeline-dashboard>', tags: ['pipeline-dashboard'] },
];

/**
 * Opens each autoloader page in Chromium against `cdnDir` served like a CDN and returns, per page,
 * the gzip bytes and files the server sent from the folder and the round trips of the waterfall.
 * The elements' API requests get 404s: they change what the elements show, not what they load.
 */
export async function measureAutoloaderPages(cdnDir) {
  const server = await serveCdn({ dir: cdnDir, pages: Object.fromEntries(AUTOLOADER_PAGES.map((p) => [p.path, autoloaderPage(p.body)])) });
  const browser = await launchChromium();
  try {
    const results = [];
    for (const page of AUTOLOADER_PAGES) {
      server.log.length = 0;
      const { roundTrips } = await loadPage(browser, `${server.origin}${page.path}`, page.tags);
      results.push({ ...page, files: server.log.length, gzip: server.log.reduce((sum, file) => sum + file.bytes, 0), roundTrips });
    }
    return results;
  } finally {
    await browser.close();
    await server.close();
  }
}

/** The budget's entry names. */
export const names = {
  singleFile: 'single file: dist/pipeline-monitor.js',
  page: (name) => `autoloader: page with only ${name}`,
  app: (tag) => `app bundle: <${tag}> alone`,
};

/**
 * Every figure the budget holds, from the build in `dist/` (run `npm run build` first) and the
 * sources: `{ [entry name]: gzip bytes }`, plus the pages' round trips for the targets.
 */
export async function budgetFigures(tags) {
  const figures = { [names.singleFile]: gzipSync(readFileSync(join(ROOT, 'dist', 'pipeline-monitor.js')), { level: 9 }).length };
  const pages = await measureAutoloaderPages(join(ROOT, 'dist', 'cdn'));
  for (const page of pages) figures[names.page(page.name)] = page.gzip;
  for (const tag of tags) figures[names.app(tag)] = (await appBundleCost(tag)).gzip;
  return { figures, pages };
}

/** The budget file's contents. */
export function readBudget() {
  return JSON.parse(readFileSync(BUDGET_FILE, 'utf8'));
}
