/**
 * The folder for plain HTML pages, `dist/cdn/`: `autoloader.js` and the ES-module chunks it
 * imports. Every element's registration entry (`src/elements/<tag>/<tag>.ts`) is an entry of one
 * code-split build, so a page downloads only the chunks its tags need (see `layers` for how
 * they are cut). Once the chunks have their hashed names, a second build makes the
 * autoloader with each tag's whole chunk list inside (also written to `chunks.json` for the
 * size bench and the tests); `configure-endpoint.js` gives plain pages `configureEndpoint`.
 * Chunks import each other by relative URLs and the autoloader resolves them against its own
 * URL, so the folder works from any origin or path.
 */
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build, defineConfig, type InlineConfig, type Plugin, type Rolldown } from 'vite';
import { compactStylesPlugin } from './scripts/compact-styles.mjs';
import { thirdPartyLicenses } from './vite.lib.config.js';

type OutputBundle = Rolldown.OutputBundle;
type OutputChunk = Rolldown.OutputChunk;
type CodeSplittingOptions = Exclude<NonNullable<Rolldown.OutputOptions['codeSplitting']>, boolean>;

const OUT = join(import.meta.dirname, 'dist', 'cdn');
const LICENSES = 'LICENSES.txt';
const BANNER = `/*! pipeline-monitor | MIT | third-party notices: ${LICENSES} */`;

/** `{ 'metric-card': 'src/elements/metric-card/metric-card.ts', … }`: every folder with a registering entry and a class. */
function elementEntries(): Record<string, string> {
  const dir = join(import.meta.dirname, 'src', 'elements');
  const tags = readdirSync(dir).filter((tag) => existsSync(join(dir, tag, `${tag}.ts`)) && existsSync(join(dir, tag, `${tag}.class.ts`)));
  return Object.fromEntries(tags.sort().map((tag) => [tag, join(dir, tag, `${tag}.ts`)]));
}

/** Each tag's entry file and every chunk it imports statically, however deep; dynamic imports stay on demand. */
function chunkManifest(bundle: OutputBundle, tags: string[]): Record<string, string[]> {
  const chunks = Object.values(bundle).filter((output): output is OutputChunk => output.type === 'chunk');
  const byName = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
  const closure = (chunk: OutputChunk, seen: Set<string>): Set<string> => {
    if (seen.has(chunk.fileName)) return seen;
    seen.add(chunk.fileName);
    for (const name of chunk.imports) {
      const imported = byName.get(name);
      if (imported !== undefined) closure(imported, seen);
    }
    return seen;
  };
  return Object.fromEntries(
    chunks
      .filter((chunk) => chunk.isEntry && tags.includes(chunk.name))
      .sort((a, b) => a.name.localeCompare(b.name))
      .map((chunk) => [chunk.name, [...closure(chunk, new Set())]]),
  );
}

/** Settings both builds share: production Lit, and no copy of `public/`. */
const shared = {
  root: import.meta.dirname,
  publicDir: false,
  mode: 'production',
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  logLevel: 'warn',
} satisfies InlineConfig;

/** The name of the module that exports `configureEndpoint`, beside the autoloader. */
const CONFIGURE = 'configure-endpoint.js';

/**
 * `configure-endpoint.js`: `configureEndpoint` for pages that send tokens, under a name that
 * never changes. It is the store's own module (the same instance the elements read), so a page
 * script that imports it before the autoloader's script configures the endpoint before any
 * element connects.
 */
function configureEntry(): Plugin {
  return {
    name: 'pipeline-monitor-configure-endpoint',
    buildStart() {
      this.emitFile({ type: 'chunk', id: join(import.meta.dirname, 'src', 'config.ts'), fileName: CONFIGURE, preserveSignature: 'strict' });
    },
  };
}

