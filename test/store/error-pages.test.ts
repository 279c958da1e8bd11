import { expect } from '@open-wc/testing';
import type sinon from 'sinon';
import { MonitorError } from '../../src/errors.js';
import { MetricsStore } from '../../src/store/metrics-store.js';
import { fakeClock, fakeConditions, FakeSource, flush, type Conditions } from './fake-source.js';

describe('MetricsStore one-shot error pages and error counts', () => {
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

  const page = { errors: [], total_count: 0 };
  const before = new Date(Date.UTC(2025, 11, 31));

  it('fetches an older page once with the cursor, and never polls it', async () => {
    const store = new MetricsStore(source, { intervalMs: 1000 });
    const result = store.fetchErrors('p1', { limit: 50, before });
    expect(source.last('getErrors').args).to.deep.equal(['p1', { limit: 50, before }]);
    source.last('getErrors').resolve(page);
    expect(await result).to.deep.equal(page);
    await clock.tickAsync(10_000);
    expect(source.callsTo('getErrors')).to.have.length(1);
  });

  it('cancels the request when the caller aborts', async () => {
    const store = new MetricsStore(source);
    const abort = new AbortController();
    const result = store.fetchErrors('p1', { before }, abort.signal);
    abort.abort();
    const error = await result.then(() => undefined, (e: unknown) => e);
    expect(error).to.be.instanceOf(MonitorError);
    expect((error as MonitorError).kind).to.equal('aborted');
    expect(source.last('getErrors').signal.aborted).to.equal(true);
  });

  it('gives up after the store timeout with a timeout error', async () => {
    const store = new MetricsStore(source, { timeoutMs: 2000 });
    const result = store.fetchErrors('p1', { before }).then(() => undefined, (e: unknown) => e);
    await clock.tickAsync(2000);
    expect(((await result) as MonitorError).kind).to.equal('timeout');
  });

  it('offers error counts only for a source that counts errors', async () => {
    expect(new MetricsStore(source).errorCounts('p1')).to.equal(undefined);
    let calls = 0;
    const counting = Object.assign(new FakeSource(), {
      getErrorCounts: (id: string) => {
        calls++;
        return Promise.resolve({ byType: { write: 2 }, total: 2, id });
      },
    });
    const store = new MetricsStore(counting, { intervalMs: 1000 });
    const handle = store.errorCounts('p1')!;
    const off = handle.subscribe(() => {});
    await flush(clock);
    expect(handle.state.data).to.deep.include({ total: 2, id: 'p1' });
    await clock.tickAsync(1000);
    await flush(clock);
    expect(calls).to.equal(2);
    off();
  });
});
