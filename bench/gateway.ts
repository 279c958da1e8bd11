/**
 * The gateway under load beside the simulator's own REST API, in one run: a real Prometheus
 * (Debian's, started as test/prometheus/harness.ts does) scrapes a simulator every second; the
 * gateway (`pipeline-monitor serve`) and a second simulator (same seed, so the same pipelines)
 * each run in their own process; N concurrent keep-alive clients ask one pipeline's metrics.
 * Prints requests/s, p50/p99 latency, non-200 answers, PromQL queries per request (counted by
 * Prometheus itself) and RSS before/after, with ratios to the simulator and the issue's targets.
 *
 *   npm run bench:gateway [-- --requests 2000 --clients 50,500 --strict]
 *
 * --strict exits 1 when a target is missed.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { startPrometheusHarness } from '../test/prometheus/harness.js';

const { values } = parseArgs({
  options: { requests: { type: 'string' }, clients: { type: 'string' }, strict: { type: 'boolean' } },
});
const REQUESTS = Number(values.requests ?? 2000);
const CLIENTS = (values.clients ?? '50,500').split(',').map(Number);
const WARMUP = 200;

interface Server {
  name: string;
  url: string;
  child: ChildProcess;
}

interface Run {
  rps: number;
  p50: number;
  p99: number;
  non200: number;
  statuses: string;
  queriesPerRequest: number;
  rssBefore: number;
  rssAfter: number;
}

/** Starts `node --import tsx <args>` and resolves once `pattern` shows its URL on stdout. */
function start(name: string, args: string[], pattern: RegExp): Promise<Server> {
  const child = spawn(process.execPath, ['--import', 'tsx', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  return new Promise((resolve, reject) => {
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const url = pattern.exec(output)?.[1];
      if (url !== undefined) resolve({ name, url, child });
    };
    child.stdout.on('data', read);
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => reject(new Error(`${name} exited with ${code}:\n${output}`)));
  });
}

/** Resident set size of a process, in MB. */
function rssMb(pid: number): number {
  const line = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return Number(line?.[1] ?? Number.NaN) / 1024;
}

/** Queries Prometheus has answered so far (instant and range), from its own metrics. */
async function promqlQueries(prometheusUrl: string): Promise<number> {
  const text = await (await fetch(`${prometheusUrl}/metrics`)).text();
  let total = 0;
  for (const match of text.matchAll(/^prometheus_http_requests_total\{[^}]*handler="\/api\/v1\/query(?:_range)?"[^}]*\} (\S+)$/gm)) {
    total += Number(match[1]);
  }
  return total;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

/** `total` GETs of `url` from `clients` concurrent keep-alive clients. */
async function load(url: string, clients: number, total: number): Promise<Omit<Run, 'queriesPerRequest' | 'rssBefore' | 'rssAfter'>> {
  const agent = new Agent({ keepAlive: true, maxSockets: clients });
  const latencies: number[] = [];
  const statuses = new Map<string, number>();
  let issued = 0;
  const one = () =>
    new Promise<void>((resolve) => {
      const t0 = performance.now();
      const done = (status: string) => {
        latencies.push(performance.now() - t0);
        statuses.set(status, (statuses.get(status) ?? 0) + 1);
        resolve();
      };
      request(url, { agent }, (res) => {
        res.resume();
        res.once('end', () => done(String(res.statusCode)));
        res.once('error', () => done('reset'));
      })
        .once('error', (error: NodeJS.ErrnoException) => done(error.code ?? 'error'))
        .end();
    });
  const client = async () => {
    while (issued++ < total) await one();
  };
  const t0 = performance.now();
  await Promise.all(Array.from({ length: clients }, client));
  const seconds = (performance.now() - t0) / 1000;
  agent.destroy();
  latencies.sort((a, b) => a - b);
  const non200 = [...statuses].filter(([status]) => status !== '200').reduce((sum, [, n]) => sum + n, 0);
  return {
    rps: total / seconds,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    non200,
    statuses: [...statuses].map(([status, n]) => `${status}×${n}`).join(' '),
  };
}

