/**
 * The store, the REST source and the real simulator over HTTP: every fault the simulator can
 * inject becomes the right typed error, the last good data is kept and marked stale, and the
 * next good answer clears it.
 */
import { expect } from '@open-wc/testing';
import sinon from 'sinon';
import type { MonitorErrorKind } from '../../src/errors.js';
import type { PipelineMetrics } from '../../src/schemas/index.js';
import { RestSource } from '../../src/sources/rest-source.js';
import { MetricsStore, type QueryHandle } from '../../src/store/metrics-store.js';

async function setFault(fault: Record<string, unknown>): Promise<void> {
  const response = await fetch('/__sim/faults', { method: 'PUT', body: JSON.stringify({ metrics: fault }) });
  expect(response.status, await response.clone().text()).to.equal(200);
}

interface Case {
  fault: Record<string, unknown>;
  kind: MonitorErrorKind;
  status?: number;
  retryAfterMs?: number;
  message: RegExp;
}

const CASES: Record<string, Case> = {
  'a 500 with problem details': { fault: { mode: 'error-500' }, kind: 'http', status: 500, message: /500/ },
  'a 503 with Retry-After': { fault: { mode: 'error-503', retryAfter: 5 }, kind: 'http', status: 503, retryAfterMs: 5000, message: /503/ },
  'a 429 rate limit': { fault: { mode: 'rate-limit', retryAfter: 7 }, kind: 'http', status: 429, retryAfterMs: 7000, message: /429|rate/i },
  "a proxy's HTML 502 page": { fault: { mode: 'html-502' }, kind: 'not-json', status: 502, message: /HTML/ },
  'malformed JSON': { fault: { mode: 'malformed-json' }, kind: 'invalid-json', message: /JSON/ },
  'a body that violates the contract': { fault: { mode: 'schema-violation' }, kind: 'schema', message: /Invalid pipeline metrics: field "metrics\./ },
  'a dropped connection': { fault: { mode: 'drop' }, kind: 'network', message: /reach|network|connection/i },
};

describe('the store against the real simulator', () => {
  let clock: sinon.SinonFakeTimers;
  let store: MetricsStore;
  let query: QueryHandle<PipelineMetrics>;
  let unsubscribe: () => void;

  beforeEach(async () => {
    await fetch('/__sim/reset', { method: 'POST' });
    const { pipelines } = (await (await fetch('/api/v1/pipelines')).json()) as { pipelines: { id: string; status: string }[] };
    const running = pipelines.find((p) => p.status === 'running')!;
    // Date with the timers: the poller plans a retry as an instant (Date.now() + delay) and arms a
    // timer for what is left of it, so a real Date that moved on would fire that timer early.
    clock = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'], now: Date.now() });
    store = new MetricsStore(new RestSource({ endpoint: '/api/v1' }), { intervalMs: 0, timeoutMs: 1000 });
    query = store.metrics(running.id);
    unsubscribe = query.subscribe(() => {});
    await query.refresh();
    expect(query.state.status).to.equal('success');
  });

  afterEach(async () => {
    unsubscribe();
    store.dispose();
    clock.restore();
    await fetch('/__sim/faults', { method: 'DELETE' });
  });

  for (const [name, c] of Object.entries(CASES)) {
    it(`turns ${name} into a ${c.kind} error, keeps the data stale, and recovers`, async () => {
      const good = query.state.data!;
      // Persistent, not `times: 1`: Chromium silently retries a GET whose reused connection drops.
      await setFault(c.fault);
      await query.refresh();
      const { state } = query;
      expect(state.status).to.equal('error');
      expect(state.error!.kind).to.equal(c.kind);
      if (c.status !== undefined) expect(state.error!.status).to.equal(c.status);
      if (c.retryAfterMs !== undefined) expect(state.error!.retryAfterMs).to.equal(c.retryAfterMs);
      expect(state.error!.message).to.match(c.message);
      expect(state.error!.message).to.not.contain('<html');
      expect(state.data).to.equal(good);
      expect(state.isStale).to.equal(true);

      await fetch('/__sim/faults', { method: 'DELETE' });
      await query.refresh();
      expect(query.state.status).to.equal('success');
      expect(query.state.isStale).to.equal(false);
      expect(query.state.error).to.equal(undefined);
    });
  }

  it('turns a response slower than the timeout into a timeout error and keeps the data', async () => {
    const good = query.state.data!;
    await setFault({ latencyMs: 1500, times: 1 });
    const settled = query.refresh();
    await clock.tickAsync(1000);
    await settled;
    expect(query.state.error!.kind).to.equal('timeout');
    expect(query.state.data).to.equal(good);
    expect(query.state.isStale).to.equal(true);
  });

  it('retries a 503 by itself after its Retry-After and recovers with no user action', async () => {
    await setFault({ mode: 'error-503', retryAfter: 2, times: 1 });
    await query.refresh();
    expect(query.state.error!.status).to.equal(503);
    const requests = sinon.spy(window, 'fetch');
    await clock.tickAsync(1999);
    expect(requests.callCount, 'no retry before Retry-After').to.equal(0);
    await clock.tickAsync(1);
    await requests.firstCall.returnValue;
    await new Promise<void>((resolve) => query.subscribe((s) => s.status === 'success' && resolve()));
    expect(query.state.isStale).to.equal(false);
    requests.restore();
  });
});
