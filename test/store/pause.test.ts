import { expect } from '@open-wc/testing';
import type sinon from 'sinon';
import { MetricsStore } from '../../src/store/metrics-store.js';
import { onlineManager, visibilityManager } from '../../src/store/visibility.js';
import { fakeClock, fakeConditions, FakeSource, flush, networkError, type Conditions } from './fake-source.js';

describe('MetricsStore pausing while hidden or offline', () => {
  let clock: sinon.SinonFakeTimers;
  let conditions: Conditions;
  let source: FakeSource;
  let store: MetricsStore;
  let off: () => void;

  beforeEach(async () => {
    clock = fakeClock();
    conditions = fakeConditions();
    source = new FakeSource();
  });

  afterEach(() => {
    off();
    conditions.restore();
    clock.restore();
  });

  async function watchMetrics(options = {}): Promise<void> {
    store = new MetricsStore(source, { intervalMs: 5000, ...options });
    off = store.metrics('p1').subscribe(() => {});
    source.last('getMetrics').resolve({ n: 1 });
    await flush(clock);
  }

  it('sends no request while the page is hidden for 60 s, and refetches once visible again', async () => {
    await watchMetrics();
    conditions.hide();
    await clock.tickAsync(60_000);
    expect(source.calls).to.have.length(1);
    expect(clock.countTimers(), 'no timer ticks in the background').to.equal(0);
    conditions.show();
    expect(source.calls).to.have.length(2);
  });

  it('schedules nothing after a response that arrives once the page is hidden', async () => {
    await watchMetrics();
    await clock.tickAsync(5000);
    conditions.hide();
    source.last('getMetrics').resolve({ n: 2 });
    await flush(clock);
    await clock.tickAsync(60_000);
    expect(source.calls).to.have.length(2);
  });

  it('lets a widget attached to a hidden page wait until the page is shown', () => {
    conditions.hide();
    store = new MetricsStore(source);
    off = store.metrics('p1').subscribe(() => {});
    expect(source.calls).to.have.length(0);
    conditions.show();
    expect(source.calls).to.have.length(1);
  });

  it('announces the pause to store subscribers', async () => {
    await watchMetrics();
    let changes = 0;
    store.subscribe(() => changes++);
    conditions.hide();
    expect(store.isPaused).to.equal(true);
    conditions.show();
    expect(store.isPaused).to.equal(false);
    expect(changes).to.equal(2);
  });

  it('after a short absence waits out the rest of the interval instead of refetching at once', async () => {
    await watchMetrics();
    conditions.hide();
    await clock.tickAsync(2000);
    conditions.show();
    expect(source.calls).to.have.length(1);
    await clock.tickAsync(3000);
    expect(source.calls).to.have.length(2);
  });

  it('keeps polling while hidden when the embedder opts in (wall displays)', async () => {
    await watchMetrics({ keepPollingWhenHidden: true });
    conditions.hide();
    for (let i = 0; i < 12; i++) {
      await clock.tickAsync(5000);
      source.last('getMetrics').resolve({ n: i });
      await flush(clock);
    }
    expect(source.calls).to.have.length(13);
  });

  it('sends nothing while offline and one request as soon as the network returns', async () => {
    await watchMetrics();
    conditions.goOffline();
    await clock.tickAsync(60_000);
    expect(source.calls).to.have.length(1);
    conditions.goOnline();
    expect(source.calls).to.have.length(2);
  });

  it('pauses even wall displays while offline', async () => {
    await watchMetrics({ keepPollingWhenHidden: true });
    conditions.goOffline();
    await clock.tickAsync(60_000);
    expect(source.calls).to.have.length(1);
  });

  it('retries a failed request at once when the network returns, without waiting out the back-off', async () => {
    store = new MetricsStore(source, { intervalMs: 5000, random: () => 0.99 });
    off = store.metrics('p1').subscribe(() => {});
    for (let i = 0; i < 4; i++) {
      source.last('getMetrics').reject(networkError());
      await flush(clock);
      await clock.nextAsync();
    }
    source.last('getMetrics').reject(networkError());
    await flush(clock);
    conditions.goOffline();
    await clock.tickAsync(1000);
    const before = source.calls.length;
    conditions.goOnline();
    expect(source.calls).to.have.length(before + 1);
  });

  it('listens to visibility and network only while something is watched', async () => {
    expect(conditions.connected).to.equal(0);
    await watchMetrics();
    expect(conditions.connected).to.equal(2);
    off();
    expect(conditions.connected).to.equal(0);
    expect(visibilityManager.hasListeners()).to.equal(false);
    expect(onlineManager.hasListeners()).to.equal(false);
  });
});