async function measure(server: Server, path: string, clients: number, prometheusUrl: string): Promise<Run> {
  const url = `${server.url}${path}`;
  await load(url, Math.min(clients, 20), WARMUP);
  const rssBefore = rssMb(server.child.pid!);
  const queriesBefore = await promqlQueries(prometheusUrl);
  const result = await load(url, clients, REQUESTS);
  const queries = (await promqlQueries(prometheusUrl)) - queriesBefore;
  return { ...result, queriesPerRequest: queries / REQUESTS, rssBefore, rssAfter: rssMb(server.child.pid!) };
}

const fmt = (n: number, digits = 0) => (Number.isFinite(n) ? n.toFixed(digits) : '–');

const harness = await startPrometheusHarness({ backfillMs: 15 * 60_000 });
const dir = mkdtempSync(join(tmpdir(), 'pm-bench-gateway-'));
const servers: Server[] = [];
try {
  const config = join(dir, 'pipelines.json');
  writeFileSync(config, JSON.stringify({ pipelines: harness.pipelines }));
  const simulator = await start('simulator', ['sim/cli.ts', '--port', '0', '--seed', '1'], /listening on (http:\/\/127\.0\.0\.1:\d+)/);
  servers.push(simulator);
  const gateway = await start(
    'gateway',
    ['src/gateway/cli.ts', 'serve', '--prometheus', harness.prometheusUrl, '--config', config, '--port', '0'],
    /serving (http:\/\/127\.0\.0\.1:\d+)\/api\/v1/,
  );
  servers.push(gateway);
  const startRss = servers.map((server) => rssMb(server.child.pid!));
  const id = harness.pipelines[0]!.id;
  const path = `/api/v1/pipelines/${id}/metrics`;
  console.log(`GET ${path}, ${REQUESTS} requests per run, Prometheus scraping every 1 s\n`);
  const rows: string[][] = [];
  const checks: [string, boolean][] = [];
  for (const clients of CLIENTS) {
    const sim = await measure(simulator, path, clients, harness.prometheusUrl);
    const gw = await measure(gateway, path, clients, harness.prometheusUrl);
    for (const [name, run] of [['simulator', sim], ['gateway', gw]] as const) {
      const ratio = (a: number, b: number) => (name === 'simulator' ? '1' : fmt(a / b, 2));
      rows.push([
        String(clients),
        name,
        fmt(run.rps),
        ratio(run.rps, sim.rps),
        fmt(run.p50, 1),
        ratio(run.p50, sim.p50),
        fmt(run.p99, 1),
        ratio(run.p99, sim.p99),
        `${run.non200}${run.non200 > 0 ? ` (${run.statuses})` : ''}`,
        fmt(run.queriesPerRequest, 3),
        `${fmt(run.rssBefore, 1)} → ${fmt(run.rssAfter, 1)}`,
        fmt(run.rssAfter - run.rssBefore, 1),
      ]);
    }
    if (clients === 50) {
      checks.push(
        [`50 clients: gateway ≥ 0.5 × simulator requests/s (${fmt(gw.rps / sim.rps, 2)} ×)`, gw.rps >= 0.5 * sim.rps],
        [`50 clients: 0 non-200 (${gw.non200})`, gw.non200 === 0],
        [`50 clients: ≤ 1 PromQL query per request (${fmt(gw.queriesPerRequest, 3)})`, gw.queriesPerRequest <= 1],
        [`50 clients: RSS growth ≤ 20 MB (${fmt(gw.rssAfter - gw.rssBefore, 1)} MB)`, gw.rssAfter - gw.rssBefore <= 20],
      );
    }
  }
  const head = ['clients', 'server', 'req/s', '× sim', 'p50 ms', '× sim', 'p99 ms', '× sim', 'non-200', 'PromQL/req', 'RSS MB before → after', 'Δ MB'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  console.log(line(head));
  console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  for (const row of rows) console.log(line(row));
  console.log(`\nRSS over the whole run (start → end, MB): ${servers.map((server, i) => `${server.name} ${fmt(startRss[i]!, 1)} → ${fmt(rssMb(server.child.pid!), 1)}`).join(', ')}`);
  console.log('\nTargets:');
  for (const [text, ok] of checks) console.log(`  ${ok ? 'PASS' : 'FAIL'}  ${text}`);
  if (values.strict === true && checks.some(([, ok]) => !ok)) process.exitCode = 1;
} finally {
  for (const server of servers) server.child.kill('SIGTERM');
  await harness.stop();
  rmSync(dir, { recursive: true, force: true });
}
