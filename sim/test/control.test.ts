import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { MessageResponse, MetricsResponse, PipelineErrorPage, PipelineResponse } from '../../src/schemas/index.js';
import { assertProblem, assertValid, idOf, startSimulator, T0, type Harness } from './harness.js';

describe('starting and stopping pipelines', () => {
  let h: Harness;
  before(async () => {
    h = await startSimulator();
  });
  beforeEach(() => h.reset());
  after(() => h.close());

  const status = async (id: string) => assertValid(PipelineResponse, await h.get(`/api/v1/pipelines/${id}`), 'pipeline').pipeline.status;
  const metrics = async (id: string) => assertValid(MetricsResponse, await h.get(`/api/v1/pipelines/${id}/metrics`), 'metrics').metrics;

  it('stops a running pipeline through stopping, after which its rates are 0 and its counters hold', async () => {
    const id = idOf(h, 'orders-cdc');
    const before = await metrics(id);
    assert.ok(before.events_per_second > 0 && before.uptime !== undefined);

    const answer = await h.post(`/api/v1/pipelines/${id}/stop`);
    assert.deepEqual(assertValid(MessageResponse, answer, 'stop'), { message: 'pipeline stopped' });
    assert.equal(await status(id), 'stopping');
    h.clock.now = T0 + 1999;
    assert.equal(await status(id), 'stopping');
    h.clock.now = T0 + 2000;
    assert.equal(await status(id), 'stopped');

    const stopped = await metrics(id);
    assert.equal(stopped.status, 'stopped');
    assert.deepEqual([stopped.events_per_second, stopped.lag_seconds, stopped.lag_p95_seconds, stopped.buffer_depth], [0, 0, 0, 0]);
    assert.equal(stopped.uptime, undefined);
    assert.equal(stopped.events_processed, before.events_processed, 'nothing was processed after the stop request');
    h.clock.now = T0 + 3_600_000;
    const later = await metrics(id);
    for (const key of ['events_processed', 'error_count', 'iceberg_commits', 'iceberg_bytes_written'] as const) {
      assert.equal(later[key], stopped[key], `${key} holds while stopped`);
    }
    assert.deepEqual(
      later.tables?.map((t) => t.events_processed),
      stopped.tables?.map((t) => t.events_processed),
    );
    const pipeline = assertValid(PipelineResponse, await h.get(`/api/v1/pipelines/${id}`), 'pipeline').pipeline;
    assert.equal(pipeline.stopped_at?.getTime(), T0 + 2000);
  });

  it('starts a stopped pipeline through starting; counters grow only once it runs', async () => {
    const id = idOf(h, 'analytics-replica');
    const idle = await metrics(id);
    assert.deepEqual(assertValid(MessageResponse, await h.post(`/api/v1/pipelines/${id}/start`), 'start'), { message: 'pipeline started' });
    assert.equal(await status(id), 'starting');
    h.clock.now = T0 + 2000;
    const running = await metrics(id);
    assert.equal(running.status, 'running');
    assert.equal(running.events_processed, idle.events_processed);
    assert.equal(running.uptime, '2s');
    h.clock.now = T0 + 3_600_000 + 2000;
    const hourLater = await metrics(id);
    assert.ok(hourLater.events_processed > idle.events_processed);
    assert.ok(hourLater.events_per_second > 0 && hourLater.buffer_depth > 0 && hourLater.lag_seconds > 0);
    assert.equal(hourLater.uptime, '1h0m2s');
    const pipeline = assertValid(PipelineResponse, await h.get(`/api/v1/pipelines/${id}`), 'pipeline').pipeline;
    assert.equal(pipeline.started_at?.getTime(), T0);
    assert.equal(pipeline.stopped_at, undefined);
  });

  it('refuses to start a running or starting pipeline with 409 "pipeline is already running"', async () => {
    const running = idOf(h, 'inventory-sync');
    const conflict = assertProblem(await h.post(`/api/v1/pipelines/${running}/start`), 409, 'conflict');
    assert.equal(conflict['detail'], 'pipeline is already running');
    const stopped = idOf(h, 'analytics-replica');
    await h.post(`/api/v1/pipelines/${stopped}/start`);
    h.clock.now = T0 + 1000;
    assert.equal(assertProblem(await h.post(`/api/v1/pipelines/${stopped}/start`), 409, 'conflict')['detail'], 'pipeline is already running');
  });

  it('refuses to stop a stopped or stopping pipeline with 409 "pipeline is already stopped"', async () => {
    const stopped = idOf(h, 'analytics-replica');
    const conflict = assertProblem(await h.post(`/api/v1/pipelines/${stopped}/stop`), 409, 'conflict');
    assert.equal(conflict['detail'], 'pipeline is already stopped');
    const running = idOf(h, 'orders-cdc');
    await h.post(`/api/v1/pipelines/${running}/stop`);
    assert.equal(assertProblem(await h.post(`/api/v1/pipelines/${running}/stop`), 409, 'conflict')['detail'], 'pipeline is already stopped');
  });

  it('lets a start overtake a stop still in progress', async () => {
    const id = idOf(h, 'orders-cdc');
    await h.post(`/api/v1/pipelines/${id}/stop`);
    h.clock.now = T0 + 1000;
    assert.equal((await h.post(`/api/v1/pipelines/${id}/start`)).status, 200);
    h.clock.now = T0 + 2500;
    assert.equal(await status(id), 'starting');
    h.clock.now = T0 + 3000;
    assert.equal(await status(id), 'running');
  });

  it('fails the broken pipeline again on start, logging one more replication error', async () => {
    const id = idOf(h, 'billing-events');
    const before = await metrics(id);
    await h.post(`/api/v1/pipelines/${id}/start`);
    assert.equal(await status(id), 'starting');
    h.clock.now = T0 + 2000;
    const pipeline = assertValid(PipelineResponse, await h.get(`/api/v1/pipelines/${id}`), 'pipeline').pipeline;
    assert.equal(pipeline.status, 'error');
    assert.match(pipeline.error_message ?? '', /replication slot/);
    const after = await metrics(id);
    assert.equal(after.error_count, before.error_count + 1);
    assert.equal(after.events_processed, before.events_processed);
    const log = assertValid(PipelineErrorPage, await h.get(`/api/v1/pipelines/${id}/errors?limit=1`), 'errors');
    assert.equal(log.errors[0]?.timestamp.getTime(), T0 + 2000);
    assert.equal(log.errors[0]?.type, 'replication');
    assert.equal(log.errors[0]?.message, pipeline.error_message);
  });

  it('stops the broken pipeline, which clears its error message', async () => {
    const id = idOf(h, 'billing-events');
    assert.equal((await h.post(`/api/v1/pipelines/${id}/stop`)).status, 200);
    h.clock.now = T0 + 2000;
    const pipeline = assertValid(PipelineResponse, await h.get(`/api/v1/pipelines/${id}`), 'pipeline').pipeline;
    assert.equal(pipeline.status, 'stopped');
    assert.equal(pipeline.error_message, undefined);
  });

  it('restores the initial fleet on POST /__sim/reset', async () => {
    const id = idOf(h, 'orders-cdc');
    await h.post(`/api/v1/pipelines/${id}/stop`);
    h.clock.now = T0 + 600_000;
    assert.equal(await status(id), 'stopped');
    assert.equal((await h.post('/__sim/reset')).status, 204);
    assert.equal(await status(id), 'running');
    assert.ok((await metrics(id)).events_per_second > 0);
  });
});
