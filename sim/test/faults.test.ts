import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { z } from '../../src/schemas/zod.js';
import {
  MessageResponse,
  MetricsHistoryResponse,
  MetricsResponse,
  PipelineErrorPage,
  PipelineList,
  PipelineResponse,
  ProblemDetails,
} from '../../src/schemas/index.js';
import { assertProblem, assertValid, idOf, parsePrometheus, startSimulator, type Answer, type Harness } from './harness.js';

describe('fault injection', () => {
  let h: Harness;
  let id: string;
  before(async () => {
    h = await startSimulator();
    id = idOf(h, 'orders-cdc');
  });
  beforeEach(() => h.reset());
  after(() => h.close());

  const setFaults = async (faults: unknown) => {
    const answer = await h.request('PUT', '/__sim/faults', faults);
    assert.equal(answer.status, 200, answer.text);
    return answer.json;
  };
  const metrics = () => h.get(`/api/v1/pipelines/${id}/metrics`);
  const problemOf = (answer: Answer) => z.parse(ProblemDetails, answer.json);

  it('shows, replaces and clears faults over /__sim/faults', async () => {
    assert.deepEqual((await h.get('/__sim/faults')).json, {});
    const faults = { metrics: { mode: 'error-500', times: 2 }, '*': { latencyMs: 250 } };
    assert.deepEqual(await setFaults(faults), faults);
    assert.deepEqual((await h.get('/__sim/faults')).json, faults);
    await setFaults({ errors: { mode: 'drop' } });
    assert.deepEqual((await h.get('/__sim/faults')).json, { errors: { mode: 'drop' } }, 'PUT replaces the whole set');
    assert.equal((await h.request('DELETE', '/__sim/faults')).status, 204);
    assert.deepEqual((await h.get('/__sim/faults')).json, {});
  });

  it('refuses an invalid fault set, naming each bad field, and keeps the faults in force', async () => {
    await setFaults({ metrics: { mode: 'error-500' } });
    const bad = await h.request('PUT', '/__sim/faults', {
      metric: { mode: 'error-500' },
      history: { mode: 'explode', times: 0, latencyMs: -1, color: 'red' },
    });
    const body = assertProblem(bad, 400, 'validation-error');
    const fields = (body['errors'] as { field: string }[]).map((e) => e.field).sort();
    assert.deepEqual(fields, ['history.color', 'history.latencyMs', 'history.mode', 'history.times', 'metric']);
    assertProblem(await h.request('PUT', '/__sim/faults', '{not json'), 400, 'bad-request');
    assert.deepEqual((await h.get('/__sim/faults')).json, { metrics: { mode: 'error-500' } });
  });

  it('answers 500 problem details on the faulty route only', async () => {
    await setFaults({ metrics: { mode: 'error-500' } });
    assertProblem(await metrics(), 500, 'internal-error');
    assertValid(PipelineResponse, await h.get(`/api/v1/pipelines/${id}`), 'pipeline');
  });

  it('answers 503, with Retry-After only when asked for', async () => {
    await setFaults({ metrics: { mode: 'error-503', retryAfter: 7 } });
    const withRetry = await metrics();
    assertProblem(withRetry, 503, 'service-unavailable');
    assert.equal(withRetry.headers.get('retry-after'), '7');
    await setFaults({ metrics: { mode: 'error-503' } });
    assert.equal((await metrics()).headers.get('retry-after'), null);
  });

  it('rate-limits with 429 and Retry-After (1 s unless given)', async () => {
    await setFaults({ history: { mode: 'rate-limit' }, errors: { mode: 'rate-limit', retryAfter: 30 } });
    const limited = await h.get(`/api/v1/pipelines/${id}/metrics/history`);
    assertProblem(limited, 429, 'rate-limited');
    assert.equal(limited.headers.get('retry-after'), '1');
    assert.equal((await h.get(`/api/v1/pipelines/${id}/errors`)).headers.get('retry-after'), '30');
  });

  it("answers a proxy's HTML 502 page", async () => {
    await setFaults({ pipelines: { mode: 'html-502' } });
    const answer = await h.get('/api/v1/pipelines');
    assert.equal(answer.status, 502);
    assert.equal(answer.headers.get('content-type'), 'text/html');
    assert.match(answer.text, /<title>502 Bad Gateway<\/title>[\s\S]*nginx/);
  });

  it('sends a truncated JSON body under a JSON content type', async () => {
    await setFaults({ metrics: { mode: 'malformed-json' } });
    const answer = await metrics();
    assert.equal(answer.status, 200);
    assert.equal(answer.headers.get('content-type'), 'application/json');
    assert.ok(answer.text.startsWith('{"metrics":{'));
    assert.throws(() => JSON.parse(answer.text), SyntaxError);
  });

  it('sends bodies that break the contract: a wrong type and a missing field', async () => {
    const cases: [route: string, path: string, schema: z.core.$ZodType, method?: string][] = [
      ['pipelines', '/api/v1/pipelines', PipelineList],
      ['pipeline', `/api/v1/pipelines/${id}`, PipelineResponse],
      ['metrics', `/api/v1/pipelines/${id}/metrics`, MetricsResponse],
      ['history', `/api/v1/pipelines/${id}/metrics/history`, MetricsHistoryResponse],
      ['errors', `/api/v1/pipelines/${id}/errors`, PipelineErrorPage],
      ['stop', `/api/v1/pipelines/${id}/stop`, MessageResponse, 'POST'],
    ];
    for (const [route, path, schema, method = 'GET'] of cases) {
      await setFaults({ [route]: { mode: 'schema-violation' } });
      const answer = await h.request(method, path);
      assert.equal(answer.status, 200, route);
      const issues = z.safeParse(schema, answer.json).error?.issues ?? [];
      // Start and stop have a single field, so only "missing" can be shown there.
      assert.ok(issues.length >= (route === 'stop' ? 1 : 2), `${route} breaks its schema twice: ${JSON.stringify(issues)}`);
    }
    await setFaults({ metrics: { mode: 'schema-violation' } });
    const body = (await metrics()).json as { metrics: Record<string, unknown> };
    assert.equal(body.metrics['lag_seconds'], 'fast');
    assert.equal('pipeline_id' in body.metrics, false);
  });

  it('sends an unparseable Prometheus scrape under schema-violation', async () => {
    await setFaults({ prometheus: { mode: 'schema-violation' } });
    const answer = await h.get('/metrics');
    assert.match(answer.text, /^philotes_cdc_lag_seconds\{.*\} fast$/m);
    assert.throws(() => parsePrometheus(answer.text));
  });

  it('drops the connection without an answer', async () => {
    await setFaults({ metrics: { mode: 'drop', times: 1 } });
    await assert.rejects(metrics(), TypeError);
    assert.equal((await metrics()).status, 200);
  });

  it('applies a fault with times to the next N requests only', async () => {
    await setFaults({ metrics: { mode: 'error-500', times: 2 } });
    assert.equal((await metrics()).status, 500);
    assert.deepEqual((await h.get('/__sim/faults')).json, { metrics: { mode: 'error-500', times: 1 } });
    assert.equal((await metrics()).status, 500);
    assert.deepEqual((await h.get('/__sim/faults')).json, {});
    assert.equal((await metrics()).status, 200);
  });

  it('applies "*" to every route that has no fault of its own, but never to /__sim', async () => {
    await setFaults({ '*': { mode: 'error-503' }, metrics: { mode: 'rate-limit' } });
    assert.equal((await h.get('/api/v1/pipelines')).status, 503);
    assert.equal((await h.get('/metrics')).status, 503);
    assert.equal((await h.post(`/api/v1/pipelines/${id}/stop`)).status, 503);
    assert.equal((await metrics()).status, 429);
    assert.equal((await h.get('/__sim/faults')).status, 200);
  });

  it('delays answers by latencyMs, alone or before a failure', async () => {
    await setFaults({ metrics: { latencyMs: 1500 }, errors: { latencyMs: 40, mode: 'error-500' } });
    assertValid(MetricsResponse, await metrics(), 'metrics');
    assert.equal((await h.get(`/api/v1/pipelines/${id}/errors`)).status, 500);
    assert.deepEqual(h.delays, [1500, 40]);
  });

  it('changes nothing when a start or stop fails, but does when only its answer is corrupted', async () => {
    const stopped = idOf(h, 'analytics-replica');
    const status = async () => (assertValid(PipelineResponse, await h.get(`/api/v1/pipelines/${stopped}`), 'pipeline')).pipeline.status;
    await setFaults({ start: { mode: 'error-500' } });
    assert.equal((await h.post(`/api/v1/pipelines/${stopped}/start`)).status, 500);
    assert.equal(await status(), 'stopped');
    await setFaults({ start: { mode: 'malformed-json' } });
    await h.post(`/api/v1/pipelines/${stopped}/start`);
    assert.equal(await status(), 'starting');
  });

  it('clears faults on POST /__sim/reset', async () => {
    await setFaults({ '*': { mode: 'error-500' } });
    assert.equal((await h.post('/__sim/reset')).status, 204);
    assert.deepEqual((await h.get('/__sim/faults')).json, {});
    assert.equal(problemOf(await h.get('/__sim/nothing')).status, 404);
    assert.equal((await h.post('/__sim/faults')).status, 405);
  });
});
