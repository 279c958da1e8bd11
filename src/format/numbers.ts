import { isShowable, MISSING, noNegativeZero, numberFormat, type Locale } from './intl.js';

/** Beyond this, compact notation runs out of suffixes ("1,000,000T"), so switch to scientific. */
const SCIENTIFIC_FROM = 1e15;

const COMPACT: Intl.NumberFormatOptions = { notation: 'compact', maximumFractionDigits: 1 };
const SCIENTIFIC: Intl.NumberFormatOptions = { notation: 'scientific', maximumFractionDigits: 1 };

function compact(value: number, locale: Locale): string {
  const options = Math.abs(value) >= SCIENTIFIC_FROM ? SCIENTIFIC : COMPACT;
  return numberFormat(locale, options).format(noNegativeZero(value));
}

/**
 * A count in compact notation for a card: `1234 → "1.2K"`, `3_400_000 → "3.4M"` (en-US).
 * Follows the locale's own compact rules (de-DE writes "1234" and "3,4 Mio.").
 */
export function formatCount(value: number | undefined, locale?: Locale): string {
  return isShowable(value) ? compact(value, locale) : MISSING;
}

/** An exact integer with the locale's grouping: `1234567 → "1,234,567"` (en-US), "1.234.567" (de-DE). */
export function formatInteger(value: number | undefined, locale?: Locale): string {
  if (!isShowable(value)) return MISSING;
  return numberFormat(locale, { maximumFractionDigits: 0 }).format(noNegativeZero(value));
}

/** A plain number with up to two decimals, scientific when astronomically large. */
export function formatNumber(value: number | undefined, locale?: Locale): string {
  if (!isShowable(value)) return MISSING;
  if (Math.abs(value) >= SCIENTIFIC_FROM) return compact(value, locale);
  return numberFormat(locale, { maximumFractionDigits: 2 }).format(noNegativeZero(value));
}

/**
 * A per-second rate with as many digits as its size deserves: `1234 → "1.2K/s"`, `42.25 → "42.3/s"`,
 * `0.35 → "0.35/s"`, `0 → "0/s"`.
 */
export function formatRate(perSecond: number | undefined, locale?: Locale): string {
  if (!isShowable(perSecond)) return MISSING;
  const size = Math.abs(perSecond);
  let text: string;
  // Rounded first so 999.7 reads "1K/s", not "1,000/s".
  if (Math.round(size) >= 1000) text = compact(Math.round(perSecond), locale);
  else if (size >= 99.95) text = numberFormat(locale, { maximumFractionDigits: 0 }).format(perSecond);
  else if (size >= 1) text = numberFormat(locale, { maximumFractionDigits: 1 }).format(perSecond);
  else text = numberFormat(locale, { maximumSignificantDigits: 2 }).format(noNegativeZero(perSecond));
  return `${text}/s`;
}
