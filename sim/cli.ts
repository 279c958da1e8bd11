/**
 * Starts the simulated philotes back end: `node --import tsx sim/cli.ts [--port N] [--seed N]`.
 * Prints the URL and serves until interrupted.
 */
import { parseArgs } from 'node:util';
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

const { values } = parseArgs({ options: { port: { type: 'string' }, seed: { type: 'string' } } });
const seed = integer('seed', values.seed, 1);
const port = integer('port', values.port, 8787);
const server = await createSimulator({ seed }).listen(port);
console.log(`philotes simulator (seed ${seed}) listening on ${server.url}`);
console.log(`  REST API   ${server.url}/api/v1/pipelines`);
console.log(`  Prometheus ${server.url}/metrics`);
console.log(`  faults     ${server.url}/__sim/faults (see sim/README.md)`);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => void server.close().then(() => process.exit(0)));
}
