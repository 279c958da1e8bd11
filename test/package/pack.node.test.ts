/**
 * The package as an app installs it: `npm pack`, the tarball unpacked into a scratch project's
 * node_modules beside the dependencies it declares (and theirs, from this repository's install),
 * then what a user does with it: import entries (Node, with Lit's server DOM shim), type-check
 * against them, bundle them with esbuild. Nothing here asks the registry or the npm cache, so the
 * test passes on a fresh machine and offline once `npm ci` has run.
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { after, before, describe, it } from 'node:test';
import { build } from 'esbuild';
import { requireBuild, ROOT, sourceElements } from './support.js';

const run = promisify(execFile);

interface PackResult {
  filename: string;
  files: { path: string }[];
}

/** Runs `source` as an ES module in the scratch app and returns what it printed as JSON. */
async function nodeEval(app: string, source: string): Promise<unknown> {
  const { stdout } = await run(process.execPath, ['--input-type=module', '-e', source], { cwd: app });
  return JSON.parse(stdout);
}

/** Bundles `source` the way an app's bundler would and returns the package files it pulled in. */
async function bundle(app: string, source: string): Promise<{ inputs: string[]; code: string }> {
  const result = await build({
    stdin: { contents: source, resolveDir: app, loader: 'js' },
    bundle: true,
    write: false,
    format: 'esm',
    metafile: true,
    logLevel: 'silent',
  });
  return { inputs: Object.keys(result.metafile.inputs), code: result.outputFiles[0]?.text ?? '' };
}

/** The inputs of what an app with code splitting loads first, and of the chunks it loads on demand. */
async function splitBundle(app: string, source: string): Promise<{ first: string[]; onDemand: string[] }> {
  const result = await build({
    stdin: { contents: source, resolveDir: app, loader: 'js', sourcefile: 'app.js' },
    bundle: true,
    splitting: true,
    outdir: join(app, 'out'),
    write: false,
    format: 'esm',
    metafile: true,
    logLevel: 'silent',
  });
  const outputs = result.metafile.outputs;
  const first = new Set<string>();
  const visit = (file: string) => {
    if (first.has(file)) return;
    first.add(file);
    for (const { path, kind } of outputs[file]?.imports ?? []) if (kind === 'import-statement') visit(path);
  };
  visit(Object.keys(outputs).find((file) => outputs[file]?.entryPoint !== undefined)!);
  const inputsOf = (files: string[]) => files.flatMap((file) => Object.keys(outputs[file]?.inputs ?? {}));
  return { first: inputsOf([...first]), onDemand: inputsOf(Object.keys(outputs).filter((file) => !first.has(file))) };
}

/**
 * Links into `app/node_modules` every package `declared` names and, through package-lock.json,
 * everything those depend on: what `npm install` would bring, and nothing the package forgot to
 * declare (dev dependencies stay out of reach of the unpacked package).
 */
function linkDependencies(app: string, declared: string[]): void {
  const lock = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8')) as {
    packages: Record<string, { dependencies?: Record<string, string>; peerDependencies?: Record<string, string> }>;
  };
  const pending = [...declared];
  const linked = new Set<string>();
  while (pending.length > 0) {
    const name = pending.pop()!;
    if (linked.has(name)) continue;
    const entry = lock.packages[`node_modules/${name}`];
    if (!entry) throw new Error(`${name} is not in package-lock.json: is it declared?`);
    linked.add(name);
    const target = join(app, 'node_modules', name);
    mkdirSync(dirname(target), { recursive: true });
    symlinkSync(join(ROOT, 'node_modules', name), target, 'dir');
    const peers = Object.keys(entry.peerDependencies ?? {}).filter((peer) => lock.packages[`node_modules/${peer}`]);
    pending.push(...Object.keys(entry.dependencies ?? {}), ...peers);
  }
}

