/**
 * The single-file bundle for a `<script type="module">` tag: every element registered, Lit,
 * Chart.js and zod inside, minified. Per-element modules for bundlers come from
 * `tsc -p tsconfig.build.json`, which runs first into the same `dist/`.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build, defineConfig, type Plugin } from 'vite';
import { compactStylesPlugin } from './scripts/compact-styles.mjs';

const FILE = 'pipeline-monitor.js';
const LICENSES = `${FILE}.LICENSE.txt`;

/** `lit-html` or `@lit/task` for a module id inside node_modules. */
function packageOf(id: string): string | undefined {
  const match = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(id.replaceAll('\\', '/'));
  return match?.[1];
}

/**
 * Minification drops the bundled packages' license comments (Lit alone repeats its notice in
 * every module); their notices go, once each, into a text file the bundle's banner names.
 * Shared with vite.cdn.config.ts, which writes its own beside the autoloader.
 */
export function thirdPartyLicenses(fileName = LICENSES): Plugin {
  return {
    name: 'pipeline-monitor-licenses',
    generateBundle(_options, bundle) {
      const names = new Set<string>();
      for (const output of Object.values(bundle)) {
        if (output.type === 'chunk') for (const id of output.moduleIds) names.add(packageOf(id) ?? '');
      }
      names.delete('');
      const sections = [...names].sort().map((name) => {
        const dir = join(import.meta.dirname, 'node_modules', name);
        const meta = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { version: string; license: string };
        const file = existsSync(dir) ? readdirSync(dir).find((f) => /^licen[cs]e/i.test(f)) : undefined;
        const text = file === undefined ? `License: ${meta.license}` : readFileSync(join(dir, file), 'utf8').trim();
        return `${name}@${meta.version}\n\n${text}`;
      });
      this.emitFile({ type: 'asset', fileName, source: `${sections.join(`\n\n${'-'.repeat(72)}\n\n`)}\n` });
    },
  };
}

/** The file beside the single file holding the German words. */
const GERMAN = 'pipeline-monitor-de.js';

/**
 * Keeps the German catalogue out of the single file: English pages do not download it. The file's
 * `import('./de.js')` points at `pipeline-monitor-de.js` beside it, built here from `src/i18n/de.ts`
 * (which imports nothing at run time). Only for builds into one file (the single file, and the size
 * bench's measure of it): the bench's app bundles split, and make German a chunk of their own.
 */
function germanBeside(): Plugin {
  let single = false;
  let writes = false;
  return {
    name: 'pipeline-monitor-german-beside',
    enforce: 'pre',
    configResolved(config) {
      const output = config.build.rolldownOptions.output;
      single = !Array.isArray(output) && output?.codeSplitting === false;
      writes = config.build.lib !== false && config.build.lib.entry === 'src/index.ts';
    },
    resolveId(source, importer) {
      if (!single || source !== './de.js' || !importer?.replaceAll('\\', '/').endsWith('src/i18n/localize.ts')) return null;
      return { id: `./${GERMAN}`, external: true };
    },
    async closeBundle() {
      if (!single || !writes) return;
      await build({
        configFile: false,
        root: import.meta.dirname,
        publicDir: false,
        logLevel: 'warn',
        plugins: [],
        build: {
          outDir: 'dist',
          emptyOutDir: false,
          target: 'es2022',
          sourcemap: true,
          lib: { entry: 'src/i18n/de.ts', formats: ['es'], fileName: () => GERMAN },
          rolldownOptions: { output: { minify: true, comments: false } },
        },
      });
    },
  };
}

export default defineConfig({
  root: import.meta.dirname,
  publicDir: false,
  // Production builds of the dependencies: Lit's dev-mode warnings and checks stay out.
  mode: 'production',
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  plugins: [compactStylesPlugin(), germanBeside(), thirdPartyLicenses()],
  build: {
    outDir: 'dist',
    emptyOutDir: false,
    target: 'es2022',
    sourcemap: true,
    lib: { entry: 'src/index.ts', formats: ['es'], fileName: () => FILE },
    rolldownOptions: {
      output: {
        codeSplitting: false,
        // Library mode keeps whitespace and annotations in ES output for re-bundling; nobody
        // re-bundles this file, so it is minified in full.
        minify: true,
        comments: false,
        postBanner: `/*! pipeline-monitor | MIT | bundled third-party notices: ${LICENSES} */`,
      },
    },
  },
});
