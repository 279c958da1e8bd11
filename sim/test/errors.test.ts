import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { MetricsResponse, PipelineErrorPage, PipelineResponse } from '../../src/schemas/index.js';
import { assertProblem, assertValid, idOf, startSimulator, T0, type Harness } from './harness.js';

const TYPES = ['replication', 'schema', 'connection', 'write'] as const;

describe('error log', () => {
  let h: Harness;
  let id: string;
  before(async () => {
    h = await startSimulator();
    id = idOf(h, 'orders-cdc');
  });
  after(() => h.close());

  const page = async (query: string, pipeline = id) =>
    assertValid(PipelineErrorPage, await h.get(`/api/v1/pipelines/${pipeline}/errors${query}`), 'errors');

  it('lists the 50 newest errors first and counts every error in total_count', async () => {
    const log = await page('');
    assert.equal(log.errors.length, 50);
    const times = log.errors.map((e) => e.timestamp.getTime());
    assert.ok(times.every((t, i) => t <= T0 && (i === 0 || t <= (times[i - 1] ?? 0))), 'newest first, none in the future');
    const metrics = assertValid(MetricsResponse, await h.get(`/api/v1/pipelines/${id}/metrics`), 'metrics').metrics;
    assert.equal(log.total_count, metrics.error_count);
    assert.ok(new Set(log.errors.map((e) => e.id)).size === 50, 'ids are unique');
  });

  it('honours limit, up to 500', async () => {
    assert.equal((await page('?limit=3')).errors.length, 3);
    const most = await page('?limit=2000');
    assert.ok(most.total_count > 500);
    assert.equal(most.errors.length, 500);
  });

  it('filters by type, and the types add up to the total', async () => {
    const total = (await page('?limit=1')).total_count;
    let sum = 0;
    for (const type of TYPES) {
      const log = await page(`?type=${type}&limit=500`);
      assert.ok(log.errors.every((e) => e.type === type));
      sum += log.total_count;
    }
    assert.equal(sum, total);
    assert.deepEqual(await page('?type=unknown'), { errors: [], total_count: 0 });
  });

  it('pages backwards with before, without gaps or overlaps', async () => {
    const first = await page('?limit=20');
    const last = first.errors.at(-1);
    assert.ok(last);
    const second = await page(`?limit=20&before=${last.timestamp.toISOString()}`);
    assert.ok(second.errors.every((e) => e.timestamp < last.timestamp));
    assert.equal(second.total_count, first.total_count, 'total_count ignores the cursor');
    const both = await page('?limit=40');
    assert.deepEqual([...first.errors, ...second.errors].map((e) => e.id), both.errors.map((e) => e.id));
  });

  it('names the table of schema and write errors', async () => {
    const pipeline = assertValid(PipelineResponse, await h.get(`/api/v1/pipelines/${id}`), 'pipeline').pipeline;
    const tables = new Set(pipeline.tables?.map((t) => `${t.source_schema}.${t.source_table}`));
    const log = await page('?limit=500');
    const perTable = log.errors.filter((e) => e.type === 'schema' || e.type === 'write');
    assert.ok(perTable.length > 0);
    assert.ok(perTable.every((e) => e.table !== undefined && tables.has(e.table)));
  });

  it('logs nothing while a pipeline is stopped', async () => {
    const stopped = idOf(h, 'analytics-replica');
    const pipeline = assertValid(PipelineResponse, await h.get(`/api/v1/pipelines/${stopped}`), 'pipeline').pipeline;
    const newest = (await page('?limit=1', stopped)).errors[0];
    assert.ok(newest && pipeline.stopped_at && newest.timestamp <= pipeline.stopped_at);
  });

  const refusals: [query: string, field: string][] = [
    ['?limit=0', 'limit'],
    ['?limit=ten', 'limit'],
    ['?limit=-5', 'limit'],
    ['?type=disk', 'type'],
    ['?before=yesterday', 'before'],
  ];
  for (const [query, field] of refusals) {
    it(`refuses ${query} naming the field "${field}"`, async () => {
      const body = assertProblem(await h.get(`/api/v1/pipelines/${id}/errors${query}`), 400, 'validation-error');
      assert.equal((body['errors'] as { field: string }[])[0]?.field, field);
    });
  }
});
