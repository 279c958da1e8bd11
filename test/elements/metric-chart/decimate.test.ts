import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { decimateMinMax, decimateShared } from '../../../src/elements/metric-chart/decimate.js';

/** The indices of samples that fall into each of `columns` equal columns over [xs[0], xs[n-1]]. */
function byColumn(xs: number[], columns: number, keep: readonly number[] = xs.map((_, i) => i)): Map<number, number[]> {
  const from = xs[0]!;
  // Same arithmetic as the implementation, so samples on a column edge land on the same side.
  const perMs = columns / (xs.at(-1)! - from);
  const groups = new Map<number, number[]>();
  for (const i of keep) {
    const c = Math.min(columns - 1, Math.floor((xs[i]! - from) * perMs));
    groups.set(c, [...(groups.get(c) ?? []), i]);
  }
  return groups;
}

const range = (n: number) => Array.from({ length: n }, (_, i) => i);

describe('decimateMinMax', () => {
  it('keeps the lowest and highest sample of every pixel column, so spikes stay visible', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 50, maxLength: 2000 }),
        fc.integer({ min: 2, max: 40 }),
        (ys, columns) => {
          const xs = range(ys.length).map((i) => 1_700_000_000_000 + i * 60_000);
          const kept = decimateMinMax(xs, ys, columns);
          const all = byColumn(xs, columns);
          const drawn = byColumn(xs, columns, kept);
          for (const [c, rows] of all) {
            const values = rows.map((i) => ys[i]!);
            const keptValues = (drawn.get(c) ?? []).map((i) => ys[i]!);
            expect(Math.min(...keptValues)).to.equal(Math.min(...values));
            expect(Math.max(...keptValues)).to.equal(Math.max(...values));
            expect(keptValues.length).to.be.at.most(2);
          }
        },
      ),
    );
  });

  it('draws at most two samples per column and returns them in time order', () => {
    const xs = range(10_080).map((i) => i * 60_000);
    const ys = xs.map((_, i) => Math.sin(i / 7) * 100 + (i % 97 === 0 ? 1000 : 0));
    const kept = decimateMinMax(xs, ys, 800);
    expect(kept.length).to.be.at.most(2 * 800);
    expect(kept.length).to.be.greaterThan(800);
    expect(kept).to.deep.equal([...kept].sort((a, b) => a - b));
    expect(new Set(kept).size).to.equal(kept.length);
    expect(Math.max(...kept.map((i) => ys[i]!))).to.equal(Math.max(...ys));
  });

  it('keeps every sample when there are no more than two per column', () => {
    const xs = range(20);
    expect(decimateMinMax(xs, xs, 10)).to.deep.equal(range(20));
    expect(decimateMinMax([], [], 10)).to.deep.equal([]);
  });

  it('keeps a gap inside a dense column as a NaN sample, so the line still breaks there', () => {
    const xs = range(1000);
    const ys = xs.map((i) => (i >= 500 && i < 503 ? NaN : 1));
    const kept = decimateMinMax(xs, ys, 10);
    const gaps = kept.filter((i) => Number.isNaN(ys[i]));
    expect(gaps).to.have.length.greaterThan(0);
    expect(kept.some((i) => ys[i] === 0)).to.equal(false);
  });

  it('keeps a gap spanning whole columns as NaN at both of its edges', () => {
    const xs = range(1000);
    const ys = xs.map((i) => (i >= 300 && i < 700 ? NaN : i));
    const kept = decimateMinMax(xs, ys, 10);
    const drawn = kept.map((i) => ys[i]!);
    const firstGap = drawn.findIndex(Number.isNaN);
    expect(firstGap).to.be.greaterThan(0);
    expect(drawn.slice(firstGap).find(Number.isFinite)).to.be.at.least(700);
    expect(Math.min(...drawn.filter(Number.isFinite))).to.equal(0);
  });

  it('limits a zoomed window to its samples plus one either side for the line to enter and leave', () => {
    const xs = range(10_000);
    const kept = decimateMinMax(xs, xs, 100, 2000, 3000);
    expect(kept[0]).to.equal(1999);
    expect(kept.at(-1)).to.equal(3001);
    expect(kept.length).to.be.at.most(2 * 100 + 2);
  });
});

describe('decimateShared', () => {
  it('keeps the extremes of every series in rows shared by all of them', () => {
    const xs = range(5000);
    const a = xs.map((i) => (i === 1234 ? 99 : 1));
    const b = xs.map((i) => (i === 4321 ? -99 : 1));
    const rows = decimateShared(xs, [a, b], 20);
    expect(rows).to.include(1234).and.to.include(4321);
    expect(rows).to.deep.equal([...new Set(rows)].sort((x, y) => x - y));
    expect(rows.length).to.be.at.most(2 * 2 * 20);
  });
});
