import { formatCount } from './numbers.js';
import { isShowable, MISSING, noNegativeZero, numberFormat, type Locale } from './intl.js';

/** IEC binary units; Intl only knows the decimal kilobyte, so the symbols are ours. */
const UNITS = ['B', 'KiB', 'MiB', 'GiB', 'TiB', 'PiB', 'EiB'] as const;

/**
 * A byte count in IEC units with at most one decimal: `1536 → "1.5 KiB"`, `512 → "512 B"`,
 * `5 * 2 ** 40 → "5 TiB"`. The number follows the locale ("1,5 KiB" in de-DE).
 */
export function formatBytes(bytes: number | undefined, locale?: Locale): string {
  if (!isShowable(bytes)) return MISSING;
  let scaled = noNegativeZero(bytes);
  let index = 0;
  // Compare the rounded value so 1023.97 KiB becomes "1 MiB" rather than "1,024 KiB".
  while (index < UNITS.length - 1 && Math.abs(roundFor(scaled, index)) >= 1024) {
    scaled /= 1024;
    index += 1;
  }
  const unit = UNITS[index] ?? 'B';
  if (Math.abs(scaled) >= 1024) return `${formatCount(scaled, locale)} ${unit}`;
  const digits = index === 0 || Math.abs(scaled) >= 99.95 ? 0 : 1;
  return `${numberFormat(locale, { maximumFractionDigits: digits }).format(scaled)} ${unit}`;
}

function roundFor(value: number, index: number): number {
  return index === 0 || Math.abs(value) >= 99.95 ? Math.round(value) : Math.round(value * 10) / 10;
}
