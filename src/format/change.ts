import { isShowable, MISSING, numberFormat, type Locale } from './intl.js';

/** Which way a value moved since the previous sample. */
export type ChangeDirection = 'up' | 'down' | 'flat';

/** The change from a previous sample to the current one. */
export interface Change {
  /** `current - previous`, in the metric's own unit. */
  absolute: number;
  /**
   * The change as a fraction of the previous value's size (0.125 = +12.5 %); `undefined` when the
   * previous value was 0 and the current is not, where a percentage has no meaning.
   */
  relative: number | undefined;
  direction: ChangeDirection;
}

/** Compares `current` with `previous`; `undefined` when either is missing or not finite. */
export function computeChange(current: number | undefined, previous: number | undefined): Change | undefined {
  if (!isShowable(current) || !isShowable(previous)) return undefined;
  const absolute = current - previous;
  const direction: ChangeDirection = absolute > 0 ? 'up' : absolute < 0 ? 'down' : 'flat';
  let relative: number | undefined;
  if (previous !== 0) relative = absolute / Math.abs(previous);
  else if (absolute === 0) relative = 0;
  return { absolute, relative, direction };
}

/**
 * A fraction as a signed percentage: `0.125 → "+12.5%"`, `-0.5 → "-50%"`, `0 → "0%"`
 * (de-DE: "+12,5 %"). Very large changes go compact ("+12K%") so a card stays narrow.
 */
export function formatPercentChange(fraction: number | undefined, locale?: Locale): string {
  if (!isShowable(fraction)) return MISSING;
  const size = Math.abs(fraction);
  const options: Intl.NumberFormatOptions =
    size >= 100
      ? { style: 'percent', signDisplay: 'exceptZero', notation: 'compact', maximumFractionDigits: 1 }
      : { style: 'percent', signDisplay: 'exceptZero', maximumFractionDigits: size >= 10 ? 0 : 1 };
  return numberFormat(locale, options).format(fraction);
}
