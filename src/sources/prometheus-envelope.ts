/**
 * The Prometheus HTTP API envelope (CONTRACT.md §2) read with zod: vector, matrix and scalar
 * results with `NaN`/`±Inf` as gaps, `warnings` and VictoriaMetrics' `isPartial` as a partial
 * mark, and every failure (`status: "error"`, a proxy's HTML, plain text, broken JSON) as a
 * MonitorError whose message says what to check. Pure: the transport lives in prometheus-client.ts.
 */
import { z } from '../schemas/zod.js';
import { MonitorError, truncate } from '../errors.js';
import { parseResource } from '../schemas/parse.js';

/** One value at one instant. `value` is NaN for a gap (`"NaN"`, `"+Inf"`, `"-Inf"`), never 0. */
export interface PromPoint {
  /** Epoch milliseconds. */
  time: number;
  value: number;
}

/** A labelled instant sample (vector element). */
export interface PromSample extends PromPoint {
  labels: Record<string, string>;
}

/** A labelled series of points, ascending (matrix element). */
export interface PromSeries {
  labels: Record<string, string>;
  points: PromPoint[];
}

/** The `data` of a successful answer, by result type. */
export type PromData =
  | { resultType: 'vector'; result: PromSample[] }
  | { resultType: 'matrix'; result: PromSeries[] }
  | { resultType: 'scalar'; result: PromPoint }
  | { resultType: 'string'; result: { time: number; value: string } };

/** A successful answer. */
export interface PromResult {
  data: PromData;
  /** Prometheus `warnings`, or VictoriaMetrics' `isPartial`: some data may be missing. */
  partial: boolean;
  /** The warnings as sent (plus a note for `isPartial`). */
  warnings: string[];
}

/** What a failed query's MonitorError carries as `cause`: Prometheus' own words. */
export interface PrometheusFailure {
  /** `bad_data`, `execution`, `timeout`, `canceled`, `internal`, `unavailable`… */
  errorType: string;
  error: string;
}

/** The raw HTTP answer the envelope is read from. */
export interface PrometheusAnswer {
  status: number;
  statusText?: string;
  contentType: string;
  text: string;
  /** `Retry-After` header, if any. */
  retryAfter?: string | null;
  /** Names the query in messages: "pipeline metrics", "metrics history". */
  resource: string;
}

const SAMPLE = 'a sample [unix_seconds, "value"]';

/** A sample value: a decimal string; `NaN`, `+Inf` and `-Inf` (and Go's `Inf`) are gaps. */
export function parseSampleValue(text: string): number {
  const value = Number(text);
  return Number.isFinite(value) ? value : Number.NaN;
}

const VALUE_TEXT = /^[+-]?(?:\d+\.?\d*(?:[eE][+-]?\d+)?|\.\d+(?:[eE][+-]?\d+)?|NaN|Inf)$/;

/** `[1735689600.123, "42"]` → `{time: 1735689600123, value: 42}`; a single transform so long matrices parse fast. */
const Point = z.transform((input: unknown, ctx): PromPoint => {
  if (Array.isArray(input) && input.length === 2) {
    const [t, v] = input as [unknown, unknown];
    if (typeof t === 'number' && Number.isFinite(t) && typeof v === 'string' && VALUE_TEXT.test(v)) {
      return { time: Math.round(t * 1000), value: parseSampleValue(v) };
    }
  }
  ctx.issues.push({ code: 'custom', message: SAMPLE, input });
  return z.NEVER;
});

const Labels = z.record(z.string(), z.string());

const Data = z.discriminatedUnion('resultType', [
  z.object({
    resultType: z.literal('vector'),
    result: z.pipe(
      z.array(z.object({ metric: Labels, value: Point })),
      z.transform((items: { metric: Record<string, string>; value: PromPoint }[]) =>
        items.map(({ metric, value }): PromSample => ({ labels: metric, ...value })),
      ),
    ),
  }),
  z.object({
    resultType: z.literal('matrix'),
    result: z.pipe(
      z.array(z.object({ metric: Labels, values: z.array(Point) })),
      z.transform((items: { metric: Record<string, string>; values: PromPoint[] }[]) =>
        items.map(({ metric, values }): PromSeries => ({ labels: metric, points: values })),
      ),
    ),
  }),
  z.object({ resultType: z.literal('scalar'), result: Point }),
  z.object({
    resultType: z.literal('string'),
    result: z.pipe(
      z.tuple([z.number(), z.string()]),
      z.transform(([t, v]: [number, string]) => ({ time: Math.round(t * 1000), value: v })),
    ),
  }),
]);

/** A success envelope; `{status: "error"}` is read before, by {@link failureOf}, so its words survive any shape. */
const Success = z.object({
  status: z.literal('success'),
  data: Data,
  warnings: z.catch(z.optional(z.array(z.string())), undefined),
  isPartial: z.catch(z.optional(z.boolean()), undefined),
});

function statusLine(answer: PrometheusAnswer): string {
  const reason = answer.statusText?.trim();
  return reason ? `${answer.status} ${truncate(reason, 40)}` : String(answer.status);
}

function retryAfterMs(value: string | null | undefined): number | undefined {
  const text = value?.trim();
  if (text === undefined || text === '') return undefined;
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  const at = /^[A-Za-z]{3}/.test(text) ? Date.parse(text) : Number.NaN;
  return Number.isNaN(at) ? undefined : Math.max(0, at - Date.now());
}

