import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { backoffCeiling, backoffDelay } from '../../src/store/retry.js';
import { mulberry32 } from '../../sim/random.js';

describe('backoffDelay', () => {
  it('stays within min(cap, base * 2^attempt) for any attempt and random value', () => {
    fc.assert(
      fc.property(fc.nat(60), fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }), (attempt, r) => {
        const delay = backoffDelay(attempt, () => r);
        return delay >= 0 && delay <= Math.min(30_000, 1000 * 2 ** attempt) && delay <= 30_000;
      }),
    );
  });

  it('grows the range of delays with each attempt until the 30 s cap', () => {
    expect([0, 1, 2, 3, 4, 5, 6].map((attempt) => backoffCeiling(attempt))).to.deep.equal([
      1000, 2000, 4000, 8000, 16_000, 30_000, 30_000,
    ]);
  });

  it('spreads retries of many clients over the whole range (full jitter)', () => {
    const random = mulberry32(7);
    const delays = Array.from({ length: 1000 }, () => backoffDelay(4, random));
    const mean = delays.reduce((a, b) => a + b, 0) / delays.length;
    expect(Math.min(...delays)).to.be.below(1600);
    expect(Math.max(...delays)).to.be.above(14_400);
    expect(mean).to.be.within(7000, 9000);
  });

  it('never retries sooner than the server asked with Retry-After', () => {
    expect(backoffDelay(0, () => 0.5, 20_000)).to.equal(20_000);
    expect(backoffDelay(5, () => 0.9, 1000)).to.equal(27_000);
  });

  it('takes its base and cap from options', () => {
    expect(backoffDelay(10, () => 0.5, undefined, { baseMs: 100, capMs: 5000 })).to.equal(2500);
  });
});