/** Builds `autoloader.js` once the element chunks are written, with their manifest inside. */
function autoloader(tags: string[]): Plugin {
  let manifest: Record<string, string[]> = {};
  return {
    name: 'pipeline-monitor-autoloader',
    generateBundle(_options, bundle) {
      manifest = chunkManifest(bundle, tags);
    },
    async closeBundle() {
      writeFileSync(join(OUT, 'chunks.json'), `${JSON.stringify(manifest, null, 2)}\n`);
      // Each file name once, and each tag's list as indices into them: the lists overlap a lot.
      const files = [...new Set(Object.values(manifest).flat())];
      const indices = Object.fromEntries(Object.entries(manifest).map(([tag, list]) => [tag, list.map((file) => files.indexOf(file))]));
      const entry = `
        import { createAutoloader } from ${JSON.stringify(join(import.meta.dirname, 'src', 'autoloader.ts'))};
        const files = ${JSON.stringify(files)};
        const chunks = Object.fromEntries(Object.entries(${JSON.stringify(indices)}).map(([tag, list]) => [tag, list.map((i) => files[i])]));
        const loader = createAutoloader(chunks, import.meta.url);
        loader.observe(document);
        export const observe = (root) => loader.observe(root);`;
      await build({
        ...shared,
        configFile: false,
        plugins: [
          {
            name: 'pipeline-monitor-autoloader-entry',
            resolveId: (id) => (id.endsWith('virtual:autoloader') ? '\0autoloader' : null),
            load: (id) => (id === '\0autoloader' ? entry : null),
          },
        ],
        build: {
          outDir: OUT,
          emptyOutDir: false,
          target: 'es2022',
          sourcemap: true,
          lib: { entry: 'virtual:autoloader', formats: ['es'], fileName: () => 'autoloader.js' },
          rolldownOptions: { output: { minify: true, comments: false, postBanner: BANNER } },
        },
      });
    },
  };
}

/** How the chunking hook looks a module up. */
type ModuleInfoOf = (id: string) => { importers: readonly string[] } | null;

/** The tags whose entries import `id`, however indirectly (static imports only). */
function tagsReaching(id: string, info: ModuleInfoOf, entries: Record<string, string>): Set<string> {
  const tags = new Set<string>();
  const seen = new Set<string>();
  const stack = [id];
  for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
    if (seen.has(next)) continue;
    seen.add(next);
    for (const [tag, file] of Object.entries(entries)) if (next === file) tags.add(tag);
    stack.push(...(info(next)?.importers ?? []));
  }
  return tags;
}

/**
 * Automatic splitting makes one chunk per set of tags sharing a module: 28 files for the
 * dashboard, each a gzip stream of its own with import and export lists, which cost a
 * `<metric-card>` page 10 % more than its code. Three layers merge the small ones, chosen so
 * the two smallest pages the issue sets targets for download nothing they do not run:
 * - `core`: what `<metric-card>` and `<pipeline-status>` both use (Lit, tokens, Intl formats);
 * - `card`: the rest of what `<metric-card>` uses and at least two other tags share (its own
 *   code, which the grid and the dashboard render, number formats, Lit's class-map);
 * - `data`: what `<pipeline-status>` uses and at least two other tags share (the store, zod,
 *   the REST source, the controls).
 * Everything else (one element's own code, Chart.js) stays split automatically.
 */
function layers(entries: Record<string, string>): CodeSplittingOptions {
  const all = Object.keys(entries).length;
  const memo = new Map<string, string | null>();
  const layerOf = (id: string, info: ModuleInfoOf): string | null => {
    // Reached through an index by every page, used by few: the context provider (the dashboard's)
    // and Go durations (the Prometheus source's) would otherwise ride in layers of pages that never run them.
    if (/@lit\/context\/.*(context-provider|value-notifier)|format\/go-duration/.test(id)) return null;
    if (!memo.has(id)) {
      const tags = tagsReaching(id, info, entries);
      const card = tags.has('metric-card');
      const status = tags.has('pipeline-status');
      memo.set(id, tags.size === all || (card && status) ? 'core' : card && tags.size >= 3 ? 'card' : status && tags.size >= 3 ? 'data' : null);
    }
    return memo.get(id) ?? null;
  };
  return {
    groups: ['core', 'card', 'data'].map((name, index) => ({
      name: (id, ctx) => (layerOf(id, (m) => ctx.getModuleInfo(m)) === name ? name : null),
      debugName: name,
      // A layer also takes its modules' dependencies: the wider layers choose first.
      priority: 3 - index,
    })),
  };
}

const entries = elementEntries();

export default defineConfig({
  ...shared,
  plugins: [compactStylesPlugin(), thirdPartyLicenses(LICENSES), configureEntry(), autoloader(Object.keys(entries))],
  build: {
    outDir: OUT,
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: true,
    lib: { entry: entries, formats: ['es'], fileName: (_format, name) => `${name}-[hash].js` },
    rolldownOptions: {
      preserveEntrySignatures: false,
      output: {
        chunkFileNames: 'chunk-[hash].js',
        codeSplitting: layers(entries),
        // Nobody re-bundles these files: minified in full, like the single file.
        minify: true,
        comments: false,
        // The notice is the autoloader's: a banner in each of the chunks would cost a page with
        // the dashboard more than 1 kB gzip.
      },
    },
  },
});
