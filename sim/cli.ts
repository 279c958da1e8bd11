/**
 * Starts the simulated philotes back end:
 * `node --import tsx sim/cli.ts [--port N] [--seed N] [--pipelines N]`.
 * Prints the URL and serves until interrupted.
 */
import { parseArgs } from 'node:util';
import { DEFAULT_FLEET_SIZE, MAX_FLEET_SIZE } from './fleet.js';
import { createSimulator } from './server.js';

function integer(name: string, text: string | undefined, fallback: number): number {
  if (text === undefined) return fallback;
  const value = Number(text);
  if (!Number.isInteger(value) || value < 0) {
    console.error(`--${name} expects a whole number, got "${text}"`);
    process.exit(2);
  }
  return value;
}

const { values } = parseArgs({ options: { port: { type: 'string' }, seed: { type: 'string' }, pipelines: { type: 'string' } } });
const seed = integer('seed', values.seed, 1);
const port = integer('port', values.port, 8787);
const pipelines = integer('pipelines', values.pipelines, DEFAULT_FLEET_SIZE);
if (pipelines > MAX_FLEET_SIZE) {
  console.error(`--pipelines expects at most ${MAX_FLEET_SIZE}, got ${pipelines}`);
  process.exit(2);
}
const server = await createSimulator({ seed, pipelines }).listen(port);
console.log(`philotes simulator (seed ${seed}, ${pipelines} pipelines) listening on ${server.url}`);
console.log(`  REST API   ${server.url}/api/v1/pipelines`);
console.log(`  Prometheus ${server.url}/metrics`);
console.log(`  faults     ${server.url}/__sim/faults (see sim/README.md)`);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => void server.close().then(() => process.exit(0)));
}
