import { expect } from '@open-wc/testing';
import { numberFormat, relativeTimeFormat } from '../../src/format/intl.js';

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
});
