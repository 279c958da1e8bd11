/**
 * The history parameters, checked as the simulator checks them (sim/history-query.ts), so both
 * back ends of the contract refuse the same requests with the same fields: `range` (default 1h)
 * or `start` and `end`, at most 7 days, and an optional `step` of at least 1 s making at most
 * 11,000 points. Every invalid field is named.
 */
import { parseRfc3339 } from '../schemas/index.js';
import { parseHistoryRange } from '../sources/prometheus-window.js';
import type { HistoryRange } from '../sources/source.js';
import type { FieldProblem } from './problems.js';

/** The longest window a history request may cover. */
export const MAX_SPAN_MS = 7 * 86_400_000;
/** The most points one series may hold (Prometheus' limit). */
export const MAX_POINTS = 11_000;

/** A valid history request. */
export interface HistoryParams {
  range: HistoryRange;
  /** Seconds between points, when `step` was given. */
  stepSeconds?: number;
}

function absolute(params: URLSearchParams, errors: FieldProblem[]): { range: HistoryRange; span: number } | undefined {
  const instant = (field: 'start' | 'end'): number => {
    const text = params.get(field);
    if (text === null) {
      errors.push({ field, message: `${field} is required when ${field === 'start' ? 'end' : 'start'} is given` });
      return Number.NaN;
    }
    const ms = parseRfc3339(text);
    if (Number.isNaN(ms)) errors.push({ field, message: `invalid timestamp: ${text} (expected RFC 3339)` });
    return ms;
  };
  const start = instant('start');
  const end = instant('end');
  if (errors.length > 0) return undefined;
  if (!(end > start)) errors.push({ field: 'end', message: 'end must be after start' });
  else if (end - start > MAX_SPAN_MS) errors.push({ field: 'end', message: 'time range longer than 7d' });
  return errors.length > 0 ? undefined : { range: { start: new Date(start), end: new Date(end) }, span: end - start };
}

function relative(params: URLSearchParams, errors: FieldProblem[]): { range: HistoryRange; span: number } | undefined {
  const range = params.get('range') ?? '1h';
  const span = parseHistoryRange(range);
  if (span === undefined || !(span >= 1000)) errors.push({ field: 'range', message: `invalid time range: ${range}` });
  else if (span > MAX_SPAN_MS) errors.push({ field: 'range', message: `invalid time range: ${range} (at most 7d)` });
  return errors.length > 0 || span === undefined ? undefined : { range: { range }, span };
}

/** The history window a request asks for, or every field that is wrong with it. */
export function historyParams(params: URLSearchParams): HistoryParams | FieldProblem[] {
  const errors: FieldProblem[] = [];
  const isAbsolute = params.has('start') || params.has('end');
  let window: { range: HistoryRange; span: number } | undefined;
  if (isAbsolute && params.has('range')) errors.push({ field: 'range', message: 'give either range or start and end, not both' });
  else window = isAbsolute ? absolute(params, errors) : relative(params, errors);
  const stepText = params.get('step');
  if (stepText === null) return window === undefined ? errors : { range: window.range };
  const step = parseHistoryRange(stepText);
  if (step === undefined || !(step >= 1000)) {
    errors.push({ field: 'step', message: `invalid step: ${stepText} (a duration of at least 1s)` });
  } else if (window !== undefined && Math.floor(window.span / step) + 1 > MAX_POINTS) {
    const points = Math.floor(window.span / step) + 1;
    errors.push({ field: 'step', message: `step ${stepText} makes ${points} points; at most ${MAX_POINTS} are allowed` });
  }
  return errors.length > 0 || window === undefined || step === undefined ? errors : { range: window.range, stepSeconds: step / 1000 };
}
