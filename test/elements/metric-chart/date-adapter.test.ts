import { expect } from '@open-wc/testing';
import { _adapters, type DateAdapter, type TimeUnit } from 'chart.js';
import { formatTime, installIntlDateAdapter, intlAdapterOptions } from '../../../src/elements/metric-chart/date-adapter.js';

installIntlDateAdapter();

function adapter(timeZone: string, locale = 'en-GB'): DateAdapter {
  return new _adapters._date(intlAdapterOptions(locale, timeZone));
}

/** The first `count` ticks of `unit` from `from`, as the time scale generates them. */
function ticks(a: DateAdapter, from: number, unit: TimeUnit, count: number): number[] {
  const out = [a.startOf(from, unit)];
  while (out.length < count) out.push(a.add(out.at(-1)!, 1, unit));
  return out;
}

const HOUR = 3_600_000;

describe('Intl date adapter', () => {
  describe('across the spring DST change (Europe/Berlin, 31 March 2024, 02:00 → 03:00)', () => {
    const berlin = adapter('Europe/Berlin');
    const before = Date.UTC(2024, 2, 30, 22, 10); // 23:10 CET

    it('labels consecutive hours without inventing the skipped 02:00', () => {
      const hours = ticks(berlin, before, 'hour', 5);
      expect(hours.map((t) => berlin.format(t, 'hour'))).to.deep.equal(['23:00', '00:00', '01:00', '03:00', '04:00']);
      expect(hours.slice(1).map((t, i) => t - hours[i]!)).to.deep.equal([HOUR, HOUR, HOUR, HOUR]);
    });

    it('starts days at local midnight, the short day being 23 hours long', () => {
      const days = ticks(berlin, before + 12 * HOUR, 'day', 3);
      expect(days).to.deep.equal([Date.UTC(2024, 2, 30, 23), Date.UTC(2024, 2, 31, 22), Date.UTC(2024, 3, 1, 22)]);
      expect(days.map((t) => berlin.format(t, 'day'))).to.deep.equal(['31 Mar', '1 Apr', '2 Apr']);
      expect(berlin.diff(days[1]!, days[0]!, 'day')).to.equal(1);
      expect(berlin.diff(days[1]!, days[0]!, 'hour')).to.equal(23);
    });

    it('ends a day one millisecond before the next midnight', () => {
      expect(berlin.endOf(before + 12 * HOUR, 'day')).to.equal(Date.UTC(2024, 2, 31, 22) - 1);
    });
  });

  describe('across the autumn DST change (America/New_York, 3 November 2024, 02:00 → 01:00)', () => {
    const newYork = adapter('America/New_York', 'en-US');

    it('labels the repeated hour twice, and tooltips tell them apart by zone name', () => {
      const hours = ticks(newYork, Date.UTC(2024, 10, 3, 4), 'hour', 4);
      expect(hours.map((t) => newYork.format(t, 'hour'))).to.deep.equal(['12:00 AM', '1:00 AM', '1:00 AM', '2:00 AM']);
      const [edt, est] = [newYork.format(hours[1]!, 'datetime'), newYork.format(hours[2]!, 'datetime')];
      expect(edt).to.contain('EDT');
      expect(est).to.contain('EST');
    });

    it('counts the 25-hour day as one day and adds a calendar day at the same wall time', () => {
      const noonBefore = Date.UTC(2024, 10, 2, 16); // 12:00 EDT
      const noonAfter = newYork.add(noonBefore, 1, 'day');
      expect(noonAfter - noonBefore).to.equal(25 * HOUR);
      expect(newYork.format(noonAfter, 'minute')).to.equal('12:00 PM');
      expect(newYork.diff(noonAfter, noonBefore, 'day')).to.equal(1);
    });
  });

  it('starts hours on the hour in a zone offset by half an hour', () => {
    const kolkata = adapter('Asia/Kolkata');
    const start = kolkata.startOf(Date.UTC(2024, 0, 1, 10, 50), 'hour');
    expect(kolkata.format(start, 'minute')).to.equal('16:00');
    expect(start).to.equal(Date.UTC(2024, 0, 1, 10, 30));
  });

  it('adds months on the calendar, keeping the day inside the shorter month', () => {
    const utc = adapter('UTC');
    expect(utc.add(Date.UTC(2024, 0, 31, 9), 1, 'month')).to.equal(Date.UTC(2024, 1, 29, 9));
    expect(utc.diff(Date.UTC(2024, 2, 30), Date.UTC(2024, 0, 31), 'month')).to.equal(1);
    expect(utc.startOf(Date.UTC(2024, 4, 17, 5), 'quarter')).to.equal(Date.UTC(2024, 3, 1));
    expect(utc.format(Date.UTC(2024, 4, 17), 'quarter')).to.equal('Q2 2024');
    expect(utc.startOf(Date.UTC(2024, 4, 17, 5), 'week')).to.equal(Date.UTC(2024, 4, 13), 'the Monday before');
  });

  it('parses instants, dates and ISO strings, and nothing else', () => {
    const utc = adapter('UTC');
    expect(utc.parse(1234)).to.equal(1234);
    expect(utc.parse(new Date(5678))).to.equal(5678);
    expect(utc.parse('2024-01-01T00:00:00Z')).to.equal(Date.UTC(2024, 0, 1));
    expect(utc.parse('soon')).to.equal(null);
    expect(utc.parse(undefined)).to.equal(null);
  });

  it("formats in the viewer's zone when no zone is given, and an unknown zone degrades to it", () => {
    const t = Date.UTC(2024, 5, 1, 12, 34);
    const local = new Intl.DateTimeFormat('en-GB', { hour: 'numeric', minute: '2-digit' }).format(t);
    expect(formatTime(t, 'minute', 'en-GB')).to.equal(local);
    expect(adapter('Mars/Olympus_Mons').format(t, 'minute')).to.equal(local);
  });

  it("leaves scales that are not the element's to the adapter installed before it", () => {
    const other = new _adapters._date({});
    expect(() => other.format(0, 'yyyy')).to.throw(/date adapter/i);
    _adapters._date.override({ format: () => 'from another adapter' });
    installIntlDateAdapter();
    expect(new _adapters._date({}).format(0, 'yyyy')).to.equal('from another adapter');
    expect(adapter('UTC').format(Date.UTC(2024, 0, 1), 'year')).to.equal('2024');
  });
});
