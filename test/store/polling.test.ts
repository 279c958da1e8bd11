import { expect } from '@open-wc/testing';
import type sinon from 'sinon';
import { MetricsStore } from '../../src/store/metrics-store.js';
import { fakeClock, fakeConditions, FakeSource, flush, type Conditions } from './fake-source.js';

describe('MetricsStore polling', () => {
  let clock: sinon.SinonFakeTimers;
  let conditions: Conditions;
  let source: FakeSource;

  beforeEach(() => {
    clock = fakeClock();
    conditions = fakeConditions();
    source = new FakeSource();
  });

  afterEach(() => {
    conditions.restore();
    clock.restore();
  });

  /** Answers every open call with a fresh value, then lets the store react. */
  async function answerAll(): Promise<void> {
    for (const call of source.pending()) call.resolve({ answeredAt: Date.now() });
    await flush(clock);
  }

  it('sends one request per interval however many widgets subscribe', async () => {
    const store = new MetricsStore(source, { intervalMs: 15_000 });
    const offs = Array.from({ length: 10 }, () => store.metrics('p1').subscribe(() => {}));
    expect(source.callsTo('getMetrics')).to.have.length(1);
    await answerAll();
    for (let second = 0; second < 60; second++) {
      await clock.tickAsync(1000);
      await answerAll();
    }
    expect(source.callsTo('getMetrics')).to.have.length(5);
    offs.forEach((off) => off());
  });

  it('shows every subscriber the same data', async () => {
    const store = new MetricsStore(source);
    const seen: unknown[] = [];
    const offs = [1, 2, 3].map(() => store.metrics('p1').subscribe((state) => seen.push(state.data)));
    const data = { events_per_second: 42 };
    source.last('getMetrics').resolve(data);
    await flush(clock);
    expect(seen.filter((d) => d === data)).to.have.length(3);
    expect(store.metrics('p1').state.data).to.equal(data);
    offs.forEach((off) => off());
  });

  it('fetches nothing until the first subscriber and stops after the last', async () => {
    const store = new MetricsStore(source, { intervalMs: 5000 });
    const handle = store.metrics('p1');
    await clock.tickAsync(60_000);
    expect(source.calls).to.have.length(0);
    const off = handle.subscribe(() => {});
    await answerAll();
    off();
    await clock.tickAsync(60_000);
    expect(source.calls).to.have.length(1);
    expect(clock.countTimers()).to.equal(0);
  });

  it('never has two requests of one query in flight when the server is slower than the interval', async () => {
    const store = new MetricsStore(source, { intervalMs: 1000, timeoutMs: 30_000 });
    const off = store.metrics('p1').subscribe(() => {});
    let maxInFlight = 0;
    for (let step = 0; step < 20; step++) {
      await clock.tickAsync(1000);
      maxInFlight = Math.max(maxInFlight, source.pending().length);
      // The server answers only every third second.
      if (step % 3 === 2) await answerAll();
    }
    expect(maxInFlight).to.equal(1);
    expect(source.callsTo('getMetrics').length).to.be.within(5, 8);
    off();
  });

  it('follows a new interval and stops polling when set to off', async () => {
    const store = new MetricsStore(source, { intervalMs: 30_000 });
    let changes = 0;
    store.subscribe(() => changes++);
    const off = store.metrics('p1').subscribe(() => {});
    await answerAll();
    changes = 0;
    store.setInterval(5000);
    expect(store.intervalMs).to.equal(5000);
    expect(changes).to.equal(1);
    await clock.tickAsync(5000);
    expect(source.callsTo('getMetrics')).to.have.length(2);
    await answerAll();
    store.setInterval(0);
    await clock.tickAsync(120_000);
    expect(source.callsTo('getMetrics')).to.have.length(2);
    expect(clock.countTimers()).to.equal(0);
    off();
  });

  it('accepts off or at least one second as interval', () => {
    const store = new MetricsStore(source);
    expect(store.intervalMs).to.equal(15_000);
    store.setInterval(200);
    expect(store.intervalMs).to.equal(1000);
    expect(() => store.setInterval(-5)).to.throw(RangeError);
    expect(() => store.setInterval(Number.NaN)).to.throw(RangeError);
  });

  it('does not refetch a 7-day history every 5 s, only once per step (1h40m48s)', async () => {
    const store = new MetricsStore(source, { intervalMs: 5000 });
    const off = store.history('p1', { range: '7d' }).subscribe(() => {});
    await answerAll();
    await clock.tickAsync(6048_000 - 1);
    expect(source.callsTo('getHistory')).to.have.length(1);
    await clock.tickAsync(1);
    expect(source.callsTo('getHistory')).to.have.length(2);
    off();
  });

  it('refetches a 15-minute history every 9 s step rather than every 5 s', async () => {
    const store = new MetricsStore(source, { intervalMs: 5000 });
    const off = store.history('p1', { range: '15m' }).subscribe(() => {});
    await answerAll();
    await clock.tickAsync(8999);
    expect(source.callsTo('getHistory')).to.have.length(1);
    await clock.tickAsync(1);
    expect(source.callsTo('getHistory')).to.have.length(2);
    off();
  });

  it('never refetches a history window that ended in the past', async () => {
    const store = new MetricsStore(source, { intervalMs: 5000 });
    const end = new Date(Date.now() - 60_000);
    const off = store.history('p1', { start: new Date(end.getTime() - 3_600_000), end }).subscribe(() => {});
    await answerAll();
    await clock.tickAsync(3_600_000);
    expect(source.callsTo('getHistory')).to.have.length(1);
    expect(clock.countTimers()).to.equal(0);
    off();
  });

  it('fetches every watched query at once on a manual refresh, even with polling off', async () => {
    const store = new MetricsStore(source, { intervalMs: 0 });
    const offs = [store.metrics('p1').subscribe(() => {}), store.pipeline('p1').subscribe(() => {})];
    await answerAll();
    const refreshed = store.refresh();
    expect(source.calls).to.have.length(4);
    await answerAll();
    await refreshed;
    offs.forEach((off) => off());
  });

  it('reports whether anything is fetching, for an <auto-refresh> spinner', async () => {
    const store = new MetricsStore(source);
    const seen: boolean[] = [];
    store.subscribe(() => seen.push(store.isFetching));
    const off = store.metrics('p1').subscribe(() => {});
    expect(store.isFetching).to.equal(true);
    await answerAll();
    expect(store.isFetching).to.equal(false);
    expect(seen).to.deep.equal([true, false]);
    off();
  });

  it('keeps data for a returning widget during the grace period and forgets it after', async () => {
    const store = new MetricsStore(source, { intervalMs: 15_000, gcTimeMs: 60_000 });
    let off = store.metrics('p1').subscribe(() => {});
    const data = { events_per_second: 7 };
    source.last('getMetrics').resolve(data);
    await flush(clock);
    off();
    await clock.tickAsync(10_000);
    let shown: unknown;
    off = store.metrics('p1').subscribe(() => {});
    shown = store.metrics('p1').state.data;
    expect(shown, 'cached within the grace period').to.equal(data);
    expect(source.callsTo('getMetrics'), 'still fresh: no refetch').to.have.length(1);
    off();
    await clock.tickAsync(60_000);
    shown = store.metrics('p1').state.data;
    expect(shown, 'collected after the grace period').to.equal(undefined);
    expect(clock.countTimers(), 'collection needs no timer').to.equal(0);
  });
});
