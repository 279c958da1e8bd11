/**
 * Field-level building blocks shared by every resource schema. Each states, in its error text,
 * what it expected; `parseResource` puts that phrase into the message a person reads.
 *
 * Timestamps and counters are single `z.transform` steps over plain `read…` functions rather than
 * chained checks; history points use those functions directly (history.ts).
 */
import { z } from './zod.js';
import { parseRfc3339 } from './rfc3339.js';

/** What a timestamp field expects, in the words of the error message. */
export const TIMESTAMP = 'an RFC 3339 timestamp such as "2026-01-01T10:00:00Z"';
/** What a counter field expects. */
export const COUNTER = 'a non-negative integer';
/** What a number field expects. */
export const NUMBER = 'a number';

/** The `Date` of an RFC 3339 timestamp (`Z` or offset); undefined for anything else. */
export function readTimestamp(value: unknown): Date | undefined {
  const ms = typeof value === 'string' ? parseRfc3339(value) : Number.NaN;
  return Number.isNaN(ms) ? undefined : new Date(ms);
}

/** A non-negative safe integer, or undefined. */
export function readCounter(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0 ? value : undefined;
}

/** A finite number, or undefined (strings such as "NaN" are refused). */
export function readFinite(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

/** A schema of one `read` step whose failure says `expected`. */
function field<T>(read: (value: unknown) => T | undefined, expected: string) {
  return z.transform((value: unknown, ctx): T => {
    const result = read(value);
    if (result !== undefined) return result;
    ctx.issues.push({ code: 'custom', message: expected, input: value });
    return z.NEVER;
  });
}

/** An RFC 3339 timestamp (`Z` or offset) turned into the `Date` of that instant. */
export const timestamp = field(readTimestamp, TIMESTAMP);

/** A cumulative count or a depth: a non-negative safe integer. */
export const counter = field(readCounter, COUNTER);

/** Any string, kept exactly as sent: server text is data, never markup. */
export const text = z.string({ error: 'a string' });

/** A finite number (JSON has no NaN or Infinity; strings such as "NaN" are refused). */
export const finite = z.number({ error: NUMBER });

/** A boolean (`true` or `false`; "true" as a string is refused). */
export const flag = z.boolean({ error: 'true or false' });

/**
 * `partial: true`, as the gateway marks an answer Prometheus gave with `warnings` or `isPartial`
 * (the Prometheus source's `partial` mark, over REST). Anything else reads as absent: an extra
 * field is never fatal.
 */
export const partialMark = z.catch(z.optional(flag), undefined);

/** A free-form JSON object, kept as sent without copying its keys (so `__proto__` stays plain data). */
export const jsonObject = z.custom<Record<string, unknown>>(
  (value) => typeof value === 'object' && value !== null && !Array.isArray(value),
  { error: 'an object' },
);

/**
 * A list that upstream (Go) sends as `null` when it is empty; `null` reads as `[]` so an empty
 * installation is not an error.
 */
export function list<T extends z.ZodMiniType>(item: T) {
  return z.pipe(
    z.nullable(z.array(item, { error: 'a list' })),
    z.transform((items: z.output<T>[] | null) => items ?? []),
  );
}

/**
 * A string enumeration that degrades instead of failing: a value outside `known` becomes
 * `'unknown'`, so a newer server cannot crash an older widget. Non-strings are still refused.
 */
export function openEnum<const V extends readonly string[]>(known: V) {
  const set: ReadonlySet<string> = new Set(known);
  return z.pipe(
    z.string({ error: `one of ${known.map((v) => `"${v}"`).join(', ')}` }),
    z.transform((value: string): V[number] | 'unknown' => (set.has(value) ? value : 'unknown')),
  );
}
