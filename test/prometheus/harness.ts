/**
 * A real Prometheus (Debian's `prometheus` 2.42) on 127.0.0.1 scraping a simulator every second,
 * with two hours of history backfilled from the simulator's model by `promtool`, for the Node
 * tests and (through web-test-runner.config.mjs) the Chromium ones. Everything is bounded in time
 * and cleaned up on `stop()` or when the process exits.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sourceLabel } from '../../sim/prometheus.js';
import { createSimulator, type Simulator } from '../../sim/server.js';
import { selectorFromLabels } from '../../src/sources/prometheus-selector.js';
import { writeBackfill, type BackfillPlan } from './backfill.js';

/** A running Prometheus and the simulator it scrapes. */
export interface PrometheusHarness {
  /** `http://127.0.0.1:<port>` of Prometheus, CORS open to any origin. */
  prometheusUrl: string;
  /** `http://127.0.0.1:<port>` of the simulator (REST under `/api/v1`, scrape at `/metrics`). */
  simulatorUrl: string;
  /** The simulator itself, for Node tests that compute expected values from its model. */
  simulator: Simulator;
  /** The backfill as rendered: older samples every `resolutionMs`, the last minutes every second. */
  backfill: BackfillPlan;
  /** Every simulated pipeline and the selector of its series (`source="postgres-<database>"`). */
  pipelines: HarnessPipeline[];
  /** Stops Prometheus and the simulator and deletes the data directory; safe to call twice. */
  stop(): Promise<void>;
}

/** A simulated pipeline as a Prometheus reader needs to know it. */
export interface HarnessPipeline {
  id: string;
  name: string;
  selector: string;
}

/** Tuning of {@link startPrometheusHarness}. */
export interface HarnessOptions {
  /** Simulator seed; default 1. */
  seed?: number;
  /** How far back the backfill reaches; default 2 h. */
  backfillMs?: number;
  /** Spacing of backfilled samples; default 60 s (history steps that are multiples of it read exact values). */
  resolutionMs?: number;
  /** Give up starting after this long; default 60 s. */
  timeoutMs?: number;
}

/**
 * The backfill runs this far into the future: Prometheus refuses scraped samples older than its
 * newest block, so scraping takes over exactly where the backfill ends, with no gap for rate() to
 * fall into. It must outlast writing the blocks and starting Prometheus.
 */
const LEAD_MS = 6_000;
const JOB = 'philotes';
/**
 * Runs Prometheus (`$2 $3…`) under a shell that stops it when its stdin closes: on `stop()`, and
 * also when this process dies without cleaning up (a crash, a killed test run), so no Prometheus
 * is left holding a port; then it deletes the temporary directory (`$1`).
 */
const WATCHDOG =
  // Background jobs of a non-interactive shell read /dev/null, so the pipe is kept on fd 3 for cat.
  'exec 3<&0; dir="$1"; bin="$2"; shift 2; "$bin" "$@" </dev/null 3<&- & pid=$!; ' +
  '(cat <&3 >/dev/null; kill "$pid" 2>/dev/null) & exec 3<&-; wait "$pid"; rm -rf "$dir"';
const POLL_MS = 200;

function binary(name: string): string {
  const override = process.env[`${name.toUpperCase()}_BIN`];
  const found = [override, `/usr/bin/${name}`, `/usr/local/bin/${name}`].find((p) => p !== undefined && existsSync(p));
  if (found === undefined) {
    throw new Error(`${name} is not installed: apt-get install -y prometheus (Debian ships prometheus and promtool), or set ${name.toUpperCase()}_BIN.`);
  }
  return found;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** Runs `command` to completion within `timeoutMs`; rejects with its output on failure. */
function run(command: string, args: string[], timeoutMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.once('error', reject);
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      if (code === 0) resolve();
      else reject(new Error(`${command} ${args[0] ?? ''} failed (${signal ?? `exit ${code}`}):\n${output.slice(-2000)}`));
    });
  });
}

function config(target: string): string {
  return [
    'global:',
    '  scrape_interval: 1s',
    '  scrape_timeout: 1s',
    'scrape_configs:',
    `  - job_name: ${JOB}`,
    '    static_configs:',
    `      - targets: ['${target}']`,
    '',
  ].join('\n');
}

async function queryValue(prometheusUrl: string, query: string): Promise<number | undefined> {
  try {
    const response = await fetch(`${prometheusUrl}/api/v1/query?${new URLSearchParams({ query })}`);
    const body = (await response.json()) as { data?: { result?: { value?: [number, string] }[] } };
    const value = body.data?.result?.[0]?.value?.[1];
    return value === undefined ? undefined : Number(value);
  } catch {
    return undefined;
  }
}

