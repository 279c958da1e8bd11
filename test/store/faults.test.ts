import { expect } from '@open-wc/testing';
import type sinon from 'sinon';
import { MonitorError } from '../../src/errors.js';
import { MetricsStore } from '../../src/store/metrics-store.js';
import { mulberry32 } from '../../sim/random.js';
import { fakeClock, fakeConditions, FakeSource, flush, httpError, networkError, type Conditions } from './fake-source.js';

describe('MetricsStore under faults', () => {
  let clock: sinon.SinonFakeTimers;
  let conditions: Conditions;
  let source: FakeSource;
  const offs: (() => void)[] = [];

  beforeEach(() => {
    clock = fakeClock();
    conditions = fakeConditions();
    source = new FakeSource();
  });

  afterEach(() => {
    offs.splice(0).forEach((off) => off());
    conditions.restore();
    clock.restore();
  });

  function watch(store: MetricsStore): void {
    offs.push(store.metrics('p1').subscribe(() => {}));
  }

  /** Fails the newest call, then returns how long the store waits before the next one. */
  async function failAndMeasure(error: MonitorError): Promise<number> {
    source.last('getMetrics').reject(error);
    await flush(clock);
    const failedAt = Date.now();
    const before = source.calls.length;
    expect(clock.countTimers(), 'exactly one timer: the retry, not a poll besides it').to.equal(1);
    await clock.nextAsync();
    expect(source.calls).to.have.length(before + 1);
    return source.last('getMetrics').at - failedAt;
  }

  it('keeps the last good data through a failure, marked stale with the time of the last success', async () => {
    const store = new MetricsStore(source, { intervalMs: 5000 });
    watch(store);
    const data = { events_per_second: 3 };
    source.last('getMetrics').resolve(data);
    await flush(clock);
    const succeededAt = Date.now();
    await clock.tickAsync(5000);
    source.last('getMetrics').reject(networkError());
    await flush(clock);
    const state = store.metrics('p1').state;
    expect(state.status).to.equal('error');
    expect(state.data).to.equal(data);
    expect(state.isStale).to.equal(true);
    expect(state.updatedAt).to.equal(succeededAt);
    expect(state.error?.kind).to.equal('network');
  });

  it('clears the error and staleness on the next success', async () => {
    const store = new MetricsStore(source, { random: () => 0 });
    watch(store);
    source.last('getMetrics').reject(networkError());
    await flush(clock);
    await clock.nextAsync();
    source.last('getMetrics').resolve({ ok: true });
    await flush(clock);
    const state = store.metrics('p1').state;
    expect([state.status, state.error, state.isStale, state.failureCount]).to.deep.equal(['success', undefined, false, 0]);
  });

  it('backs off on 5 failures with delays under min(cap, 1 s * 2^n), seeded jitter', async () => {
    const store = new MetricsStore(source, { intervalMs: 1000, random: mulberry32(42) });
    watch(store);
    for (let n = 0; n < 5; n++) {
      const delay = await failAndMeasure(networkError());
      expect(delay, `retry ${n}`).to.be.within(0, Math.min(30_000, 1000 * 2 ** n));
    }
  });

  it('grows the delay with each failure and holds the 30 s cap', async () => {
    const store = new MetricsStore(source, { intervalMs: 1000, random: () => 0.999 });
    watch(store);
    const delays: number[] = [];
    for (let n = 0; n < 8; n++) delays.push(await failAndMeasure(networkError()));
    for (let n = 1; n < 5; n++) expect(delays[n]).to.be.above(delays[n - 1] ?? Infinity);
    expect(Math.max(...delays)).to.be.at.most(30_000);
    expect(delays.slice(5)).to.deep.equal([29_970, 29_970, 29_970]);
  });

  it('waits as long as Retry-After asks on 429', async () => {
    const store = new MetricsStore(source, { random: () => 0.5 });
    watch(store);
    const delay = await failAndMeasure(httpError(429, 'Too many requests', 20_000));
    expect(delay).to.equal(20_000);
  });

  it('stops on 401 until the user retries, then fetches at once', async () => {
    const store = new MetricsStore(source, { intervalMs: 5000 });
    watch(store);
    source.last('getMetrics').reject(httpError(401, 'Sign in again'));
    await flush(clock);
    expect(clock.countTimers()).to.equal(0);
    await clock.tickAsync(600_000);
    expect(source.calls).to.have.length(1);
    expect(store.metrics('p1').state.error?.message).to.equal('Sign in again');
    void store.refresh();
    expect(source.calls).to.have.length(2);
    source.last('getMetrics').resolve({ ok: true });
    await flush(clock);
    await clock.tickAsync(5000);
    expect(source.calls, 'polling resumed after the successful retry').to.have.length(3);
  });

  it('restarts back-off from the first step after a manual refresh', async () => {
    const store = new MetricsStore(source, { intervalMs: 1000, random: () => 0.999 });
    watch(store);
    for (let n = 0; n < 5; n++) await failAndMeasure(networkError());
    void store.refresh();
    expect(await failAndMeasure(networkError())).to.equal(999);
  });

  it('turns a request without answer into a timeout error after timeoutMs', async () => {
    const store = new MetricsStore(source, { timeoutMs: 8000 });
    watch(store);
    const call = source.last('getMetrics');
    await clock.tickAsync(7999);
    expect(store.metrics('p1').state.isFetching).to.equal(true);
    await clock.tickAsync(1);
    const { error } = store.metrics('p1').state;
    expect(error).to.be.instanceOf(MonitorError);
    expect(error?.kind).to.equal('timeout');
    expect(call.signal.aborted, 'the request itself was aborted').to.equal(true);
    expect((call.signal.reason as MonitorError).kind).to.equal('timeout');
  });

  it('times out even when the source ignores the abort signal', async () => {
    source.ignoreAbort = true;
    const store = new MetricsStore(source, { timeoutMs: 3000 });
    watch(store);
    await clock.tickAsync(3000);
    expect(store.metrics('p1').state.error?.kind).to.equal('timeout');
  });

  it('reports anything a source throws that is not a MonitorError as a network error', async () => {
    const store = new MetricsStore(source);
    watch(store);
    source.last('getMetrics').reject(new TypeError('Failed to fetch'));
    await flush(clock);
    const { error } = store.metrics('p1').state;
    expect(error).to.be.instanceOf(MonitorError);
    expect(error?.kind).to.equal('network');
    expect(error?.message).to.contain('Failed to fetch');
  });
});
