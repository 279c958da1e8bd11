import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { MetricsHistoryResponse } from '../../src/schemas/index.js';
import { assertProblem, assertValid, idOf, startSimulator, T0, type Harness } from './harness.js';

const S = 1000;
const M = 60 * S;
const H = 60 * M;
const D = 24 * H;

describe('metrics history', () => {
  let h: Harness;
  let id: string;
  before(async () => {
    h = await startSimulator();
    id = idOf(h, 'orders-cdc');
  });
  after(() => h.close());

  const history = async (query: string) =>
    assertValid(MetricsHistoryResponse, await h.get(`/api/v1/pipelines/${id}/metrics/history${query}`), 'history').history;

  const assertGrid = (points: { timestamp: Date }[], first: number, step: number, count: number) => {
    assert.equal(points.length, count);
    points.forEach((p, i) => assert.equal(p.timestamp.getTime(), first + i * step, `point ${i}`));
  };

  const cases: [range: string, step: number][] = [
    ['15m', 9 * S],
    ['1h', 36 * S],
    ['6h', 3 * M + 36 * S],
    ['24h', 14 * M + 24 * S],
    ['7d', H + 40 * M + 48 * S],
  ];
  for (const [range, step] of cases) {
    it(`samples range=${range} every ${step / S} s: 101 points ending now`, async () => {
      const answer = await history(`?range=${range}`);
      assert.equal(answer.pipeline_id, id);
      assert.equal(answer.time_range, range);
      assertGrid(answer.data_points, T0 - 100 * step, step, 101);
    });
  }

  it('defaults to the last hour', async () => {
    const answer = await history('');
    assert.equal(answer.time_range, '1h');
    assertGrid(answer.data_points, T0 - H, 36 * S, 101);
  });

  it('accepts any Go duration up to 7 days, with a step of at least 1 s', async () => {
    assertGrid((await history('?range=30m')).data_points, T0 - 30 * M, 18 * S, 101);
    assertGrid((await history('?range=1h30m')).data_points, T0 - 90 * M, 54 * S, 101);
    assertGrid((await history('?range=1.5h')).data_points, T0 - 90 * M, 54 * S, 101);
    assertGrid((await history('?range=90s')).data_points, T0 - 90 * S, S, 91);
    assertGrid((await history('?range=2d')).data_points, T0 - 2 * D, 28 * M + 48 * S, 101);
  });

  it('answers a custom start/end window with range/100 steps and echoes its span', async () => {
    const answer = await history(`?start=${new Date(T0 - 3 * H).toISOString()}&end=${new Date(T0 - H).toISOString()}`);
    assert.equal(answer.time_range, '2h0m0s');
    assertGrid(answer.data_points, T0 - 3 * H, 72 * S, 101);
  });

  it('reads start and end with zone offsets as the same instants', async () => {
    const answer = await history('?start=2026-01-15T12:30:00%2B02:00&end=2026-01-15T13:30:00%2B02:00');
    assertGrid(answer.data_points, T0 - 90 * M, 36 * S, 101);
  });

  it('takes an explicit step, and leaves out samples after now', async () => {
    assertGrid((await history('?range=24h&step=10s')).data_points, T0 - D, 10 * S, 8641);
    const start = new Date(T0 - 10 * M).toISOString();
    const end = new Date(T0 + 10 * M).toISOString();
    assertGrid((await history(`?start=${start}&end=${end}&step=1m`)).data_points, T0 - 10 * M, M, 11);
  });

  it('refuses a step that would make more than 11,000 points, or under 1 s', async () => {
    const tooMany = assertProblem(await h.get(`/api/v1/pipelines/${id}/metrics/history?range=7d&step=30s`), 400, 'validation-error');
    assert.deepEqual(tooMany['errors'], [{ field: 'step', message: 'step 30s makes 20161 points; at most 11000 are allowed' }]);
    assertGrid((await history('?range=7d&step=55s')).data_points, T0 - 7 * D, 55 * S, 10997);
    const tiny = assertProblem(await h.get(`/api/v1/pipelines/${id}/metrics/history?range=1m&step=500ms`), 400, 'validation-error');
    assert.equal((tiny['errors'] as { field: string }[])[0]?.field, 'step');
  });

  it('answers a bad range with the upstream validation problem', async () => {
    const answer = await h.get(`/api/v1/pipelines/${id}/metrics/history?range=5x`);
    const body = assertProblem(answer, 400, 'validation-error');
    assert.deepEqual(body, {
      type: 'https://philotes.io/errors/validation-error',
      title: 'Validation Error',
      status: 400,
      detail: 'The request contains invalid fields',
      instance: `/api/v1/pipelines/${id}/metrics/history`,
      errors: [{ field: 'range', message: 'invalid time range: 5x' }],
    });
  });

  const refusals: [query: string, field: string][] = [
    ['?range=8d', 'range'],
    ['?range=0s', 'range'],
    ['?range=-1h', 'range'],
    ['?range=', 'range'],
    ['?range=1h&start=2026-01-15T10:00:00Z', 'range'],
    ['?start=2026-01-15T10:00:00Z', 'end'],
    ['?start=yesterday&end=2026-01-15T10:00:00Z', 'start'],
    ['?start=2026-02-30T10:00:00Z&end=2026-03-01T10:00:00Z', 'start'],
    ['?start=2026-01-15T10:00:00Z&end=2026-01-15T10:00:00Z', 'end'],
    ['?start=2026-01-01T10:00:00Z&end=2026-01-08T10:00:01Z', 'end'],
  ];
  for (const [query, field] of refusals) {
    it(`refuses ${query} naming the field "${field}"`, async () => {
      const body = assertProblem(await h.get(`/api/v1/pipelines/${id}/metrics/history${query}`), 400, 'validation-error');
      assert.equal((body['errors'] as { field: string }[])[0]?.field, field);
    });
  }

  it('accepts a window of exactly 7 days', async () => {
    const answer = await history('?start=2026-01-01T10:00:00Z&end=2026-01-08T10:00:00Z');
    assert.equal(answer.time_range, '168h0m0s');
    assert.equal(answer.data_points.length, 101);
  });

  it('answers 404 for the history of an unknown pipeline', async () => {
    assertProblem(await h.get('/api/v1/pipelines/00000000-0000-4000-8000-000000000000/metrics/history'), 404, 'not-found');
  });
});

