import type { ChangeDirection } from '../../format/index.js';

/** Where a value stands against its thresholds. */
export type ThresholdState = 'normal' | 'warning' | 'critical';

/** Whether a change is good news, given which way is better for this metric. */
export type TrendMeaning = 'better' | 'worse' | 'neutral';

/**
 * The state of `value` against `warning` and `critical`. Thresholds are upper limits, reached at
 * or above (lag, buffer depth, errors); when both are set and `critical` is below `warning` they
 * are lower limits, reached at or below (a throughput that should not drop). A missing or
 * non-finite value, or no thresholds, is `normal`.
 */
export function thresholdState(
  value: number | undefined,
  warning: number | undefined,
  critical: number | undefined,
): ThresholdState {
  if (value === undefined || !Number.isFinite(value)) return 'normal';
  const reached = warning !== undefined && critical !== undefined && critical < warning
    ? (limit: number | undefined) => limit !== undefined && value <= limit
    : (limit: number | undefined) => limit !== undefined && value >= limit;
  if (reached(critical)) return 'critical';
  if (reached(warning)) return 'warning';
  return 'normal';
}

/** Whether moving in `direction` is better or worse for a metric where `lowerIsBetter` holds or not. */
export function trendMeaning(direction: ChangeDirection, lowerIsBetter: boolean): TrendMeaning {
  if (direction === 'flat') return 'neutral';
  return (direction === 'down') === lowerIsBetter ? 'better' : 'worse';
}
