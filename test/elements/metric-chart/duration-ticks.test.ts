import { expect } from '@open-wc/testing';
import { durationStep, durationTicks } from '../../../src/elements/metric-chart/duration-ticks.js';

describe('duration ticks', () => {
  it('steps by round durations (30 s, 1 min, 2 min…), never 50 s or 1m 40s', () => {
    expect(durationStep(150, 6)).to.equal(30);
    expect(durationStep(200, 6)).to.equal(60);
    expect(durationStep(500, 6)).to.equal(120);
    expect(durationStep(3000, 6)).to.equal(600);
    expect(durationStep(7200, 5)).to.equal(1800);
  });

  it('keeps decimal steps under 10 s', () => {
    expect(durationStep(2.4, 6)).to.equal(0.5);
    expect(durationStep(9, 5)).to.equal(2);
  });

  it('covers the data from zero and ends on a tick', () => {
    const { ticks, max } = durationTicks(0, 170, 4);
    expect(ticks.map((t) => t.value)).to.deep.equal([0, 60, 120, 180]);
    expect(max).to.equal(180);
    expect(durationTicks(0, 0.7, 6).ticks.map((t) => t.value)).to.deep.equal([0, 0.2, 0.4, 0.6, 0.8]);
  });
});
