#!/usr/bin/env node
/// <reference types="node" />
/**
 * `pipeline-monitor serve --prometheus <url> [--port N] [--host H] [--config pipelines.json] [--timeout S]`:
 * the REST API of CONTRACT.md §1 for pipelines, metrics and history, read from Prometheus.
 */
import { parseArgs } from 'node:util';
import { MonitorError } from '../errors.js';
import { loadGatewayConfig } from './config.js';
import { createGateway } from './server.js';

const USAGE = `Usage: pipeline-monitor serve --prometheus <url> [options]

Serves the philotes REST API (pipelines, metrics, history) from Prometheus.

Options:
  --prometheus <url>   Prometheus (or Thanos, Mimir, VictoriaMetrics) base URL   (required)
  --config <file>      pipelines file: {"pipelines": [{"id", "name", "selector"}]}  (default pipelines.json)
  --port <n>           port to listen on                                          (default 8788)
  --host <host>        address to bind; 0.0.0.0 exposes it to the network          (default 127.0.0.1)
  --timeout <seconds>  answer 504 when Prometheus takes longer                     (default 10)
  -h, --help           show this help
`;

function fail(message: string): never {
  console.error(`pipeline-monitor: ${message}\n\n${USAGE}`);
  process.exit(2);
}

function number(name: string, text: string | undefined, fallback: number, min: number): number {
  if (text === undefined) return fallback;
  const value = Number(text);
  if (!Number.isFinite(value) || value < min) fail(`--${name} expects a number ≥ ${min}, got "${text}"`);
  return value;
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
  if (values.prometheus === undefined) fail('--prometheus <url> is required');
  const port = number('port', values.port, 8788, 0);
  const timeoutMs = number('timeout', values.timeout, 10, 0.001) * 1000;
  const configPath = values.config ?? 'pipelines.json';
  let pipelines;
  try {
    pipelines = await loadGatewayConfig(configPath);
  } catch (error) {
    fail(error instanceof MonitorError ? error.message : String(error));
  }
  const gateway = createGateway({ prometheus: values.prometheus, pipelines, timeoutMs });
  const server = await gateway.listen(port, values.host ?? '127.0.0.1');
  console.log(`pipeline-monitor: serving ${server.url}/api/v1 for ${pipelines.length} pipeline(s) from ${values.prometheus}`);
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => void server.close().then(() => process.exit(0)));
  }
}

await main(process.argv.slice(2));
