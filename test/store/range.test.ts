import { expect } from '@open-wc/testing';
import { MetricsStore } from '../../src/store/metrics-store.js';
import { historyRefetchFloorMs, parseDurationMs } from '../../src/store/range.js';
import { fakeConditions, FakeSource, type Conditions } from './fake-source.js';

describe('shared history range', () => {
  let conditions: Conditions;
  beforeEach(() => {
    conditions = fakeConditions();
  });
  afterEach(() => conditions.restore());

  it('starts at the API default of one hour', () => {
    const store = new MetricsStore(new FakeSource());
    expect(store.getRange('p1')).to.deep.equal({ range: '1h' });
    expect(store.history('p1').key).to.equal(store.history('p1', { range: '1h' }).key);
  });

  it('changes for every chart of the pipeline with one change event', () => {
    const store = new MetricsStore(new FakeSource());
    let changes = 0;
    store.subscribe(() => changes++);
    store.setRange('p1', { range: '7d' });
    expect(changes).to.equal(1);
    expect(store.history('p1').key).to.equal(store.history('p1', { range: '7d' }).key);
    expect(store.getRange('p2'), 'other pipelines keep theirs').to.deep.equal({ range: '1h' });
    store.setRange('p1', { range: '7d' });
    expect(changes, 'setting the same range again is no change').to.equal(1);
  });

  it('fetches the history of the chosen range', () => {
    const source = new FakeSource();
    const store = new MetricsStore(source);
    const start = new Date('2026-01-01T00:00:00Z');
    const end = new Date('2026-01-02T00:00:00Z');
    store.setRange('p1', { start, end });
    const off = store.history('p1').subscribe(() => {});
    expect(source.last('getHistory').args).to.deep.equal(['p1', { start, end }]);
    off();
  });
});

describe('range arithmetic', () => {
  it('parses Go durations with the API day extension', () => {
    expect(parseDurationMs('15m')).to.equal(900_000);
    expect(parseDurationMs('1h30m')).to.equal(5_400_000);
    expect(parseDurationMs('7d')).to.equal(604_800_000);
    expect(parseDurationMs('1.5h')).to.equal(5_400_000);
    expect(parseDurationMs('5x')).to.equal(undefined);
    expect(parseDurationMs('')).to.equal(undefined);
  });

  it('uses the server step (range / 100, at least 1 s) as refetch floor', () => {
    const now = Date.UTC(2026, 0, 1);
    expect(historyRefetchFloorMs({ range: '15m' }, now)).to.equal(9000);
    expect(historyRefetchFloorMs({ range: '24h' }, now)).to.equal(864_000);
    expect(historyRefetchFloorMs({ range: '7d' }, now)).to.equal(6_048_000);
    expect(historyRefetchFloorMs({ range: '30s' }, now)).to.equal(1000);
    const end = new Date(now + 3_600_000);
    expect(historyRefetchFloorMs({ start: new Date(now - 3_600_000), end }, now)).to.equal(72_000);
  });
});
