import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { PipelineList } from '../../src/schemas/index.js';
import { createSimulator } from '../server.js';
import { assertValid, startSimulator, T0, type Harness } from './harness.js';

describe('determinism', () => {
  let a: Harness;
  let b: Harness;
  let other: Harness;
  before(async () => {
    [a, b, other] = await Promise.all([startSimulator(11), startSimulator(11), startSimulator(12)]);
  });
  after(() => Promise.all([a.close(), b.close(), other.close()]));

  it('draws the same fleet, metrics, history, errors and scrape from the same seed', async () => {
    const list = assertValid(PipelineList, await a.get('/api/v1/pipelines'), 'pipeline list');
    assert.equal((await a.get('/api/v1/pipelines')).text, (await b.get('/api/v1/pipelines')).text);
    for (const { id } of list.pipelines) {
      for (const path of ['metrics', 'metrics/history?range=24h', 'errors?limit=500']) {
        assert.equal((await a.get(`/api/v1/pipelines/${id}/${path}`)).text, (await b.get(`/api/v1/pipelines/${id}/${path}`)).text, path);
      }
    }
    assert.equal((await a.get('/metrics')).text, (await b.get('/metrics')).text);
  });

  it('draws other ids and tables from another seed, keeping the pipeline names', async () => {
    const mine = assertValid(PipelineList, await a.get('/api/v1/pipelines'), 'pipeline list').pipelines;
    const theirs = assertValid(PipelineList, await other.get('/api/v1/pipelines'), 'pipeline list').pipelines;
    assert.deepEqual(mine.map((p) => p.name), theirs.map((p) => p.name));
    assert.ok(mine.every((p, i) => p.id !== theirs[i]?.id));
    const tables = (ps: typeof mine) => JSON.stringify(ps.map((p) => p.tables?.map((t) => t.source_table)));
    assert.notEqual(tables(mine), tables(theirs));
  });

  it('answers the same for an instant whatever was asked before', async () => {
    const id = a.sim.model.pipelines[1]?.def.id ?? '';
    a.clock.now = T0 + 7 * 86_400_000;
    await a.get(`/api/v1/pipelines/${id}/metrics/history?range=7d&step=1m`);
    a.clock.now = T0;
    const fresh = await startSimulator(11);
    try {
      assert.equal((await a.get(`/api/v1/pipelines/${id}/metrics`)).text, (await fresh.get(`/api/v1/pipelines/${id}/metrics`)).text);
    } finally {
      await fresh.close();
    }
  });

  it('runs on the wall clock unless given one', () => {
    const before = Date.now();
    const sim = createSimulator({ seed: 11 });
    assert.ok(sim.now() >= before && sim.now() <= Date.now());
    const created = sim.model.pipelines.map((p) => p.def.createdAt);
    assert.ok(created.every((t) => t < before - 86_400_000), 'the fleet was created days before the simulator started');
  });
});
