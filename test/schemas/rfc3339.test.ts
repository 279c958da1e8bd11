import { expect } from '@open-wc/testing';
import { parseRfc3339 } from '../../src/schemas/index.js';

describe('parseRfc3339', () => {
  it('reads a UTC timestamp as its instant', () => {
    expect(parseRfc3339('2026-01-01T10:00:00Z')).to.equal(Date.UTC(2026, 0, 1, 10));
  });

  it('reads an offset timestamp as the same instant as its UTC form', () => {
    expect(parseRfc3339('2026-01-01T12:00:00+02:00')).to.equal(parseRfc3339('2026-01-01T10:00:00Z'));
    expect(parseRfc3339('2025-12-31T23:30:00-10:30')).to.equal(Date.UTC(2026, 0, 1, 10));
  });

  it('keeps milliseconds and drops finer digits (Go sends nanoseconds)', () => {
    expect(parseRfc3339('2026-01-01T10:00:00.5Z')).to.equal(Date.UTC(2026, 0, 1, 10, 0, 0, 500));
    expect(parseRfc3339('2026-01-01T10:00:00.123456789Z')).to.equal(Date.UTC(2026, 0, 1, 10, 0, 0, 123));
  });

  it('accepts the lower-case separators RFC 3339 allows', () => {
    expect(parseRfc3339('2026-01-01t10:00:00z')).to.equal(Date.UTC(2026, 0, 1, 10));
  });

  it('knows leap years, including the century rules', () => {
    expect(parseRfc3339('2024-02-29T00:00:00Z')).to.equal(Date.UTC(2024, 1, 29));
    expect(parseRfc3339('2000-02-29T00:00:00Z')).to.equal(Date.UTC(2000, 1, 29));
    expect(parseRfc3339('2025-02-29T00:00:00Z')).to.be.NaN;
    expect(parseRfc3339('2100-02-29T00:00:00Z')).to.be.NaN;
  });

  it('reads Go zero time (year 1) as year 1, not 1901', () => {
    expect(new Date(parseRfc3339('0001-01-01T00:00:00Z')).toISOString()).to.equal('0001-01-01T00:00:00.000Z');
  });

  it('rolls a leap second into the next minute', () => {
    expect(parseRfc3339('2016-12-31T23:59:60Z')).to.equal(Date.UTC(2017, 0, 1));
  });

  for (const text of [
    '2026-01-01T10:00:00',
    '2026-01-01 10:00:00Z',
    '2026-01-01',
    '2026-13-01T10:00:00Z',
    '2026-04-31T10:00:00Z',
    '2026-01-01T24:00:00Z',
    '2026-01-01T10:60:00Z',
    '2026-01-01T10:00:00.Z',
    '2026-01-01T10:00:00+0200',
    '2026-01-01T10:00:00+24:00',
    '2026-01-01T10:00:00Z ',
    '1767261600',
    'Thu, 01 Jan 2026 10:00:00 GMT',
    '',
  ]) {
    it(`refuses ${JSON.stringify(text)}`, () => {
      expect(parseRfc3339(text)).to.be.NaN;
    });
  }
});
