import { expect } from '@open-wc/testing';
import sinon from 'sinon';
import { collator, dateTimeFormat, numberFormat, relativeTimeFormat, warmUpIntl } from '../../src/format/intl.js';

describe('Intl formatter cache', () => {
  it('reuses one formatter per locale and options, since cards format on every tick', () => {
    expect(numberFormat('en-US', { maximumFractionDigits: 1 })).to.equal(numberFormat('en-US', { maximumFractionDigits: 1 }));
    expect(relativeTimeFormat('de-DE', { style: 'short' })).to.equal(relativeTimeFormat('de-DE', { style: 'short' }));
  });

  it('keeps formatters for different locales or options apart', () => {
    const base = numberFormat('en-US', { maximumFractionDigits: 1 });
    expect(numberFormat('de-DE', { maximumFractionDigits: 1 })).not.to.equal(base);
    expect(numberFormat('en-US', { maximumFractionDigits: 2 })).not.to.equal(base);
    expect(numberFormat(undefined, { maximumFractionDigits: 1 })).not.to.equal(base);
  });

  it("degrades a malformed locale to the browser's, then an unknown time zone to the browser's", () => {
    const instant = Date.UTC(2026, 0, 1, 12, 0);
    const options = { hour: 'numeric', minute: '2-digit', timeZone: 'Asia/Tokyo' } as const;
    expect(dateTimeFormat('not a locale!', options).format(instant)).to.equal(dateTimeFormat(undefined, options).format(instant));
    expect(dateTimeFormat('en-US', options).resolvedOptions().timeZone).to.equal('Asia/Tokyo');
    const unknownZone = dateTimeFormat('en-US', { ...options, timeZone: 'Mars/Olympus_Mons' });
    expect(unknownZone.resolvedOptions().timeZone).to.equal(new Intl.DateTimeFormat().resolvedOptions().timeZone);
    expect(collator('not a locale!', { numeric: true }).compare('t2', 't10')).to.be.below(0);
    expect(numberFormat('not a locale!', { maximumFractionDigits: 0 }).format(1234.5)).to.equal(
      new Intl.NumberFormat(undefined, { maximumFractionDigits: 0 }).format(1234.5),
    );
  });

  it('still throws for options no locale can mend', () => {
    expect(() => numberFormat('en-US', { style: 'unit', unit: 'furlong-per-fortnight' })).to.throw(RangeError);
  });

  it("loads a locale's formatters when the page is idle, once per locale", () => {
    const clock = sinon.useFakeTimers({ toFake: ['requestIdleCallback', 'setTimeout'] });
    const built = sinon.spy(Intl, 'NumberFormat');
    try {
      warmUpIntl('fr-CA');
      expect(built.called, 'nothing is built in the calling task').to.equal(false);
      clock.runAll();
      expect(built.callCount).to.equal(1);
      expect(built.firstCall.args[0]).to.equal('fr-CA');
      warmUpIntl('fr-CA');
      clock.runAll();
      expect(built.callCount, 'a second element of the locale schedules nothing').to.equal(1);
    } finally {
      built.restore();
      clock.restore();
    }
  });
});
