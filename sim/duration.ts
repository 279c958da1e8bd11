/** Go duration text (`1h30m`, `90s`, `1.5h`) and RFC 3339 timestamps, as the philotes server reads and writes them. */

const UNIT_MS: Record<string, number> = {
  ns: 1e-6,
  us: 1e-3,
  µs: 1e-3,
  μs: 1e-3,
  ms: 1,
  s: 1000,
  m: 60_000,
  h: 3_600_000,
  // Not Go: upstream accepts the range "7d" by name; any number of days is accepted here.
  d: 86_400_000,
};

const TERM = /(\d*\.?\d*)(ns|us|µs|μs|ms|s|m|h|d)/y;

/**
 * Milliseconds of a Go duration (`time.ParseDuration` syntax plus a `d` unit), or NaN when `text`
 * is not one. A sign is accepted as Go does; callers refuse what is not positive.
 */
export function parseGoDuration(text: string): number {
  let rest = text;
  let sign = 1;
  if (rest.startsWith('-') || rest.startsWith('+')) {
    sign = rest.startsWith('-') ? -1 : 1;
    rest = rest.slice(1);
  }
  if (rest === '0') return 0;
  if (rest === '') return Number.NaN;
  let total = 0;
  TERM.lastIndex = 0;
  while (TERM.lastIndex < rest.length) {
    const match = TERM.exec(rest);
    const [, number = '', unit = ''] = match ?? [];
    if (match === null || number === '' || number === '.') return Number.NaN;
    total += Number(number) * (UNIT_MS[unit] ?? Number.NaN);
  }
  return sign * total;
}

/** A whole number of milliseconds as Go's `Duration.String()` prints it: `1h40m48s`, `3m36s`, `1.5s`, `500ms`. */
export function formatGoDuration(ms: number): string {
  if (ms === 0) return '0s';
  if (ms < 0) return `-${formatGoDuration(-ms)}`;
  if (ms < 1000) return `${ms}ms`;
  const hours = Math.floor(ms / 3_600_000);
  const minutes = Math.floor((ms % 3_600_000) / 60_000);
  const seconds = (ms % 60_000) / 1000;
  return `${hours > 0 ? `${hours}h` : ''}${hours > 0 || minutes > 0 ? `${minutes}m` : ''}${seconds}s`;
}

/** Uptime as upstream reports it: rounded to whole seconds, Go duration text (`2h30m15s`, `7s`). */
export function formatUptime(ms: number): string {
  return formatGoDuration(Math.round(Math.max(0, ms) / 1000) * 1000);
}

const RFC3339 = /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(\.\d+)?([Zz]|([+-])(\d{2}):(\d{2}))$/;

/** Milliseconds since the epoch of an RFC 3339 timestamp, or NaN when `text` is not one (or names no real date). */
export function parseRfc3339(text: string): number {
  const m = RFC3339.exec(text);
  if (m === null) return Number.NaN;
  const [year, month, day, hour, minute, second] = m.slice(1, 7).map(Number) as [number, number, number, number, number, number];
  // Digits beyond milliseconds are dropped, not rounded.
  const millis = m[7] === undefined ? 0 : Number(`${m[7].slice(1)}00`.slice(0, 3));
  const utc = Date.UTC(year, month - 1, day, hour, minute, second, millis);
  const date = new Date(utc);
  if (date.getUTCDate() !== day || date.getUTCMonth() !== month - 1 || hour > 23 || minute > 59 || second > 59) return Number.NaN;
  const offset = m[8]?.toUpperCase() === 'Z' ? 0 : (m[9] === '-' ? -1 : 1) * (Number(m[10]) * 60 + Number(m[11])) * 60_000;
  return utc - offset;
}

/** `t` as RFC 3339 in UTC with milliseconds. */
export function formatRfc3339(t: number): string {
  return new Date(t).toISOString();
}
