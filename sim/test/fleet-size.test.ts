import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { after, before, describe, it } from 'node:test';
import { PipelineList } from '../../src/schemas/index.js';
import { buildFleet, MAX_FLEET_SIZE } from '../fleet.js';
import { createSimulator } from '../server.js';
import { assertValid, T0 } from './harness.js';

/** A simulator of `pipelines` pipelines at T0 on an ephemeral port. */
async function fleet(pipelines: number, seed = 3) {
  const sim = createSimulator({ seed, pipelines, now: () => T0 });
  const server = await sim.listen();
  const get = async (path: string) => {
    const response = await fetch(`${server.url}${path}`);
    const text = await response.text();
    return { status: response.status, headers: response.headers, text, json: JSON.parse(text) as unknown };
  };
  return { sim, server, get };
}

describe('a fleet of any size', () => {
  let big: Awaited<ReturnType<typeof fleet>>;
  before(async () => {
    big = await fleet(1000);
  });
  after(() => big.server.close());

  it('lists 1,000 pipelines with unique ids and names, the four named ones first', async () => {
    const list = assertValid(PipelineList, await big.get('/api/v1/pipelines'), 'pipeline list');
    assert.equal(list.total_count, 1000);
    assert.equal(list.pipelines.length, 1000);
    assert.deepEqual(
      list.pipelines.slice(0, 4).map((p) => p.name),
      ['orders-cdc', 'inventory-sync', 'billing-events', 'analytics-replica'],
    );
    assert.equal(new Set(list.pipelines.map((p) => p.id)).size, 1000);
    assert.equal(new Set(list.pipelines.map((p) => p.name)).size, 1000);
    assert.match(list.pipelines[998]!.name, /^[a-z]+-[a-z]+-0998$/);
  });

  it('leaves the generated pipelines running or stopped, mostly running, with one to six tables', async () => {
    const list = assertValid(PipelineList, await big.get('/api/v1/pipelines'), 'pipeline list');
    const generated = list.pipelines.slice(4);
    const running = generated.filter((p) => p.status === 'running').length;
    assert.equal(generated.filter((p) => p.status !== 'running' && p.status !== 'stopped').length, 0);
    assert.ok(running > 700 && running < 900, `${running} of 996 running`);
    assert.ok(generated.every((p) => (p.tables?.length ?? 0) >= 1 && (p.tables?.length ?? 0) <= 6));
    assert.equal(list.pipelines.filter((p) => p.status === 'error').length, 1);
  });

  it('serves the metrics of a generated pipeline, and starts and stops it', async () => {
    const id = big.sim.model.pipelines[500]!.def.id;
    const metrics = await big.get(`/api/v1/pipelines/${id}/metrics`);
    assert.equal(metrics.status, 200);
    assert.equal((metrics.json as { metrics: { pipeline_id: string } }).metrics.pipeline_id, id);
    const action = big.sim.model.pipelines[500]!.status(T0) === 'running' ? 'stop' : 'start';
    const res = await fetch(`${big.server.url}/api/v1/pipelines/${id}/${action}`, { method: 'POST' });
    assert.equal(res.status, 200);
  });

  it('draws the same fleet from the same seed, and begins a larger fleet with a smaller one', async () => {
    const again = await fleet(1000);
    const small = await fleet(10);
    // The test before started or stopped one pipeline.
    await fetch(`${big.server.url}/__sim/reset`, { method: 'POST' });
    try {
      assert.equal((await again.get('/api/v1/pipelines')).text, (await big.get('/api/v1/pipelines')).text);
      const first = assertValid(PipelineList, await small.get('/api/v1/pipelines'), 'pipeline list').pipelines;
      const all = assertValid(PipelineList, await big.get('/api/v1/pipelines'), 'pipeline list').pipelines;
      assert.deepEqual(first, all.slice(0, 10));
    } finally {
      await Promise.all([again.server.close(), small.server.close()]);
    }
  });

  it('keeps four pipelines by default and refuses a size out of range', () => {
    assert.equal(createSimulator({ now: () => T0 }).model.pipelines.length, 4);
    assert.equal(buildFleet(1, T0, 0).length, 0);
    assert.throws(() => buildFleet(1, T0, MAX_FLEET_SIZE + 1), /0 to 100000/);
    assert.throws(() => buildFleet(1, T0, 2.5), RangeError);
  });
});

describe('npm run sim -- --pipelines N', () => {
  /** Runs the simulator's command line with `args`. */
  const cli = (...args: string[]) => spawn(process.execPath, ['--import', 'tsx', 'sim/cli.ts', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });

  it('serves a fleet of the size asked for', async () => {
    const child = cli('--port', '0', '--pipelines', '12', '--seed', '5');
    try {
      // Read with a listener, not a for-await that breaks: that would close the pipe, and the
      // simulator's next line would then kill it with EPIPE.
      let out = '';
      child.stdout.setEncoding('utf8');
      await new Promise<void>((resolve) => {
        child.stdout.on('data', (chunk: string) => {
          out += chunk;
          if (/listening on http:\/\/\S+/.test(out)) resolve();
        });
      });
      assert.match(out, /seed 5, 12 pipelines/);
      const url = /listening on (http:\/\/\S+)/.exec(out)![1]!;
      const list = (await (await fetch(`${url}/api/v1/pipelines`)).json()) as { total_count: number };
      assert.equal(list.total_count, 12);
    } finally {
      child.kill('SIGTERM');
      await once(child, 'exit');
    }
  });

  it('refuses a size that is not a whole number, or too large', async () => {
    for (const size of ['many', '-3', '100001']) {
      const child = cli('--port', '0', `--pipelines=${size}`);
      let err = '';
      child.stderr.setEncoding('utf8');
      child.stderr.on('data', (chunk: string) => (err += chunk));
      const [code] = (await once(child, 'exit')) as [number];
      assert.equal(code, 2, size);
      assert.match(err, /--pipelines expects/);
    }
  });
});
