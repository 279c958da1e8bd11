import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { MetricsHistoryResponse, MetricsResponse } from '../../src/schemas/index.js';
import { assertValid, idOf, startSimulator, T0, type Harness } from './harness.js';

const MINUTE = 60_000;

describe('current metrics', () => {
  let h: Harness;
  before(async () => {
    h = await startSimulator();
  });
  after(() => h.close());

  const metricsAt = async (id: string, t: number) => {
    h.clock.now = t;
    return assertValid(MetricsResponse, await h.get(`/api/v1/pipelines/${id}/metrics`), 'metrics').metrics;
  };

  it('answers valid metrics for every pipeline, with zero rates unless running', async () => {
    for (const pipeline of h.sim.model.pipelines) {
      const m = await metricsAt(pipeline.def.id, T0);
      assert.equal(m.pipeline_id, pipeline.def.id);
      assert.equal(m.tables?.length, pipeline.def.tables.length);
      if (m.status === 'running') {
        assert.ok(m.events_per_second > 0 && m.buffer_depth > 0 && m.lag_seconds > 0, pipeline.def.name);
      } else {
        assert.deepEqual([m.events_per_second, m.lag_seconds, m.buffer_depth, m.uptime], [0, 0, 0, undefined], pipeline.def.name);
        assert.ok(m.events_processed > 0, 'a pipeline that ran before keeps its counters');
      }
    }
  });

  it('reports events_per_second as the 1-minute rate of the events counter', async () => {
    for (const name of ['orders-cdc', 'inventory-sync']) {
      const id = idOf(h, name);
      for (const t of [T0, T0 + 17_345, T0 + 5 * 3_600_000]) {
        const earlier = await metricsAt(id, t - MINUTE);
        const now = await metricsAt(id, t);
        assert.ok(now.events_processed > earlier.events_processed);
        assert.equal(now.events_per_second, (now.events_processed - earlier.events_processed) / 60, `${name} at ${t}`);
      }
    }
  });

  it('adds up: events of the tables make the total, the slowest table is the lag', async () => {
    for (const pipeline of h.sim.model.pipelines) {
      const m = await metricsAt(pipeline.def.id, T0);
      const tables = m.tables ?? [];
      assert.equal(tables.reduce((sum, t) => sum + t.events_processed, 0), m.events_processed);
      assert.equal(Math.max(0, ...tables.map((t) => t.lag_seconds)), m.lag_seconds);
      const lastEvents = tables.flatMap((t) => (t.last_event_at ? [t.last_event_at.getTime()] : []));
      assert.equal(m.last_event_at?.getTime(), Math.max(...lastEvents));
      assert.ok((m.last_event_at?.getTime() ?? Infinity) <= T0);
    }
  });

  it('gives uptime as Go duration text from the start of the current run', async () => {
    const m = await metricsAt(idOf(h, 'orders-cdc'), T0);
    // orders-cdc restarted 3 d 3 h 20 min before the simulator's start.
    assert.equal(m.uptime, '75h20m0s');
    assert.equal((await metricsAt(idOf(h, 'orders-cdc'), T0 + 65_400)).uptime, '75h21m5s');
  });

  it('reports lag_p95_seconds as the 95th percentile of the lag over the last 5 minutes', async () => {
    const id = idOf(h, 'inventory-sync');
    const m = await metricsAt(id, T0);
    const pipeline = h.sim.model.pipelines.find((p) => p.def.id === id)!;
    const lags = Array.from({ length: 21 }, (_, i) => pipeline.lag(T0 - 5 * MINUTE + i * 15_000)).sort((a, b) => a - b);
    assert.equal(m.lag_p95_seconds, lags[Math.ceil(0.95 * lags.length) - 1]);
  });

  it('agrees with the history point at the same instant (its step\'s peak), whenever the history is asked for', async () => {
    for (const pipeline of h.sim.model.pipelines) {
      const id = pipeline.def.id;
      const live = await metricsAt(id, T0 + 123_000);
      h.clock.now = T0 + 123_000;
      const recent = assertValid(MetricsHistoryResponse, await h.get(`/api/v1/pipelines/${id}/metrics/history?range=15m`), 'history').history;
      h.clock.now = T0 + 6 * 3_600_000;
      const start = new Date(T0 + 123_000 - 10 * MINUTE).toISOString();
      const end = new Date(T0 + 123_000 + 10 * MINUTE).toISOString();
      const later = assertValid(
        MetricsHistoryResponse,
        await h.get(`/api/v1/pipelines/${id}/metrics/history?start=${start}&end=${end}&step=1m`),
        'history',
      ).history;
      for (const point of [recent.data_points.at(-1), later.data_points[10]]) {
        assert.equal(point?.timestamp.getTime(), T0 + 123_000);
        // Steps up to a minute: the rate is the live one-minute rate; lag and buffer are the step's peak.
        assert.deepEqual([point?.events_per_second, point?.error_count], [live.events_per_second, live.error_count], pipeline.def.name);
        assert.ok(point!.lag_seconds >= live.lag_seconds && point!.buffer_depth >= live.buffer_depth, pipeline.def.name);
        assert.equal(point!.lag_seconds, pipeline.maxLag(T0 + 123_000, point === recent.data_points.at(-1) ? 9000 : MINUTE));
      }
    }
  });

  it('shows a week with a daily curve, lag past 5 s and 30 s, and a buffer past 5,000 and 8,000', async () => {
    h.clock.now = T0;
    const id = idOf(h, 'inventory-sync');
    const week = assertValid(MetricsHistoryResponse, await h.get(`/api/v1/pipelines/${id}/metrics/history?range=7d&step=1m`), 'history').history;
    const points = week.data_points;
    assert.equal(points.length, 7 * 24 * 60 + 1);
    const rates = points.map((p) => p.events_per_second);
    assert.ok(Math.max(...rates) > 2 * Math.min(...rates), 'events/s swings over the day');
    assert.ok(points.some((p) => p.lag_seconds > 5) && points.some((p) => p.lag_seconds > 30));
    assert.ok(points.filter((p) => p.lag_seconds > 30).length < points.length / 10, 'high lag is the exception');
    assert.ok(points.some((p) => p.buffer_depth > 5000) && points.some((p) => p.buffer_depth > 8000));
    const errors = points.map((p) => p.error_count);
    assert.ok(errors.every((e, i) => i === 0 || e >= (errors[i - 1] ?? 0)), 'error_count is cumulative');
    assert.ok((errors.at(-1) ?? 0) > (errors[0] ?? 0), 'errors happened during the week');
  });
});
