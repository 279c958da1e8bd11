/// <reference types="node" />
/**
 * The gateway's answers as values (status, headers, body), and RFC 7807 problem details for
 * everything that is not data: CONTRACT.md §1's problem types, plus `bad-gateway` (502) and
 * `gateway-timeout` (504) for Prometheus failures, which are never turned into zeros.
 */
import { MonitorError } from '../errors.js';
import { prometheusErrorType } from '../sources/prometheus-envelope.js';
import { AnswerTooLarge, UpstreamOverloaded } from './upstream.js';

/** A complete HTTP answer, not yet sent. */
export interface GatewayResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** One invalid request field. */
export interface FieldProblem {
  field: string;
  message: string;
}

/** The problem types the gateway sends. */
export type ProblemType =
  | 'validation-error'
  | 'bad-request'
  | 'not-found'
  | 'method-not-allowed'
  | 'internal-error'
  | 'not-implemented'
  | 'bad-gateway'
  | 'service-unavailable'
  | 'gateway-timeout';

const STATUS: Record<ProblemType, [number, string]> = {
  'validation-error': [400, 'Validation Error'],
  'bad-request': [400, 'Bad Request'],
  'not-found': [404, 'Not Found'],
  'method-not-allowed': [405, 'Method Not Allowed'],
  'internal-error': [500, 'Internal Server Error'],
  'not-implemented': [501, 'Not Implemented'],
  'bad-gateway': [502, 'Bad Gateway'],
  'service-unavailable': [503, 'Service Unavailable'],
  'gateway-timeout': [504, 'Gateway Timeout'],
};

/** A `200 application/json` answer. */
export function jsonAnswer(value: unknown): GatewayResponse {
  return { status: 200, headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(value) };
}

/** An `application/problem+json` answer of `type`. */
export function problem(
  type: ProblemType,
  detail: string,
  instance: string,
  extra: { errors?: FieldProblem[]; headers?: Record<string, string> } = {},
): GatewayResponse {
  const [status, title] = STATUS[type];
  const body = {
    type: `https://philotes.io/errors/${type}`,
    title,
    status,
    detail,
    instance,
    ...(extra.errors === undefined ? {} : { errors: extra.errors }),
  };
  return { status, headers: { 'Content-Type': 'application/problem+json', ...extra.headers }, body: JSON.stringify(body) };
}

/** Seconds a client is told to wait when the gateway is overloaded. */
export const OVERLOAD_RETRY_AFTER_S = 1;

/**
 * The answer for a failed read from Prometheus: 503 with Retry-After when the gateway's queue
 * toward Prometheus is full, 504 when Prometheus did not answer in time (our timeout or its own
 * `timeout` error), 502 for everything else it did wrong (a too large answer included), 500 for
 * our own bugs.
 */
export function failureAnswer(error: unknown, instance: string): GatewayResponse {
  const cause = error instanceof MonitorError ? error.cause : error;
  if (cause instanceof UpstreamOverloaded) {
    return problem('service-unavailable', `The gateway is overloaded: ${cause.message}.`, instance, {
      headers: { 'Retry-After': String(OVERLOAD_RETRY_AFTER_S) },
    });
  }
  if (cause instanceof AnswerTooLarge && error instanceof MonitorError) {
    return problem(
      'bad-gateway',
      `Prometheus' answer to the ${error.resource} query was refused: ${cause.message} (--max-answer-mb). ` +
        'Narrow the pipeline\'s selector or the history window.',
      instance,
    );
  }
  if (!(error instanceof MonitorError)) {
    return problem('internal-error', error instanceof Error ? error.message : String(error), instance);
  }
  if (error.kind === 'timeout' || prometheusErrorType(error) === 'timeout') {
    return problem('gateway-timeout', error.message, instance);
  }
  return problem('bad-gateway', error.message, instance);
}