/** Polls `check` until it holds; rejects with `what` and Prometheus' last words at `deadline`. */
async function waitFor(check: () => Promise<boolean>, deadline: number, what: string, log: () => string): Promise<void> {
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`Prometheus harness: timed out waiting for ${what}.\n${log()}`);
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}

/**
 * Starts a simulator, backfills Prometheus from its model, starts Prometheus on a free
 * 127.0.0.1 port scraping it every second, and resolves once live scrapes have landed.
 */
export async function startPrometheusHarness(options: HarnessOptions = {}): Promise<PrometheusHarness> {
  const deadline = Date.now() + (options.timeoutMs ?? 60_000);
  const simulator = createSimulator({ seed: options.seed ?? 1 });
  const listening = await simulator.listen();
  const dir = mkdtempSync(join(tmpdir(), 'pm-prometheus-'));
  let child: ChildProcess | undefined;
  let log = '';
  // The whole process group (the watchdog shell and Prometheus), synchronously, as the process exits.
  const killOnExit = () => {
    try {
      if (child?.pid !== undefined) process.kill(-child.pid, 'SIGKILL');
    } catch {
      // Already gone.
    }
  };
  process.once('exit', killOnExit);
  let stopped: Promise<void> | undefined;
  const stop = () =>
    (stopped ??= (async () => {
      process.removeListener('exit', killOnExit);
      if (child !== undefined && child.exitCode === null && child.signalCode === null) {
        const exited = new Promise((resolve) => child?.once('exit', resolve));
        child.stdin?.end();
        const timer = setTimeout(killOnExit, 5_000);
        await exited;
        clearTimeout(timer);
      }
      await listening.close();
      rmSync(dir, { recursive: true, force: true });
    })());
  try {
    const target = new URL(listening.url).host;
    const backfill: BackfillPlan = {
      end: Math.floor((simulator.now() + LEAD_MS) / 1000) * 1000,
      spanMs: options.backfillMs ?? 2 * 3_600_000,
      resolutionMs: options.resolutionMs ?? 60_000,
      denseTailMs: 90_000,
      targetLabels: { instance: target, job: JOB },
    };
    const file = join(dir, 'backfill.om');
    await writeBackfill(simulator.model, backfill, file);
    await run(binary('promtool'), ['tsdb', 'create-blocks-from', 'openmetrics', '--quiet', file, join(dir, 'data')], deadline - Date.now());
    rmSync(file);
    writeFileSync(join(dir, 'prometheus.yml'), config(target));
    const port = await freePort();
    const prometheusUrl = `http://127.0.0.1:${port}`;
    child = spawn(
      '/bin/sh',
      [
        '-c',
        WATCHDOG,
        'prometheus',
        dir,
        binary('prometheus'),
        `--config.file=${join(dir, 'prometheus.yml')}`,
        `--storage.tsdb.path=${join(dir, 'data')}`,
        `--web.listen-address=127.0.0.1:${port}`,
        '--web.cors.origin=.*',
        '--log.level=warn',
      ],
      { stdio: ['pipe', 'pipe', 'pipe'], detached: true },
    );
    const keep = (chunk: Buffer) => (log = (log + chunk.toString()).slice(-4000));
    child.stdout?.on('data', keep);
    child.stderr?.on('data', keep);
    const exited = () => child?.exitCode !== null || child?.signalCode !== null;
    const lastWords = () => (exited() ? `Prometheus exited (${child?.exitCode ?? child?.signalCode}).\n${log}` : log);
    await waitFor(async () => {
      if (exited()) throw new Error(`Prometheus harness: prometheus did not start.\n${lastWords()}`);
      return (await fetch(`${prometheusUrl}/-/ready`).catch(() => undefined))?.ok === true;
    }, deadline, 'Prometheus to be ready', lastWords);
    // Two live scrapes past the backfill: live values and rate() windows are both covered.
    const state = `min(timestamp(philotes_cdc_pipeline_state{job="${JOB}"}))`;
    await waitFor(
      async () => ((await queryValue(prometheusUrl, state)) ?? 0) * 1000 >= backfill.end + 1000,
      deadline,
      'live scrapes of the simulator',
      lastWords,
    );
    const pipelines = simulator.model.pipelines.map((p) => ({ id: p.def.id, name: p.def.name, selector: selectorFromLabels({ source: sourceLabel(p) }) }));
    return { prometheusUrl, simulatorUrl: listening.url, simulator, backfill, pipelines, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
