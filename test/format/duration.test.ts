import { expect } from '@open-wc/testing';
import { formatDuration, formatSeconds, MISSING, parseGoDuration } from '../../src/format/index.js';

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

describe('formatDuration', () => {
  it('shows each size of duration with at most two units (en-US)', () => {
    expect(formatDuration(850, 'en-US')).to.equal('850 ms');
    expect(formatDuration(4200, 'en-US')).to.equal('4.2 s');
    expect(formatDuration(3 * MINUTE + 12 * SECOND, 'en-US')).to.equal('3m 12s');
    expect(formatDuration(2 * HOUR + 30 * MINUTE, 'en-US')).to.equal('2h 30m');
    expect(formatDuration(3 * DAY + 4 * HOUR, 'en-US')).to.equal('3d 4h');
  });

  it('uses the locale’s numbers and unit names (de-DE)', () => {
    expect(formatDuration(850, 'de-DE')).to.equal('850 ms');
    expect(formatDuration(4200, 'de-DE')).to.equal('4,2 s');
    expect(formatDuration(3 * MINUTE + 12 * SECOND, 'de-DE')).to.equal('3 Min. 12 Sek.');
  });

  it('writes German days and hours in one style, abbreviated, not the mixed narrow "3 T 4h"', () => {
    expect(formatDuration(3 * DAY + 4 * HOUR, 'de-DE')).to.equal('3 Tg. 4 Std.');
    expect(formatDuration(2 * HOUR + 30 * MINUTE, 'de-AT')).to.equal('2 Std. 30 Min.');
  });

  it('drops a zero second unit to stay short', () => {
    expect(formatDuration(5 * MINUTE, 'en-US')).to.equal('5m');
    expect(formatDuration(2 * HOUR, 'en-US')).to.equal('2h');
  });

  it('picks the unit after rounding, so 59.98 s reads "1m", not "60 s"', () => {
    expect(formatDuration(59_980, 'en-US')).to.equal('1m');
    expect(formatDuration(999.7, 'en-US')).to.equal('1 s');
    expect(formatDuration(HOUR - 300, 'en-US')).to.equal('1h');
  });

  it('handles zero, sub-millisecond, negative, missing and huge durations', () => {
    expect(formatDuration(0, 'en-US')).to.equal('0 ms');
    expect(formatDuration(0.25, 'en-US')).to.equal('0.25 ms');
    expect(formatDuration(-4200, 'en-US')).to.equal('-4.2 s');
    for (const value of [undefined, NaN, Infinity, -Infinity]) expect(formatDuration(value, 'en-US')).to.equal(MISSING);
    expect(formatDuration(400 * DAY, 'en-US')).to.equal('400d');
  });
});

describe('formatSeconds', () => {
  it('formats a value in seconds, such as lag, as a duration', () => {
    expect(formatSeconds(0.85, 'en-US')).to.equal('850 ms');
    expect(formatSeconds(192, 'en-US')).to.equal('3m 12s');
    expect(formatSeconds(NaN, 'en-US')).to.equal(MISSING);
  });
});

describe('parseGoDuration', () => {
  it('reads Go duration text into milliseconds', () => {
    expect(parseGoDuration('2h30m15s')).to.equal(9_015_000);
    expect(parseGoDuration('5m3s')).to.equal(303_000);
    expect(parseGoDuration('7s')).to.equal(7000);
    expect(parseGoDuration('300ms')).to.equal(300);
  });

  it('accepts decimals, signs, zero and the small units Go prints', () => {
    expect(parseGoDuration('1.5h')).to.equal(5_400_000);
    expect(parseGoDuration('1.1s')).to.equal(1100);
    expect(parseGoDuration('.5s')).to.equal(500);
    expect(parseGoDuration('-5m')).to.equal(-300_000);
    expect(parseGoDuration('+2m')).to.equal(120_000);
    expect(parseGoDuration('0')).to.equal(0);
    expect(parseGoDuration('0s')).to.equal(0);
    expect(parseGoDuration('1500us')).to.equal(1.5);
    expect(parseGoDuration('2µs')).to.equal(0.002);
    expect(parseGoDuration('2μs')).to.equal(0.002);
    expect(parseGoDuration('250ns')).to.equal(0.00025);
    expect(parseGoDuration('1m0.5s')).to.equal(60_500);
  });

  it('rejects text Go would reject', () => {
    for (const text of ['', '5', '5x', '1h 2m', ' 1h', '.s', 'h', '-', '1.5.5s', '00', '1d']) {
      expect(parseGoDuration(text), text).to.equal(undefined);
    }
  });
});
