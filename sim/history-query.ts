/**
 * The window of a history request: `range=R` ending now, or `start=…&end=…`, and the step between
 * samples (upstream: range / 100, at least 1 s; here also an explicit `step=`).
 */
import { formatGoDuration, parseGoDuration, parseRfc3339 } from './duration.js';
import type { FieldError } from './http.js';

/** The longest window a history request may cover. */
const MAX_SPAN_MS = 7 * 86_400_000;
/** The most samples one answer may hold (Prometheus' limit per series). */
const MAX_POINTS = 11_000;
const MIN_STEP_MS = 1000;

/** A resolved history window, in epoch ms. */
export interface HistoryWindow {
  start: number;
  end: number;
  step: number;
  /** The `time_range` to echo: the range as sent, or the span of start/end as a Go duration. */
  timeRange: string;
}

function spanFromRange(text: string, errors: FieldError[]): number {
  const span = parseGoDuration(text);
  if (!(span > 0)) errors.push({ field: 'range', message: `invalid time range: ${text}` });
  else if (span > MAX_SPAN_MS) errors.push({ field: 'range', message: `invalid time range: ${text} (at most 7d)` });
  return span;
}

function instant(params: URLSearchParams, field: 'start' | 'end', errors: FieldError[]): number {
  const text = params.get(field);
  if (text === null) {
    errors.push({ field, message: `${field} is required when ${field === 'start' ? 'end' : 'start'} is given` });
    return Number.NaN;
  }
  const t = parseRfc3339(text);
  if (Number.isNaN(t)) errors.push({ field, message: `invalid timestamp: ${text} (expected RFC 3339)` });
  return t;
}

/** Reads and checks the window of a history request at `now`; returns every invalid field otherwise. */
export function parseHistoryQuery(params: URLSearchParams, now: number): HistoryWindow | FieldError[] {
  const errors: FieldError[] = [];
  const absolute = params.has('start') || params.has('end');
  let start = Number.NaN;
  let end = Number.NaN;
  let timeRange = '';
  if (absolute && params.has('range')) {
    errors.push({ field: 'range', message: 'give either range or start and end, not both' });
  } else if (absolute) {
    start = instant(params, 'start', errors);
    end = instant(params, 'end', errors);
    if (errors.length === 0 && end <= start) errors.push({ field: 'end', message: 'end must be after start' });
    else if (errors.length === 0 && end - start > MAX_SPAN_MS) errors.push({ field: 'end', message: 'time range longer than 7d' });
    if (errors.length === 0) timeRange = formatGoDuration(end - start);
  } else {
    timeRange = params.get('range') ?? '1h';
    const span = spanFromRange(timeRange, errors);
    start = now - span;
    end = now;
  }
  const step = resolveStep(params.get('step'), end - start, errors);
  return errors.length > 0 ? errors : { start, end, step, timeRange };
}

function resolveStep(text: string | null, span: number, errors: FieldError[]): number {
  if (text === null) return Math.max(MIN_STEP_MS, Math.floor(span / 100));
  const step = parseGoDuration(text);
  if (!(step >= MIN_STEP_MS)) {
    errors.push({ field: 'step', message: `invalid step: ${text} (a duration of at least 1s)` });
  } else if (Number.isFinite(span) && Math.floor(span / step) + 1 > MAX_POINTS) {
    const points = Math.floor(span / step) + 1;
    errors.push({ field: 'step', message: `step ${text} makes ${points} points; at most ${MAX_POINTS} are allowed` });
  }
  return Math.floor(step);
}

/** The sample instants of `window`: start, start + step, … up to end, leaving out any after `now`. */
export function sampleInstants(window: HistoryWindow, now: number): number[] {
  const instants: number[] = [];
  const last = Math.min(window.end, now);
  for (let t = window.start; t <= last; t += window.step) instants.push(t);
  return instants;
}
