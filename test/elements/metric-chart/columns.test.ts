import { expect } from '@open-wc/testing';
import { appendSnapshot, columnsFromHistory, seriesStats } from '../../../src/elements/metric-chart/columns.js';
import { point, series, snapshot } from './fixtures.js';

const T = Date.UTC(2026, 0, 1, 12);
const MIN = 60_000;

describe('columnsFromHistory', () => {
  it('lays samples out as one instant column and one value column per series', () => {
    const columns = columnsFromHistory(series(T, 3, MIN, (i) => ({ lag_seconds: i, error_count: i * 60 })));
    expect(columns.x).to.deep.equal([T - 2 * MIN, T - MIN, T]);
    expect(columns.y.lag_seconds).to.deep.equal([0, 1, 2]);
    expect(columns.y.error_rate.slice(1)).to.deep.equal([1, 1]);
    expect(columns.step).to.equal(MIN);
  });

  it('marks missing samples as a NaN gap instead of joining the line or drawing zero', () => {
    const points = [point(T), point(T + MIN), point(T + 2 * MIN), point(T + 6 * MIN), point(T + 7 * MIN)];
    const columns = columnsFromHistory(points);
    expect(columns.x).to.deep.equal([T, T + MIN, T + 2 * MIN, T + 3 * MIN, T + 6 * MIN, T + 7 * MIN]);
    for (const values of Object.values(columns.y)) expect(values[3]).to.be.NaN;
    expect(columns.y.events_per_second.filter((v) => v === 0)).to.have.length(0);
  });

  it('gathers each series\' lowest, highest and latest value while filling, gaps and all', () => {
    const lags = [5, 9, 7, 2];
    const points = [0, 1, 2, 6].map((m, i) => point(T + m * MIN, { lag_seconds: lags[i] }));
    const columns = columnsFromHistory(points);
    expect(columns.totals.rows).to.equal(5);
    expect(columns.totals.stats.lag_seconds).to.deep.equal({ min: 2, max: 9, latest: 2 });
    expect(columns.totals.stats.lag_seconds).to.deep.equal(seriesStats(columns.x, columns.y.lag_seconds, -Infinity, Infinity));
    expect(columns.totals.stats.error_rate, 'the first sample has no rate').to.deep.equal({ min: 0, max: 0, latest: 0 });
  });

  it('handles an empty history', () => {
    const columns = columnsFromHistory([]);
    expect(columns.x).to.deep.equal([]);
    expect(columns.counter).to.equal(undefined);
  });
});

describe('appendSnapshot', () => {
  it('appends a newer snapshot with the error rate since the last reading', () => {
    const columns = columnsFromHistory(series(T, 3, MIN, () => ({ error_count: 100 })));
    expect(appendSnapshot(columns, snapshot({ error_count: 130, lag_seconds: 7 }), T + 30_000, MIN)).to.equal(1);
    expect(columns.x.at(-1)).to.equal(T + 30_000);
    expect(columns.y.lag_seconds.at(-1)).to.equal(7);
    expect(columns.y.error_rate.at(-1)).to.equal(1);
  });

  it('ignores a snapshot that is not newer than the last sample', () => {
    const columns = columnsFromHistory(series(T, 3, MIN));
    expect(appendSnapshot(columns, snapshot(), T, MIN)).to.equal(0);
    expect(columns.x).to.have.length(3);
  });

  it('puts a gap before a snapshot that comes after a long silence (a hidden tab)', () => {
    const columns = columnsFromHistory(series(T, 3, MIN));
    expect(appendSnapshot(columns, snapshot(), T + 10 * MIN, MIN)).to.equal(2);
    expect(columns.y.buffer_depth.at(-2)).to.be.NaN;
  });
});

describe('seriesStats', () => {
  it('finds the lowest, highest and latest finite value inside a window', () => {
    const xs = [1, 2, 3, 4, 5];
    expect(seriesStats(xs, [9, 2, NaN, 7, 100], 1, 4)).to.deep.equal({ min: 2, max: 9, latest: 7 });
    expect(seriesStats(xs, [NaN, NaN, NaN, NaN, NaN], 0, 9)).to.equal(undefined);
  });
});
