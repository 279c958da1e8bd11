/**
 * Validation with messages a person can act on: which resource, which field, what was expected
 * and what came, never more than a short excerpt of what came.
 */
import { z } from './zod.js';
import { MonitorError, truncate } from '../errors.js';

const EXPECTED_TYPE: Record<string, string> = {
  object: 'an object',
  array: 'a list',
  string: 'a string',
  number: 'a number',
  int: 'an integer',
  boolean: 'true or false',
};

/**
 * Phrases for issues whose schema states no expectation of its own (plain `z.object`, `z.array`);
 * the field schemas in fields.ts carry theirs, which take precedence.
 */
function expectedPhrase(issue: z.core.$ZodRawIssue): string | undefined {
  switch (issue.code) {
    case 'invalid_type':
      return EXPECTED_TYPE[issue.expected] ?? `a value of type ${issue.expected}`;
    case 'too_small':
      return `a ${issue.origin} ${issue.inclusive === false ? '>' : '≥'} ${String(issue.minimum)}`;
    case 'too_big':
      return `a ${issue.origin} ${issue.inclusive === false ? '<' : '≤'} ${String(issue.maximum)}`;
    case 'invalid_value':
      return `one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    default:
      return undefined;
  }
}

/** What came, in a few words; strings are cut so a 1 MB payload cannot flood the message. */
function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return `a list of ${value.length} item${value.length === 1 ? '' : 's'}`;
  switch (typeof value) {
    case 'string':
      return `string ${JSON.stringify(truncate(value))}`;
    case 'number':
    case 'boolean':
      return `${typeof value} ${String(value)}`;
    case 'object':
      return 'an object';
    default:
      return typeof value;
  }
}

/** The input found at `path`, looking only at own properties. */
function valueAt(json: unknown, path: readonly PropertyKey[]): unknown {
  let current = json;
  for (const key of path) {
    if (typeof current !== 'object' || current === null || !Object.hasOwn(current, key)) return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

function describeIssue(json: unknown, issue: z.core.$ZodIssue): { field: string; text: string } {
  const field = issue.path.map(String).join('.');
  const subject = field === '' ? 'the response body' : `field "${field}"`;
  const value = valueAt(json, issue.path);
  const text =
    value === undefined
      ? `${subject} is missing (expected ${issue.message})`
      : `${subject} expected ${issue.message}, got ${describe(value)}`;
  return { field, text };
}

/**
 * Validates `json` against `schema` and returns the parsed value (unknown fields stripped,
 * timestamps as `Date`). On a mismatch throws a MonitorError of kind `schema` whose `field` is the
 * first offending dotted path (`metrics.tables.3.lag_seconds`, `''` for the body itself) and whose
 * message reads like:
 * `Invalid pipeline metrics: field "metrics.lag_seconds" expected a number, got string "abc" (and 2 more problems)`.
 */
export function parseResource<T>(schema: z.core.$ZodType<T>, json: unknown, resource: string): T {
  const result = z.safeParse(schema, json, { error: expectedPhrase });
  if (result.success) return result.data;
  const issues = result.error.issues;
  // zod never fails without at least one issue.
  const { field, text } = describeIssue(json, issues[0]!);
  const extra = issues.length - 1;
  const more = extra === 0 ? '' : ` (and ${extra} more problem${extra === 1 ? '' : 's'})`;
  throw new MonitorError({
    kind: 'schema',
    resource,
    field,
    message: `Invalid ${resource}: ${text}${more}`,
    cause: result.error,
  });
}
