import { expect } from '@open-wc/testing';
import { formatBytes, MISSING } from '../../src/format/index.js';

describe('formatBytes', () => {
  it('uses IEC binary units with one decimal', () => {
    expect(formatBytes(1536, 'en-US')).to.equal('1.5 KiB');
    expect(formatBytes(512, 'en-US')).to.equal('512 B');
    expect(formatBytes(1024, 'en-US')).to.equal('1 KiB');
    expect(formatBytes(3.25 * 2 ** 20, 'en-US')).to.equal('3.3 MiB');
    expect(formatBytes(7 * 2 ** 30, 'en-US')).to.equal('7 GiB');
    expect(formatBytes(5 * 2 ** 40, 'en-US')).to.equal('5 TiB');
  });

  it('writes the number the locale’s way', () => {
    expect(formatBytes(1536, 'de-DE')).to.equal('1,5 KiB');
    expect(formatBytes(123.4 * 2 ** 30, 'de-DE')).to.equal('123 GiB');
  });

  it('moves to the next unit when rounding would print 1024', () => {
    expect(formatBytes(2 ** 20 - 1, 'en-US')).to.equal('1 MiB');
  });

  it('handles zero, negative, fractional, missing and huge byte counts', () => {
    expect(formatBytes(0, 'en-US')).to.equal('0 B');
    expect(formatBytes(-2048, 'en-US')).to.equal('-2 KiB');
    expect(formatBytes(0.4, 'en-US')).to.equal('0 B');
    expect(formatBytes(NaN, 'en-US')).to.equal(MISSING);
    expect(formatBytes(Infinity, 'en-US')).to.equal(MISSING);
    expect(formatBytes(3 * 2 ** 60, 'en-US')).to.equal('3 EiB');
    expect(formatBytes(1e30, 'en-US')).to.equal('867.4B EiB');
  });
});
