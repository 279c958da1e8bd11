/**
 * Shared Intl plumbing for the formatters: one cached formatter per (locale, options), because
 * every card formats on every tick and constructing Intl objects is the expensive part.
 */

/** A BCP 47 language tag such as `en-US`; `undefined` means the browser's own locale. */
export type Locale = string | undefined;

/** What every formatter shows for a value it cannot show: undefined, NaN or ±Infinity. */
export const MISSING = '—';

const numberFormats = new Map<string, Intl.NumberFormat>();
const relativeFormats = new Map<string, Intl.RelativeTimeFormat>();

/**
 * Builds a formatter, falling back to the browser's locale when the tag is malformed, so a typo
 * in an embedder's `locale` attribute degrades to default formatting instead of a broken card.
 */
function cached<F, O>(cache: Map<string, F>, locale: Locale, options: O, create: (locale: Locale, options: O) => F): F {
  const key = `${locale ?? ''}\u0000${JSON.stringify(options)}`;
  let formatter = cache.get(key);
  if (formatter === undefined) {
    try {
      formatter = create(locale, options);
    } catch (error) {
      if (!(error instanceof RangeError) || locale === undefined) throw error;
      formatter = create(undefined, options);
    }
    cache.set(key, formatter);
  }
  return formatter;
}

/** A cached `Intl.NumberFormat` for `locale` and `options`. */
export function numberFormat(locale: Locale, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  return cached(numberFormats, locale, options, (l, o) => new Intl.NumberFormat(l, o));
}

/** A cached `Intl.RelativeTimeFormat` for `locale` and `options`. */
export function relativeTimeFormat(locale: Locale, options: Intl.RelativeTimeFormatOptions): Intl.RelativeTimeFormat {
  return cached(relativeFormats, locale, options, (l, o) => new Intl.RelativeTimeFormat(l, o));
}

/** Whether `value` is a number a formatter can show (not undefined, NaN or ±Infinity). */
export function isShowable(value: number | undefined): value is number {
  return value !== undefined && Number.isFinite(value);
}

/** `-0` prints as "-0" through Intl; a metric of negative zero is just zero. */
export function noNegativeZero(value: number): number {
  return value === 0 ? 0 : value;
}
