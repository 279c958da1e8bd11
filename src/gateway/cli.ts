#!/usr/bin/env node
/// <reference types="node" />
/**
 * `pipeline-monitor serve --prometheus <url> [options]`: the REST API of CONTRACT.md §1 for
 * pipelines, metrics and history, read from Prometheus. A bad option is one line on stderr and
 * exit code 2, never a stack trace.
 */
import { parseArgs } from 'node:util';
import { MonitorError } from '../errors.js';
import { loadGatewayConfig } from './config.js';
import { createGateway } from './server.js';

const USAGE = `Usage: pipeline-monitor serve --prometheus <url> [options]

Serves the philotes REST API (pipelines, metrics, history) from Prometheus.

Options:
  --prometheus <url>      Prometheus (or Thanos, Mimir, VictoriaMetrics) base URL        (required)
  --config <file>         pipelines file: {"pipelines": [{"id", "name", "selector"}]}    (default pipelines.json)
  --port <n>              port to listen on, 0 to 65535                                  (default 8788)
  --host <host>           address to bind; 0.0.0.0 exposes it to the network             (default 127.0.0.1)
  --timeout <seconds>     answer 504 when Prometheus takes longer                        (default 10)
  --cache <seconds>       reuse answers this long       (default Prometheus' scrape interval, else 5)
  --max-queries <n>       queries sent to Prometheus at once                             (default 8)
  --max-queue <n>         queries waiting before answering 503 + Retry-After             (default 256)
  --max-answer-mb <n>     refuse Prometheus answers larger than this                     (default 16)
  --cors-origin <origin>  let pages on this origin read the API; repeat, or * for any    (default none)
  -h, --help              show this help
`;

/** One line on stderr (the first line of `message`) and exit 2. */
function fail(message: string): never {
  console.error(`pipeline-monitor: ${message.split('\n')[0]} (see --help)`);
  process.exit(2);
}

function number(name: string, text: string | undefined, fallback: number, min: number, max = Number.MAX_SAFE_INTEGER, whole = false): number {
  if (text === undefined) return fallback;
  const value = Number(text);
  if (text.trim() === '' || !Number.isFinite(value) || value < min || value > max || (whole && !Number.isInteger(value))) {
    fail(`--${name} expects ${whole ? 'a whole number' : 'a number'} from ${min} to ${max}, got "${text}"`);
  }
  return value;
}

function prometheusUrl(text: string | undefined): string {
  if (text === undefined) fail('--prometheus <url> is required');
  let url: URL | undefined;
  try {
    url = new URL(text);
  } catch {
    url = undefined;
  }
  if (url === undefined || (url.protocol !== 'http:' && url.protocol !== 'https:')) {
    fail(`--prometheus expects an http:// or https:// URL such as http://prometheus:9090, got "${text}"`);
  }
  return text;
}

async function main(argv: string[]): Promise<void> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        prometheus: { type: 'string' },
        config: { type: 'string' },
        port: { type: 'string' },
        host: { type: 'string' },
        timeout: { type: 'string' },
        cache: { type: 'string' },
        'max-queries': { type: 'string' },
        'max-queue': { type: 'string' },
        'max-answer-mb': { type: 'string' },
        'cors-origin': { type: 'string', multiple: true },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    fail(error instanceof Error ? error.message : String(error));
  }
  const { values, positionals } = parsed;
  if (values.help === true) {
    console.log(USAGE);
    return;
  }
  if (positionals[0] !== 'serve' || positionals.length > 1) fail('expected the command "serve"');
  const prometheus = prometheusUrl(values.prometheus);
  const port = number('port', values.port, 8788, 0, 65_535, true);
  const host = values.host ?? '127.0.0.1';
  const cache = values.cache === undefined ? undefined : number('cache', values.cache, 0, 0, 3600) * 1000;
  const corsOrigins = (values['cors-origin'] ?? []).flatMap((o) => o.split(',')).map((o) => o.trim()).filter((o) => o !== '');
  const options = {
    prometheus,
    timeoutMs: number('timeout', values.timeout, 10, 0.001) * 1000,
    maxConcurrentQueries: number('max-queries', values['max-queries'], 8, 1, 10_000, true),
    maxQueuedQueries: number('max-queue', values['max-queue'], 256, 0, 1_000_000, true),
    maxAnswerBytes: number('max-answer-mb', values['max-answer-mb'], 16, 0.001, 4096) * 1e6,
    corsOrigins,
    ...(cache === undefined ? {} : { cacheTtlMs: cache }),
  };
  const configPath = values.config ?? 'pipelines.json';
  let pipelines;
  try {
    pipelines = await loadGatewayConfig(configPath);
  } catch (error) {
    fail(error instanceof MonitorError ? error.message : String(error));
  }
  const gateway = createGateway({ ...options, pipelines });
  let server;
  try {
    server = await gateway.listen(port, host);
  } catch (error) {
    fail(`cannot listen on ${host}:${port}: ${error instanceof Error ? error.message : String(error)}`);
  }
  console.log(`pipeline-monitor: serving ${server.url}/api/v1 for ${pipelines.length} pipeline(s) from ${prometheus}`);
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => void server.close().then(() => process.exit(0)));
  }
}

await main(process.argv.slice(2));
