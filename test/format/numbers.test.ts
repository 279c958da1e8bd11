import { expect } from '@open-wc/testing';
import { formatCount, formatInteger, formatNumber, formatRate, MISSING } from '../../src/format/index.js';

describe('formatCount', () => {
  it('abbreviates thousands and millions for a card', () => {
    expect(formatCount(1234, 'en-US')).to.equal('1.2K');
    expect(formatCount(3_400_000, 'en-US')).to.equal('3.4M');
    expect(formatCount(999, 'en-US')).to.equal('999');
  });

  it('follows the locale’s own compact rules, decimal comma and no-break space', () => {
    expect(formatCount(3_400_000, 'de-DE')).to.equal('3,4\u00a0Mio.');
    expect(formatCount(1234, 'de-DE')).to.equal('1234');
  });

  it('shows zero and negative counts without a stray minus on -0', () => {
    expect(formatCount(0, 'en-US')).to.equal('0');
    expect(formatCount(-0, 'en-US')).to.equal('0');
    expect(formatCount(-1234, 'en-US')).to.equal('-1.2K');
  });

  it('shows "—" for a value that is missing, NaN or infinite', () => {
    for (const value of [undefined, NaN, Infinity, -Infinity]) expect(formatCount(value, 'en-US')).to.equal(MISSING);
    expect(MISSING).to.equal('—');
  });

  it('keeps astronomically large values short in scientific notation', () => {
    expect(formatCount(1e18, 'en-US')).to.equal('1E18');
    expect(formatCount(Number.MAX_SAFE_INTEGER, 'en-US')).to.equal('9E15');
  });

  it('falls back to the browser locale instead of throwing on a malformed locale tag', () => {
    expect(formatCount(1234, 'not a locale!')).to.equal(formatCount(1234));
  });
});

describe('formatInteger', () => {
  it('prints every digit with the locale’s grouping', () => {
    expect(formatInteger(1_234_567, 'en-US')).to.equal('1,234,567');
    expect(formatInteger(1_234_567, 'de-DE')).to.equal('1.234.567');
    expect(formatInteger(-42.6, 'en-US')).to.equal('-43');
    expect(formatInteger(NaN, 'en-US')).to.equal(MISSING);
  });
});

describe('formatNumber', () => {
  it('keeps at most two decimals', () => {
    expect(formatNumber(3.14159, 'en-US')).to.equal('3.14');
    expect(formatNumber(3.14159, 'de-DE')).to.equal('3,14');
    expect(formatNumber(-Infinity, 'de-DE')).to.equal(MISSING);
  });
});

describe('formatRate', () => {
  it('abbreviates large rates and appends /s', () => {
    expect(formatRate(1234, 'en-US')).to.equal('1.2K/s');
    expect(formatRate(2_500_000, 'de-DE')).to.equal('2,5\u00a0Mio./s');
  });

  it('gives small rates enough digits to tell them apart', () => {
    expect(formatRate(0.35, 'en-US')).to.equal('0.35/s');
    expect(formatRate(0.004, 'en-US')).to.equal('0.004/s');
    expect(formatRate(42.25, 'en-US')).to.equal('42.3/s');
    expect(formatRate(0.35, 'de-DE')).to.equal('0,35/s');
    expect(formatRate(512.4, 'en-US')).to.equal('512/s');
  });

  it('reads 999.7 as 1K/s rather than 1,000/s', () => {
    expect(formatRate(999.7, 'en-US')).to.equal('1K/s');
  });

  it('handles zero, negative and missing rates', () => {
    expect(formatRate(0, 'en-US')).to.equal('0/s');
    expect(formatRate(-3, 'en-US')).to.equal('-3/s');
    expect(formatRate(NaN, 'en-US')).to.equal(MISSING);
    expect(formatRate(Infinity, 'en-US')).to.equal(MISSING);
  });
});
