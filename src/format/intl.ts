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
const dateTimeFormats = new Map<string, Intl.DateTimeFormat>();
const collators = new Map<string, Intl.Collator>();

/**
 * Builds a formatter, degrading instead of throwing: a malformed locale tag in an embedder's
 * `locale` attribute falls back to the browser's locale, then an unknown `timeZone` to the
 * browser's zone, so a typo gives default formatting instead of a broken element.
 */
function cached<F, O extends object>(cache: Map<string, F>, locale: Locale, options: O, create: (locale: Locale, options: O) => F): F {
  const key = `${locale ?? ''}\u0000${JSON.stringify(options)}`;
  let formatter = cache.get(key);
  if (formatter === undefined) {
    const attempts: [Locale, O][] = [[locale, options]];
    if (locale !== undefined) attempts.push([undefined, options]);
    if ('timeZone' in options && options.timeZone !== undefined) attempts.push([undefined, { ...options, timeZone: undefined }]);
    for (const [i, [l, o]] of attempts.entries()) {
      try {
        formatter = create(l, o);
        break;
      } catch (error) {
        if (!(error instanceof RangeError) || i === attempts.length - 1) throw error;
      }
    }
    cache.set(key, formatter!);
  }
  return formatter!;
}

/** A cached `Intl.NumberFormat` for `locale` and `options`. */
export function numberFormat(locale: Locale, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  return cached(numberFormats, locale, options, (l, o) => new Intl.NumberFormat(l, o));
}

/** A cached `Intl.RelativeTimeFormat` for `locale` and `options`. */
export function relativeTimeFormat(locale: Locale, options: Intl.RelativeTimeFormatOptions): Intl.RelativeTimeFormat {
  return cached(relativeFormats, locale, options, (l, o) => new Intl.RelativeTimeFormat(l, o));
}

/** A cached `Intl.DateTimeFormat` for `locale` and `options` (an unknown `timeZone` becomes the browser's). */
export function dateTimeFormat(locale: Locale, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  return cached(dateTimeFormats, locale, options, (l, o) => new Intl.DateTimeFormat(l, o));
}

/** A cached `Intl.Collator` for `locale` and `options`. */
export function collator(locale: Locale, options: Intl.CollatorOptions): Intl.Collator {
  return cached(collators, locale, options, (l, o) => new Intl.Collator(l, o));
}

const warmed = new Set<string>();

/**
 * Builds a number and a relative-time formatter for `locale` in an idle moment, once per locale.
 * The first Intl formatter of a page loads the locale's data (15-50 ms in Chromium); a connected
 * element asks for this while its first request is in flight, so that cost does not land in the
 * task that first shows the data.
 */
export function warmUpIntl(locale: Locale): void {
  const key = locale ?? '';
  if (warmed.has(key)) return;
  warmed.add(key);
  const warm = (): void => {
    numberFormat(locale, {});
    relativeTimeFormat(locale, { numeric: 'always', style: 'short' });
  };
  if (typeof requestIdleCallback === 'function') requestIdleCallback(warm);
  else setTimeout(warm, 0);
}

/** Whether `value` is a number a formatter can show (not undefined, NaN or ±Infinity). */
export function isShowable(value: number | undefined): value is number {
  return value !== undefined && Number.isFinite(value);
}

/** `-0` prints as "-0" through Intl; a metric of negative zero is just zero. */
export function noNegativeZero(value: number): number {
  return value === 0 ? 0 : value;
}
