/**
 * The label selector that ties a pipeline to its series (the worker labels them
 * `source="postgres-<db>"`), validated and re-escaped so that nothing an embedder types can
 * close the braces and change the query.
 */
import { MonitorError } from '../errors.js';

/**
 * A validated, canonical label-matcher list without braces, e.g. `source="postgres-orders"`.
 * Only {@link parseSelector} and {@link selectorFromLabels} make one, so it is safe to splice into PromQL.
 */
export type Selector = string & { readonly __selector: true };

const LABEL_NAME = /[a-zA-Z_][a-zA-Z0-9_]*/y;
const OPERATOR = /=~|!~|!=|=/y;
const SIMPLE_ESCAPES: Record<string, string> = { a: '\x07', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v', '\\': '\\', '"': '"', "'": "'" };
const HEX_ESCAPES: Record<string, number> = { x: 2, u: 4, U: 8 };

function selectorError(text: string, reason: string): MonitorError {
  return new MonitorError({
    kind: 'schema',
    resource: 'Prometheus selector',
    field: 'selector',
    message:
      `Invalid Prometheus selector ${JSON.stringify(text.length > 120 ? `${text.slice(0, 120)}…` : text)}: ${reason}. ` +
      `Expected label matchers such as source="postgres-orders".`,
  });
}

/** Reads one PromQL string literal starting at `at`; returns its value and the index after it. */
function readString(text: string, at: number): { value: string; end: number } | undefined {
  const quote = text[at];
  if (quote !== '"' && quote !== "'" && quote !== '`') return undefined;
  let value = '';
  let i = at + 1;
  while (i < text.length) {
    const c = text[i]!;
    if (c === quote) return { value, end: i + 1 };
    if (c === '\n' && quote !== '`') return undefined;
    if (c !== '\\' || quote === '`') {
      value += c;
      i++;
      continue;
    }
    const e = text[i + 1] ?? '';
    const digits = HEX_ESCAPES[e];
    if (SIMPLE_ESCAPES[e] !== undefined) {
      value += SIMPLE_ESCAPES[e];
      i += 2;
    } else if (digits !== undefined && /^[0-9a-fA-F]+$/.test(text.slice(i + 2, i + 2 + digits)) && i + 2 + digits <= text.length) {
      const code = Number.parseInt(text.slice(i + 2, i + 2 + digits), 16);
      if (code > 0x10ffff) return undefined;
      value += String.fromCodePoint(code);
      i += 2 + digits;
    } else {
      return undefined;
    }
  }
  return undefined;
}

/**
 * Validates a label selector as an embedder writes it (`source="postgres-orders"`, with or
 * without braces, several matchers separated by commas, `=`, `!=`, `=~`, `!~`, any PromQL string
 * quoting) and returns it in canonical form, every value re-escaped, so nothing in it can close
 * the braces and change the query. Throws a MonitorError (kind `schema`, field `selector`)
 * naming what is wrong. Regular expressions are checked by Prometheus itself.
 */
export function parseSelector(text: string): Selector {
  let body = text.trim();
  if (body.startsWith('{') && body.endsWith('}')) body = body.slice(1, -1);
  const matchers: string[] = [];
  let i = 0;
  const skipSpace = () => {
    while (i < body.length && /\s/.test(body[i]!)) i++;
  };
  skipSpace();
  while (i < body.length) {
    LABEL_NAME.lastIndex = i;
    const name = LABEL_NAME.exec(body)?.[0];
    if (name === undefined) throw selectorError(text, `expected a label name at character ${i + 1}`);
    if (name === '__name__') throw selectorError(text, 'it must not pick the metric name (__name__); the library names the metrics');
    i += name.length;
    skipSpace();
    OPERATOR.lastIndex = i;
    const op = OPERATOR.exec(body)?.[0];
    if (op === undefined) throw selectorError(text, `expected =, !=, =~ or !~ after "${name}"`);
    i += op.length;
    skipSpace();
    const literal = readString(body, i);
    if (literal === undefined) throw selectorError(text, `expected a quoted value for "${name}"`);
    matchers.push(`${name}${op}${quoteLabelValue(literal.value)}`);
    i = literal.end;
    skipSpace();
    if (i < body.length && body[i] !== ',') throw selectorError(text, `expected a comma at character ${i + 1}`);
    i++;
    skipSpace();
  }
  if (matchers.length === 0) throw selectorError(text, 'it is empty; it must say which series belong to the pipeline');
  return matchers.join(',') as Selector;
}

/** A PromQL double-quoted string literal of `value` (JSON escapes are valid Go escapes). */
export function quoteLabelValue(value: string): string {
  return JSON.stringify(value);
}

/** A selector of equality matchers, one per label: `{source: 'postgres-orders'}` → `source="postgres-orders"`. */
export function selectorFromLabels(labels: Readonly<Record<string, string>>): Selector {
  return parseSelector(
    Object.entries(labels)
      .map(([name, value]) => `${name}=${quoteLabelValue(value)}`)
      .join(','),
  );
}

/** The value of the selector's `name="…"` equality matcher, if it has one. */
export function selectorLabel(selector: Selector, name: string): string | undefined {
  for (const match of selector.matchAll(/([a-zA-Z_][a-zA-Z0-9_]*)(=~|!~|!=|=)("(?:[^"\\]|\\.)*")/g)) {
    if (match[1] === name && match[2] === '=') return JSON.parse(match[3]!) as string;
  }
  return undefined;
}
