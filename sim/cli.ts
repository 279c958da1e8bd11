/**
 * Starts the simulated philotes back end:
 * `node --import tsx sim/cli.ts [--port N] [--seed N] [--pipelines N]`.
 * Prints the URL and serves until interrupted.
 */
import { parseArgs } from 'node:util';
import { DEFAULT_FLEET_SIZE, MAX_FLEET_SIZE } from './fleet.js';
import { createSimulator } from './server.js';

/** One line on stderr and exit 2: a mistyped option is not a crash, so no stack trace. */
function fail(message: string): never {
  console.error(`simulator: ${message.split('\n')[0]}`);
  process.exit(2);
}

function integer(name: string, text: string | undefined, fallback: number, max = Number.MAX_SAFE_INTEGER): number {
  if (text === undefined) return fallback;
  const value = Number(text);
  if (text.trim() === '' || !Number.isInteger(value) || value < 0 || value > max) fail(`--${name} expects a whole number from 0 to ${max}, got "${text}"`);
  return value;
}

let values: { port?: string | undefined; seed?: string | undefined; pipelines?: string | undefined };
try {
  ({ values } = parseArgs({ options: { port: { type: 'string' }, seed: { type: 'string' }, pipelines: { type: 'string' } } }));
} catch (error) {
  fail(error instanceof Error ? error.message : String(error));
}
const seed = integer('seed', values.seed, 1);
const port = integer('port', values.port, 8787, 65_535);
const pipelines = integer('pipelines', values.pipelines, DEFAULT_FLEET_SIZE, MAX_FLEET_SIZE);
const server = await createSimulator({ seed, pipelines })
  .listen(port)
  .catch((error: unknown) => fail(`cannot listen on port ${port}: ${error instanceof Error ? error.message : String(error)}`));
console.log(`philotes simulator (seed ${seed}, ${pipelines} pipelines) listening on ${server.url}`);
console.log(`  REST API   ${server.url}/api/v1/pipelines`);
console.log(`  Prometheus ${server.url}/metrics`);
console.log(`  faults     ${server.url}/__sim/faults (see sim/README.md)`);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => void server.close().then(() => process.exit(0)));
}
