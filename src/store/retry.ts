/**
 * When to try a failed request again: capped exponential backoff with full jitter, so many
 * widgets failing at once do not retry in lock-step, and never sooner than the server asked.
 * Pure functions: the store supplies the attempt number and the random source.
 */

/** Backoff tuning; both values in milliseconds. */
export interface BackoffOptions {
  /** Ceiling of the first retry's delay range; default 1000. */
  baseMs?: number;
  /** Largest delay the backoff ever picks; default 30000. */
  capMs?: number;
}

/** Default ceiling of the first retry's delay. */
export const DEFAULT_BACKOFF_BASE_MS = 1000;
/** Default largest backoff delay. */
export const DEFAULT_BACKOFF_CAP_MS = 30_000;

/** The upper bound of the jittered delay before retry number `attempt` (0-based). */
export function backoffCeiling(attempt: number, options: BackoffOptions = {}): number {
  const base = options.baseMs ?? DEFAULT_BACKOFF_BASE_MS;
  const cap = options.capMs ?? DEFAULT_BACKOFF_CAP_MS;
  // Clamp the exponent so 2 ** attempt cannot overflow to Infinity on very long outages.
  return Math.min(cap, base * 2 ** Math.min(Math.max(0, attempt), 30));
}

/**
 * Delay before retry number `attempt` (0-based): `random() * min(cap, base * 2^attempt)`
 * ("full jitter"), or the server's `retryAfterMs` when that is longer.
 */
export function backoffDelay(
  attempt: number,
  random: () => number = Math.random,
  retryAfterMs?: number,
  options?: BackoffOptions,
): number {
  const jittered = random() * backoffCeiling(attempt, options);
  return retryAfterMs !== undefined && retryAfterMs > jittered ? retryAfterMs : jittered;
}
