/**
 * `pipeline-monitor serve` survives any request (sim/test/attack.ts: unparseable targets, huge
 * and trickled headers, garbage, a flood) while its Prometheus is unreachable, and refuses a bad
 * command line in one line, without a stack trace.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { describeAttacks, startProcess } from '../../sim/test/attack.js';

const dir = mkdtempSync(join(tmpdir(), 'pm-gateway-attack-'));
const config = join(dir, 'pipelines.json');
writeFileSync(config, JSON.stringify({ pipelines: [{ id: 'p', name: 'p', selector: 'source="postgres-shop"' }] }));
after(() => rmSync(dir, { recursive: true, force: true }));

/** A port nothing listens on: Prometheus is down for the whole attack. */
async function closedPort(): Promise<number> {
  const server = createServer().listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as { port: number };
  server.close();
  await once(server, 'close');
  return port;
}

describeAttacks(
  'the gateway process',
  async () => {
    const prometheus = `http://127.0.0.1:${await closedPort()}`;
    return startProcess(
      ['src/gateway/cli.ts', 'serve', '--prometheus', prometheus, '--config', config, '--port', '0'],
      /serving (http:\/\/127\.0\.0\.1:\d+)\/api\/v1/,
    );
  },
  async (url) => {
    const health = await fetch(`${url}/healthz`);
    assert.equal(health.status, 200);
    await health.arrayBuffer();
    const metrics = await fetch(`${url}/api/v1/pipelines/p/metrics`);
    assert.equal(metrics.status, 502, 'Prometheus is down: a problem, not a hang');
    assert.match(metrics.headers.get('content-type') ?? '', /^application\/problem\+json/);
    await metrics.arrayBuffer();
  },
);

async function cli(args: string[]): Promise<{ code: number; stderr: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/gateway/cli.ts', 'serve', ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const [code] = (await once(child, 'exit')) as [number];
  return { code, stderr };
}

describe('the gateway command line', () => {
  const ok = ['--prometheus', 'http://127.0.0.1:9', '--config', config];
  const cases: [string[], RegExp][] = [
    [[...ok, '--port', '99999'], /--port expects a whole number from 0 to 65535, got "99999"/],
    [[...ok, '--port', 'eighty'], /--port expects/],
    [[...ok, '--port', '-1'], /--port/],
    [['--prometheus', 'prometheus:9090', '--config', config], /--prometheus expects an http:\/\/ or https:\/\/ URL/],
    [['--prometheus', 'http://[', '--config', config], /--prometheus expects/],
    [[...ok, '--cache', 'soon'], /--cache expects/],
    [[...ok, '--bogus'], /Unknown option '--bogus'/],
  ];
  for (const [args, message] of cases) {
    it(`refuses ${message.source.slice(0, 40)} in one line, without a stack trace`, async () => {
      const { code, stderr } = await cli(args);
      assert.equal(code, 2);
      assert.equal(stderr.trim().split('\n').length, 1, stderr);
      assert.match(stderr, message);
      assert.doesNotMatch(stderr, /\n\s+at /);
    });
  }

  it('says in one line when the port is taken', async () => {
    const busy = createServer().listen(0, '127.0.0.1');
    await once(busy, 'listening');
    try {
      const { code, stderr } = await cli([...ok, '--port', String((busy.address() as { port: number }).port)]);
      assert.equal(code, 2);
      assert.equal(stderr.trim().split('\n').length, 1, stderr);
      assert.match(stderr, /cannot listen on 127\.0\.0\.1:\d+: .*EADDRINUSE/);
    } finally {
      busy.close();
    }
  });
});