describe('the npm package installed into a scratch app', { timeout: 60_000 }, () => {
  let dir = '';
  let app = '';
  let packed: PackResult;

  before(async () => {
    requireBuild();
    dir = mkdtempSync(join(tmpdir(), 'pipeline-monitor-pack-'));
    // An empty cache of its own: what the test needs must not come from an earlier install.
    const env = { ...process.env, npm_config_cache: join(dir, 'npm-cache') };
    const { stdout } = await run('npm', ['pack', '--json', '--pack-destination', dir], { cwd: ROOT, env });
    [packed] = JSON.parse(stdout) as [PackResult];
    app = join(dir, 'app');
    const installed = join(app, 'node_modules', 'pipeline-monitor');
    mkdirSync(installed, { recursive: true });
    writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'scratch-app', private: true, type: 'module' }));
    await run('tar', ['-xzf', join(dir, packed.filename), '-C', installed, '--strip-components=1']);
    const manifest = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8')) as { dependencies?: Record<string, string> };
    linkDependencies(app, Object.keys(manifest.dependencies ?? {}));
  });

  after(() => {
    if (dir !== '') rmSync(dir, { recursive: true, force: true });
  });

  it('ships the build, the manifest and the README, and no sources or tests', () => {
    const paths = packed.files.map((file) => file.path);
    for (const file of ['dist/pipeline-monitor.js', 'dist/cdn/autoloader.js', 'dist/cdn/chunks.json', 'dist/index.js', 'dist/index.d.ts', 'dist/jsx.d.ts', 'custom-elements.json', 'README.md']) {
      assert.ok(paths.includes(file), `${file} is in the tarball`);
    }
    assert.deepEqual(
      paths.filter((path) => !/^(dist\/|custom-elements\.json$|README\.md$|package\.json$|LICENSE)/.test(path)),
      [],
    );
  });

  it('resolves the root, an element, its class, the bundle and the autoloader through `exports`', async () => {
    const specifiers = [
      'pipeline-monitor',
      'pipeline-monitor/metric-card',
      'pipeline-monitor/metric-card/class',
      'pipeline-monitor/pipeline-monitor.js',
      'pipeline-monitor/cdn/autoloader.js',
    ];
    const resolved = (await nodeEval(app, `console.log(JSON.stringify(${JSON.stringify(specifiers)}.map((s) => import.meta.resolve(s))))`)) as string[];
    assert.deepEqual(
      resolved.map((url) => url.replace(/^.*\/node_modules\/pipeline-monitor\//, '')),
      [
        'dist/index.js',
        'dist/elements/metric-card/metric-card.js',
        'dist/elements/metric-card/metric-card.class.js',
        'dist/pipeline-monitor.js',
        'dist/cdn/autoloader.js',
      ],
    );
    for (const url of resolved) assert.ok(existsSync(new URL(url)), `${url} exists`);
  });

  it('has an entry and a class entry, each with types, for every element in src/', async () => {
    const tags = (await sourceElements()).map((element) => element.tag);
    const specifiers = tags.flatMap((tag) => [`pipeline-monitor/${tag}`, `pipeline-monitor/${tag}/class`]);
    const resolved = (await nodeEval(app, `console.log(JSON.stringify(${JSON.stringify(specifiers)}.map((s) => import.meta.resolve(s))))`)) as string[];
    const missing = resolved
      .flatMap((url) => [url, url.replace(/\.js$/, '.d.ts')])
      .filter((url) => !existsSync(new URL(url)))
      .map((url) => url.replace(/^.*\/node_modules\/pipeline-monitor\//, ''));
    assert.deepEqual(missing, [], 'each element folder has <tag>.ts (registers) and <tag>.class.ts (the class alone)');
  });

  it('registers <metric-card> from the element entry and the root, but not from the class entry', async () => {
    const result = await nodeEval(
      app,
      `const { MetricCard } = await import('pipeline-monitor/metric-card/class');
       const afterClass = customElements.get('metric-card');
       await import('pipeline-monitor/metric-card');
       const afterElement = customElements.get('metric-card') === MetricCard;
       const root = await import('pipeline-monitor');
       console.log(JSON.stringify({ afterClass: afterClass ?? null, afterElement, sameClass: root.MetricCard === MetricCard, api: typeof root.configureEndpoint }));`,
    );
    assert.deepEqual(result, { afterClass: null, afterElement: true, sameClass: true, api: 'function' });
  });

  it('gives TypeScript users checked properties, tags, and JSX props and events', async () => {
    const types = join(ROOT, 'node_modules', '@types', 'react');
    writeFileSync(
      join(app, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          strict: true,
          noEmit: true,
          target: 'ES2022',
          module: 'ESNext',
          moduleResolution: 'bundler',
          lib: ['ES2023', 'DOM', 'DOM.Iterable'],
          jsx: 'react-jsx',
          types: [],
          paths: { react: [join(types, 'index.d.ts')], 'react/jsx-runtime': [join(types, 'jsx-runtime.d.ts')] },
        },
        files: ['app.ts', 'view.tsx'],
      }),
    );
    writeFileSync(
      join(app, 'app.ts'),
      `import 'pipeline-monitor/metric-card';
import { MetricCard } from 'pipeline-monitor/metric-card/class';
import { configureEndpoint, type PipelineMetrics } from 'pipeline-monitor';
const card = document.createElement('metric-card');
card.unit = 'rate';
card.history = [1, 2, 3];
// @ts-expect-error: units are a closed list
card.unit = 'furlongs';
customElements.define('my-card', class extends MetricCard {});
configureEndpoint('/api/v1', { credentials: 'include' });
export const rate = (metrics: PipelineMetrics): number => metrics.events_per_second;
`,
    );
    writeFileSync(
      join(app, 'view.tsx'),
      `import type {} from 'pipeline-monitor/jsx';
export const ok = <metric-card label="Lag" value={3} unit="seconds" history={[1, 2]} lowerIsBetter className="wide" />;
// @ts-expect-error: units are a closed list
export const bad = <metric-card unit="furlongs" />;
export const listener = <auto-refresh onpm-interval-change={(event) => event.detail.intervalMs} />;
export const detail = <pipeline-dashboard endpoint="/api/v1" pipelineId="4f1c2a9e" syncUrl />;
// @ts-expect-error: as the README shows it, the id is checked: a string
export const wrongId = <pipeline-dashboard pipelineId={42} />;
// @ts-expect-error: the event's detail is typed
export const wrongDetail = <auto-refresh onpm-interval-change={(event) => event.detail.seconds} />;
`,
    );
    const tsc = join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
    const result = await run(process.execPath, [tsc, '-p', join(app, 'tsconfig.json')], { cwd: app }).catch((error: { stdout: string }) => error);
    assert.equal(result.stdout, '');
  });

  it('bundles an app using only <metric-card> without Chart.js, and the class alone without registering', async () => {
    const card = await bundle(app, `import 'pipeline-monitor/metric-card';`);
    assert.ok(card.inputs.some((input) => input.includes('node_modules/lit-html/')), 'Lit is bundled');
    assert.deepEqual(card.inputs.filter((input) => /node_modules\/(chart\.js|@kurkle)\//.test(input)), []);
    assert.match(card.code, /\(\s*"metric-card"\s*,\s*MetricCard\s*\)/, 'the element entry keeps its registration');

    const cls = await bundle(app, `import { MetricCard } from 'pipeline-monitor/metric-card/class'; export class MyCard extends MetricCard {}`);
    assert.deepEqual(cls.inputs.filter((input) => input.endsWith('/dist/define.js')), []);
    assert.doesNotMatch(cls.code, /"metric-card"/);
  });

  it('splits the Prometheus source into a chunk that a REST-only app never loads', async () => {
    const { first, onDemand } = await splitBundle(app, `import 'pipeline-monitor/pipeline-status';`);
    const prometheus = (inputs: string[]) => inputs.filter((input) => /\/dist\/sources\/(prometheus-|promql)/.test(input));
    assert.ok(first.some((input) => input.endsWith('/dist/sources/rest-source.js')), 'the REST source loads first');
    assert.deepEqual(prometheus(first), []);
    assert.ok(prometheus(onDemand).some((input) => input.endsWith('/dist/sources/prometheus-source.js')), 'Prometheus loads on demand');
  });
});
