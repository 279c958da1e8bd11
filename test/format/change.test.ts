import { expect } from '@open-wc/testing';
import { computeChange, formatDelta, formatPercentChange, formatValue, MISSING } from '../../src/format/index.js';

describe('computeChange', () => {
  it('gives the absolute and relative change and its direction', () => {
    expect(computeChange(112.5, 100)).to.deep.equal({ absolute: 12.5, relative: 0.125, direction: 'up' });
    expect(computeChange(50, 100)).to.deep.equal({ absolute: -50, relative: -0.5, direction: 'down' });
    expect(computeChange(7, 7)).to.deep.equal({ absolute: 0, relative: 0, direction: 'flat' });
  });

  it('measures the change against the size of a negative previous value', () => {
    expect(computeChange(-5, -10)?.relative).to.equal(0.5);
  });

  it('has no percentage when the previous value was zero, except for no change at all', () => {
    expect(computeChange(5, 0)).to.deep.equal({ absolute: 5, relative: undefined, direction: 'up' });
    expect(computeChange(0, 0)).to.deep.equal({ absolute: 0, relative: 0, direction: 'flat' });
  });

  it('is undefined when either sample is missing or not finite', () => {
    expect(computeChange(undefined, 1)).to.equal(undefined);
    expect(computeChange(1, NaN)).to.equal(undefined);
    expect(computeChange(Infinity, 1)).to.equal(undefined);
  });
});

describe('formatPercentChange', () => {
  it('always shows the sign of a change', () => {
    expect(formatPercentChange(0.125, 'en-US')).to.equal('+12.5%');
    expect(formatPercentChange(-0.5, 'en-US')).to.equal('-50%');
    expect(formatPercentChange(0, 'en-US')).to.equal('0%');
    expect(formatPercentChange(0.125, 'de-DE')).to.equal('+12,5\u00a0%');
  });

  it('keeps huge changes short and missing ones as "—"', () => {
    expect(formatPercentChange(1234, 'en-US')).to.equal('+123.4K%');
    expect(formatPercentChange(NaN, 'en-US')).to.equal(MISSING);
  });
});

describe('formatValue and formatDelta', () => {
  it('format a value by its unit', () => {
    expect(formatValue(1234, 'count', 'en-US')).to.equal('1.2K');
    expect(formatValue(1234, 'rate', 'en-US')).to.equal('1.2K/s');
    expect(formatValue(1536, 'bytes', 'en-US')).to.equal('1.5 KiB');
    expect(formatValue(4.2, 'seconds', 'en-US')).to.equal('4.2 s');
    expect(formatValue(4200, 'duration', 'en-US')).to.equal('4.2 s');
    expect(formatValue(1234.567, 'none', 'en-US')).to.equal('1,234.57');
    expect(formatValue(undefined, 'count', 'en-US')).to.equal(MISSING);
  });

  it('treat an unknown unit from attribute text as a plain number', () => {
    expect(formatValue(3.5, 'furlongs' as never, 'en-US')).to.equal('3.5');
  });

  it('sign a positive difference explicitly', () => {
    expect(formatDelta(150, 'rate', 'en-US')).to.equal('+150/s');
    expect(formatDelta(-1536, 'bytes', 'en-US')).to.equal('-1.5 KiB');
    expect(formatDelta(0, 'count', 'en-US')).to.equal('0');
    expect(formatDelta(NaN, 'count', 'en-US')).to.equal(MISSING);
  });
});
