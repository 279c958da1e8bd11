import { expect } from '@open-wc/testing';
import { formatTime } from '../../../src/elements/metric-chart/date-adapter.js';
import { tickLabel, tickStep, timeTicks } from '../../../src/elements/metric-chart/time-ticks.js';

const MIN = 60_000;
const HOUR = 60 * MIN;

function labels(min: number, max: number, count: number, zone: string, locale = 'en-GB'): string[] {
  const { ticks, step } = timeTicks(min, max, count, zone);
  return ticks.map((t) => tickLabel(t, step, locale, zone));
}

describe('time axis ticks', () => {
  it('picks the smallest round step that fits the labels', () => {
    expect(tickStep(HOUR, 8)).to.equal(10 * MIN);
    expect(tickStep(HOUR, 4)).to.equal(15 * MIN);
    expect(tickStep(7 * 24 * HOUR, 8)).to.equal(24 * HOUR);
    expect(tickStep(7 * 24 * HOUR, 3)).to.equal(7 * 24 * HOUR);
  });

  it('puts ticks on round wall-clock times, not on the first sample', () => {
    const min = Date.UTC(2026, 0, 1, 11, 34, 17);
    expect(labels(min, min + HOUR, 8, 'UTC')).to.deep.equal(['11:40', '11:50', '12:00', '12:10', '12:20', '12:30']);
  });

  it('marks midnight as a major tick labelled with the date', () => {
    const { ticks, step } = timeTicks(Date.UTC(2026, 0, 1, 22), Date.UTC(2026, 0, 2, 2), 6, 'UTC');
    expect(ticks.filter((t) => t.major).map((t) => tickLabel(t, step, 'en-GB', 'UTC'))).to.deep.equal(['2 Jan']);
  });

  it('re-aligns to round local times after the spring DST change instead of drifting an hour', () => {
    // Europe/Berlin, 31 March 2024: 02:00 CET becomes 03:00 CEST.
    expect(labels(Date.UTC(2024, 2, 30, 23), Date.UTC(2024, 2, 31, 8), 4, 'Europe/Berlin')).to.deep.equal(['31 Mar', '03:00', '06:00', '09:00']);
  });

  it('labels both real hours of the autumn DST change', () => {
    const ticks = labels(Date.UTC(2024, 10, 3, 4), Date.UTC(2024, 10, 3, 7), 4, 'America/New_York', 'en-US');
    expect(ticks).to.deep.equal(['Nov 3', '1:00 AM', '1:00 AM', '2:00 AM']);
  });

  it('puts hour ticks on the hour in a zone offset by half an hour', () => {
    const { ticks } = timeTicks(Date.UTC(2024, 0, 1, 10), Date.UTC(2024, 0, 1, 13), 4, 'Asia/Kolkata');
    expect(ticks.map((t) => formatTime(t.value, 'minute', 'en-GB', 'Asia/Kolkata'))).to.deep.equal(['16:00', '17:00', '18:00']);
  });

  it('steps whole calendar days at local midnight across a DST change', () => {
    const { ticks, step } = timeTicks(Date.UTC(2024, 2, 28, 12), Date.UTC(2024, 3, 2, 12), 6, 'Europe/Berlin');
    expect(step).to.equal(24 * HOUR);
    expect(ticks.map((t) => tickLabel(t, step, 'en-GB', 'Europe/Berlin'))).to.deep.equal(['29 Mar', '30 Mar', '31 Mar', '1 Apr', '2 Apr']);
    expect(ticks[3]!.value - ticks[2]!.value).to.equal(23 * HOUR);
  });

  it('has no ticks for an empty or invalid window', () => {
    expect(timeTicks(NaN, 0, 5).ticks).to.deep.equal([]);
    expect(timeTicks(10, 0, 5).ticks).to.deep.equal([]);
  });
});
