/** Milliseconds per Go duration unit; Go accepts both the micro sign and the Greek mu. */
const UNIT_MS: Readonly<Record<string, number>> = {
  ns: 1e-6,
  us: 1e-3,
  'µs': 1e-3,
  'μs': 1e-3,
  ms: 1,
  s: 1000,
  m: 60_000,
  h: 3_600_000,
};

// "ms" must be tried before "m" and "s"; sticky so each part starts where the last one ended.
const PART = /(\d*)(?:\.(\d*))?(ns|us|µs|μs|ms|s|m|h)/y;

/**
 * Parses Go's `time.Duration` text (`2h30m15s`, `1.5h`, `300ms`, `-5m`, `0`) into milliseconds,
 * the way Go's `time.ParseDuration` does. Returns `undefined` for anything Go would reject
 * (empty text, a missing unit, spaces, unknown units).
 */
export function parseGoDuration(text: string): number | undefined {
  let index = 0;
  let sign = 1;
  if (text.startsWith('-') || text.startsWith('+')) {
    sign = text.startsWith('-') ? -1 : 1;
    index = 1;
  }
  const body = text.slice(index);
  if (body === '0') return 0;
  if (body === '') return undefined;
  let total = 0;
  PART.lastIndex = index;
  while (index < text.length) {
    const match = PART.exec(text);
    if (match === null) return undefined;
    const [, whole = '', fraction = '', unit = ''] = match;
    if (whole === '' && fraction === '') return undefined;
    const unitMs = UNIT_MS[unit];
    if (unitMs === undefined) return undefined;
    total += Number(`${whole || '0'}.${fraction || '0'}`) * unitMs;
    index = PART.lastIndex;
  }
  // Rounding to whole nanoseconds removes the float noise of decimal parts ("1.1s" → 1100, not 1100.0000000000002).
  const rounded = Math.round(total * 1e6) / 1e6;
  return Number.isFinite(rounded) ? sign * rounded : undefined;
}
