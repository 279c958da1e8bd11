import { expect } from '@open-wc/testing';
import { formatRelative, MISSING } from '../../src/format/index.js';

const NOW = new Date('2024-05-01T12:00:00Z');
const before = (ms: number): Date => new Date(NOW.getTime() - ms);

describe('formatRelative', () => {
  it('says how long ago, rounding down to whole units (en-US)', () => {
    expect(formatRelative(before(12_900), NOW, 'en-US')).to.equal('12 sec. ago');
    expect(formatRelative(before(3 * 60_000 + 5_000), NOW, 'en-US')).to.equal('3 min. ago');
    expect(formatRelative(before(2 * 3_600_000), NOW, 'en-US')).to.equal('2 hr. ago');
    expect(formatRelative(before(3 * 86_400_000), NOW, 'en-US')).to.equal('3 days ago');
  });

  it('speaks the locale (de-DE)', () => {
    expect(formatRelative(before(12_000), NOW, 'de-DE')).to.equal('vor 12 Sek.');
    expect(formatRelative(before(3 * 60_000), NOW, 'de-DE')).to.equal('vor 3 Min.');
  });

  it('shows a timestamp from the future (clock skew) as "now", never a negative age', () => {
    expect(formatRelative(new Date(NOW.getTime() + 30_000), NOW, 'en-US')).to.equal('now');
    expect(formatRelative(new Date(NOW.getTime() + 30_000), NOW, 'de-DE')).to.equal('jetzt');
    expect(formatRelative(before(400), NOW, 'en-US')).to.equal('now');
  });

  it('accepts epoch milliseconds as well as dates', () => {
    expect(formatRelative(NOW.getTime() - 60_000, NOW.getTime(), 'en-US')).to.equal('1 min. ago');
  });

  it('shows "—" for an invalid date', () => {
    expect(formatRelative(new Date('garbage'), NOW, 'en-US')).to.equal(MISSING);
    expect(formatRelative(NaN, NOW, 'en-US')).to.equal(MISSING);
  });
});
