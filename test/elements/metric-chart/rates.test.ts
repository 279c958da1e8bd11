import { expect } from '@open-wc/testing';
import { counterRate, counterRates } from '../../../src/elements/metric-chart/rates.js';

const minutes = (n: number) => Array.from({ length: n }, (_, i) => i * 60_000);

describe('counterRates', () => {
  it('turns a cumulative error counter into errors per second, the first reading having no rate', () => {
    const rates = counterRates(minutes(4), [100, 160, 160, 220]);
    expect(rates[0]).to.be.NaN;
    expect(rates.slice(1)).to.deep.equal([1, 0, 1]);
  });

  it('reads a drop as a counter reset, never as a negative rate', () => {
    // The worker restarted between the second and third reading and has counted 30 since.
    const rates = counterRates(minutes(4), [100, 160, 30, 90]);
    expect(rates.slice(1)).to.deep.equal([1, 0.5, 1]);
    expect(rates.every((r) => Number.isNaN(r) || r >= 0)).to.equal(true);
  });

  it('reads a zero the counter climbs back over as a missing sample: a gap, not a reset and a burst', () => {
    const rates = counterRates(minutes(4), [100, 0, 220, 280]);
    expect(rates[1]).to.be.NaN;
    expect(rates[2]).to.equal(1, '120 errors over the two minutes since the last real reading');
    expect(rates[3]).to.equal(1);
  });

  it('keeps a reset to zero that stays low', () => {
    const rates = counterRates(minutes(3), [100, 0, 6]);
    expect(rates.slice(1)).to.deep.equal([0, 0.1]);
  });

  it('skips over missing readings instead of inventing a rate from them', () => {
    const rates = counterRates(minutes(3), [100, NaN, 220]);
    expect(rates[1]).to.be.NaN;
    expect(rates[2]).to.equal(1);
  });
});

describe('counterRate', () => {
  it('has no rate when no time passed', () => {
    expect(counterRate(1, 1000, 2, 1000)).to.be.NaN;
  });
});
