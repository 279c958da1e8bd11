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
    const none = await page('?type=unknown');
    assert.deepEqual([none.errors, none.total_count], [[], 0]);
  });

  it('counts the whole log by type on every page, whatever the type filter and cursor', async () => {
    const all = await page('?limit=1');
    const counts = all.counts!;
    assert.equal(Object.values(counts).reduce((a, b) => a + b, 0), all.total_count);
    for (const type of TYPES) {
      const typed = await page(`?type=${type}&limit=1&offset=3`);
      assert.equal(typed.total_count, counts[type], type);
      assert.deepEqual(typed.counts, counts, 'counts ignore type and offset');
    }
    assert.equal(counts.unknown, 0);
  });

  it('searches type, table and message of the whole log, ignoring case, and echoes the search', async () => {
    const every = await page('?limit=500');
    assert.equal(every.search, '');
    const needle = 'CommitFailedException';
    const found = await page(`?limit=500&search=${encodeURIComponent(`  ${needle.toLowerCase()} `)}`);
    assert.equal(found.search, needle.toLowerCase(), 'trimmed and echoed');
    assert.ok(found.total_count > 0 && found.total_count < every.total_count);
    assert.ok(found.errors.every((e) => e.message.includes(needle)));
    assert.equal(found.counts!.write, found.total_count, 'only write errors say so');
    const byTable = await page(`?limit=500&search=${encodeURIComponent('WRITE')}`);
    assert.equal(byTable.total_count, every.counts!.write, 'the type is searched too');
  });

  it('treats a search as plain text: regular-expression syntax, markup and quotes match nothing special', async () => {
    for (const hostile of ['.*', '(.*)', '[a-z]+', '\\', '<script>alert(1)</script>', '"; DROP TABLE', '%00', '\u0000', '😀', 'a'.repeat(500)]) {
      const body = await page(`?search=${encodeURIComponent(hostile)}`);
      assert.equal(body.search, hostile.trim(), hostile);
      assert.equal(body.total_count, 0, hostile);
    }
    const tagged = await page(`?limit=500&search=${encodeURIComponent('"<b>unterminated"')}`);
    assert.ok(tagged.errors.every((e) => e.message.includes('"<b>unterminated"')), 'markup in a message is found as text');
  });

  it('pages with offset after the filters, so consecutive pages cover the log once', async () => {
    const both = await page('?type=write&limit=40');
    const first = await page('?type=write&limit=20');
    const second = await page('?type=write&limit=20&offset=20');
    assert.deepEqual([...first.errors, ...second.errors].map((e) => e.id), both.errors.map((e) => e.id));
    const past = await page(`?type=write&offset=${both.total_count}`);
    assert.deepEqual([past.errors, past.total_count], [[], both.total_count]);
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
    ['?offset=-1', 'offset'],
    ['?offset=1e3', 'offset'],
    [`?search=${'x'.repeat(501)}`, 'search'],
  ];
  for (const [query, field] of refusals) {
    it(`refuses ${query.slice(0, 30)} naming the field "${field}"`, async () => {
      const body = assertProblem(await h.get(`/api/v1/pipelines/${id}/errors${query}`), 400, 'validation-error');
      assert.equal((body['errors'] as { field: string }[])[0]?.field, field);
    });
  }
});