describe('history keeps peaks', () => {
  let h: Harness;
  before(async () => {
    h = await startSimulator();
  });
  after(() => h.close());

  const points = async (id: string, query: string) =>
    assertValid(MetricsHistoryResponse, await h.get(`/api/v1/pipelines/${id}/metrics/history${query}`), 'history').history.data_points;

  it("reports lag and buffer depth as each step's maximum, so the wide view and a zoom agree on a spike", async () => {
    const pipeline = h.sim.model.pipelines.find((p) => p.def.name === 'inventory-sync')!;
    const id = pipeline.def.id;
    const day = await points(id, '?range=24h');
    const spike = day.reduce((top, p) => (p.lag_seconds > top.lag_seconds ? p : top));
    // The highest 24h point, looked at again through the 15 minutes before it (9 s steps).
    const t = spike.timestamp.getTime();
    const zoom = await points(id, `?start=${new Date(t - 15 * M).toISOString()}&end=${new Date(t).toISOString()}`);
    const zoomTop = Math.max(...zoom.map((p) => p.lag_seconds));
    assert.ok(spike.lag_seconds > 30, `a spike worth seeing: ${spike.lag_seconds} s`);
    // Within one sample: the zoom's highest point is the spike, give or take the lag's wobble over a 9 s step.
    assert.ok(Math.abs(zoomTop - spike.lag_seconds) <= 0.05 * spike.lag_seconds, `24h ${spike.lag_seconds} s, zoom ${zoomTop} s`);
    // The peak sat between two 24h samples: one sample per step would have lost it.
    assert.ok(pipeline.lag(t) < spike.lag_seconds, 'the instant sample is lower than the step peak');
    const bufferTop = day.reduce((top, p) => (p.buffer_depth > top.buffer_depth ? p : top));
    const bt = bufferTop.timestamp.getTime();
    const bufferZoom = await points(id, `?start=${new Date(bt - 15 * M).toISOString()}&end=${new Date(bt).toISOString()}`);
    const bufferZoomTop = Math.max(...bufferZoom.map((p) => p.buffer_depth));
    assert.ok(Math.abs(bufferZoomTop - bufferTop.buffer_depth) <= 0.05 * bufferTop.buffer_depth, `24h ${bufferTop.buffer_depth}, zoom ${bufferZoomTop}`);
  });

  it('averages events/s over a step longer than the rate window', async () => {
    const pipeline = h.sim.model.pipelines.find((p) => p.def.name === 'orders-cdc')!;
    const week = await points(pipeline.def.id, '?range=24h');
    const point = week.at(-1)!;
    const t = point.timestamp.getTime();
    const step = 14 * M + 24 * S;
    assert.equal(point.events_per_second, (pipeline.eventsProcessed(t) - pipeline.eventsProcessed(t - step)) / (step / S));
  });

});