/** The query's answer is not JSON: an HTML page, plain text, or nothing at all. */
function notJson(answer: PrometheusAnswer, trimmed: string, base: BaseInit): MonitorError {
  const where = `The ${answer.resource} query to Prometheus`;
  let message: string;
  if (/html/i.test(answer.contentType) || trimmed.startsWith('<')) {
    message =
      `${where} got an HTML page instead of JSON (${statusLine(answer)}). It looks like a proxy, login or error ` +
      `page: check that the Prometheus URL points at the server itself (e.g. http://prometheus:9090).`;
  } else if (trimmed === '') {
    message = `${where} got an empty answer (${statusLine(answer)}); expected JSON.`;
  } else {
    const hint = answer.status === 404 ? ' Check the Prometheus URL: it should be the server base, without /api/v1.' : '';
    message = `${where} got plain text instead of JSON (${statusLine(answer)}): ${JSON.stringify(
      truncate(trimmed.replace(/\s+/g, ' '), 120),
    )}.${hint}`;
  }
  return new MonitorError({ ...base, kind: 'not-json', message });
}

interface BaseInit {
  resource: string;
  status: number;
  retryAfterMs: number | undefined;
}

/**
 * Reads one Prometheus answer. Resolves the data of a `success` envelope (its `partial` flag set
 * by `warnings` or `isPartial`); throws a MonitorError otherwise:
 * `upstream` for `{status: "error"}` whatever the HTTP status (400 bad_data, 422 execution, 503
 * timeout…, with `cause` a {@link PrometheusFailure}), `not-json` for HTML, text or an empty body,
 * `invalid-json` for a JSON body that does not parse, `http` for other JSON on a non-2xx status,
 * `schema` for a success envelope of the wrong shape. `status` and `retryAfterMs` are always set.
 */
export function readPrometheusAnswer(answer: PrometheusAnswer): PromResult {
  const base: BaseInit = { resource: answer.resource, status: answer.status, retryAfterMs: retryAfterMs(answer.retryAfter) };
  const trimmed = answer.text.trim();
  const declaredJson = /[/+]json\b/i.test(answer.contentType);
  if (!declaredJson && !/^[[{]/.test(trimmed)) throw notJson(answer, trimmed, base);
  let json: unknown;
  try {
    json = JSON.parse(answer.text);
  } catch (error) {
    if (!declaredJson) throw notJson(answer, trimmed, base);
    throw new MonitorError({
      ...base,
      kind: 'invalid-json',
      cause: error,
      message: `The ${answer.resource} answer from Prometheus is not valid JSON (${statusLine(answer)}): ${truncate(
        error instanceof Error ? error.message : String(error),
        120,
      )}`,
    });
  }
  const failure = failureOf(json);
  if (failure !== undefined) {
    throw new MonitorError({
      ...base,
      kind: 'upstream',
      cause: failure,
      message: `Prometheus refused the ${answer.resource} query (${failure.errorType}, ${statusLine(answer)}): ${truncate(
        failure.error,
        240,
      )}`,
    });
  }
  if (answer.status < 200 || answer.status > 299) {
    throw new MonitorError({
      ...base,
      kind: 'http',
      message: `The ${answer.resource} query to Prometheus failed with ${statusLine(answer)}.`,
    });
  }
  const envelope = parseResource(Success, json, `${answer.resource} answer from Prometheus`);
  const warnings = [...(envelope.warnings ?? [])];
  if (envelope.isPartial === true) warnings.push('the answer is partial (isPartial)');
  return { data: envelope.data, partial: warnings.length > 0, warnings };
}

/** Prometheus' `{status: "error", errorType, error}`, read leniently so its words are never lost. */
function failureOf(json: unknown): PrometheusFailure | undefined {
  if (typeof json !== 'object' || json === null || (json as { status?: unknown }).status !== 'error') return undefined;
  const { errorType, error } = json as { errorType?: unknown; error?: unknown };
  return {
    errorType: typeof errorType === 'string' && errorType !== '' ? errorType : 'error',
    error: typeof error === 'string' && error !== '' ? error : 'no reason given',
  };
}

/** The Prometheus `errorType` behind a MonitorError, when Prometheus itself refused the query. */
export function prometheusErrorType(error: unknown): string | undefined {
  if (!(error instanceof MonitorError) || error.kind !== 'upstream') return undefined;
  const cause = error.cause as Partial<PrometheusFailure> | undefined;
  return typeof cause?.errorType === 'string' ? cause.errorType : undefined;
}

/** The samples of an instant query (a scalar reads as one unlabelled sample); throws for a matrix or string. */
export function instantSamples(result: PromResult, resource: string): PromSample[] {
  const { data } = result;
  if (data.resultType === 'vector') return data.result;
  if (data.resultType === 'scalar') return [{ labels: {}, ...data.result }];
  throw shapeError(resource, 'an instant vector or scalar', data.resultType);
}

/** The series of a range query; throws for any other result type. */
export function rangeSeries(result: PromResult, resource: string): PromSeries[] {
  if (result.data.resultType === 'matrix') return result.data.result;
  throw shapeError(resource, 'a range matrix', result.data.resultType);
}

function shapeError(resource: string, expected: string, got: string): MonitorError {
  return new MonitorError({
    kind: 'schema',
    resource,
    field: 'data.resultType',
    message: `Invalid ${resource} answer from Prometheus: expected ${expected}, got resultType "${got}".`,
  });
}
