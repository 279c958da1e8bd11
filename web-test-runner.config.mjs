import { esbuildPlugin } from '@web/dev-server-esbuild';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { existsSync, readdirSync } from 'node:fs';
import { register } from 'tsx/esm/api';

const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(executablePath)) {
  console.error(`\nNo Chromium found at ${executablePath}.\nInstall it with:  apt-get update && apt-get install -y chromium\n(or set CHROMIUM_PATH to a Chromium/Chrome binary).\n`);
  process.exit(1);
}

// The simulator is TypeScript run by Node: tsx lets this config load it.
register();
const { createSimulator } = await import('./sim/server.ts');

/** Serves the simulated back end at the test server's own origin, one fresh fleet per run. */
function simulatorMiddleware() {
  const sim = createSimulator();
  return async (ctx, next) => {
    ctx.respond = false;
    if (await sim.handle(ctx.req, ctx.res)) return;
    ctx.respond = true;
    await next();
  };
}

/**
 * Serves `/__harness.json` for test/prometheus/live.test.ts: a real Prometheus scraping a
 * simulator (test/prometheus/harness.ts), started on the first request only, so runs without
 * that test never start Prometheus; stopped with the test server. `/__harness/band.json?pipeline=
 * &from=&to=` answers what the simulator's model did over [from, to] (ms), the bands the Node tests
 * compute from the same model (agreement.ts), so both bound values read through Prometheus alike.
 */
function prometheusHarnessPlugin() {
  let started;
  const answer = async (context) => {
    const harness = await started;
    if (context.path === '/__harness.json') {
      const { prometheusUrl, simulatorUrl, backfill, pipelines } = harness;
      return { prometheusUrl, simulatorUrl, backfillEnd: backfill.end, pipelines };
    }
    const { headlineBands } = await import('./test/prometheus/agreement.ts');
    const id = context.URL.searchParams.get('pipeline');
    const [from, to] = ['from', 'to'].map((name) => Number(context.URL.searchParams.get(name)));
    const p = harness.simulator.model.pipelines.find((candidate) => candidate.def.id === id);
    if (p === undefined || !(from <= to)) throw new Error(`no band for pipeline=${id} from=${from} to=${to}`);
    return headlineBands(p, from, to);
  };
  return {
    name: 'prometheus-harness',
    async serve(context) {
      if (context.path !== '/__harness.json' && context.path !== '/__harness/band.json') return undefined;
      started ??= import('./test/prometheus/harness.ts').then(({ startPrometheusHarness }) => startPrometheusHarness());
      try {
        return { body: JSON.stringify(await answer(context)), type: 'json' };
      } catch (error) {
        return { body: JSON.stringify({ error: String(error?.stack ?? error) }), type: 'json' };
      }
    },
    async serverStop() {
      if (started) await (await started.catch(() => undefined))?.stop();
    },
  };
}

/** Serves `/__stories.js`: a loader per stories file, so the story test covers new files by itself. */
function storiesIndexPlugin() {
  return {
    name: 'stories-index',
    serve(context) {
      if (context.path !== '/__stories.js') return undefined;
      const files = readdirSync('stories').filter((name) => name.endsWith('.stories.ts')).sort();
      const entries = files.map((name) => `  ${JSON.stringify(name)}: () => import('/stories/${name}'),`);
      return { body: `export const storyModules = {\n${entries.join('\n')}\n};\n`, type: 'js' };
    },
  };
}

/** Prepends test/support/failure-report.ts to every test file, so a failure is reported, not a timeout. */
function failureReportPlugin() {
  return {
    name: 'failure-report',
    transform(context) {
      if (!context.path.startsWith('/test/') || !context.path.endsWith('.test.ts')) return undefined;
      return { body: `import '/test/support/failure-report.ts';\n${context.body}` };
    },
  };
}

export default {
  // *.node.test.ts run in Node (node --test), not in the browser.
  files: ['test/**/*.test.ts', '!test/**/*.node.test.ts'],
  nodeResolve: true,
  middleware: [simulatorMiddleware()],
  plugins: [storiesIndexPlugin(), prometheusHarnessPlugin(), failureReportPlugin(), esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2022' })],
  browsers: [
    playwrightLauncher({
      product: 'chromium',
      launchOptions: {
        executablePath,
        headless: true,
        args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
      },
    }),
  ],
};
