/**
 * The grid's warning and critical limits. Upstream sources disagree (CONTRACT.md §3); the
 * defaults follow the Grafana dashboard, and every limit can be overridden by the embedder.
 */

/** Limits at or above which a card shows "Warning" or "Critical"; `Infinity` disables one. */
export interface GridThresholds {
  /** Replication lag in seconds. */
  lagWarning: number;
  /** Replication lag in seconds. */
  lagCritical: number;
  /** Events waiting in the buffer. */
  bufferWarning: number;
  /** Events waiting in the buffer. */
  bufferCritical: number;
  /** New errors among the samples the grid has seen. */
  errorsWarning: number;
  /** New errors among the samples the grid has seen. */
  errorsCritical: number;
}

/** Lag 5 s / 30 s, buffer 5,000 / 8,000, any new error a warning and none critical. */
export const DEFAULT_THRESHOLDS: Readonly<GridThresholds> = Object.freeze({
  lagWarning: 5,
  lagCritical: 30,
  bufferWarning: 5000,
  bufferCritical: 8000,
  errorsWarning: 1,
  errorsCritical: Infinity,
});

/**
 * The limits in force: a limit set by attribute wins over the `thresholds` property, which
 * wins over the default. Non-numbers (a mistyped attribute) fall through to the next source.
 */
export function resolveThresholds(
  attributes: Partial<Record<keyof GridThresholds, number | undefined>>,
  property: Partial<GridThresholds> | undefined,
): GridThresholds {
  const pick = (name: keyof GridThresholds): number => {
    for (const candidate of [attributes[name], property?.[name]]) {
      if (typeof candidate === 'number' && !Number.isNaN(candidate)) return candidate;
    }
    return DEFAULT_THRESHOLDS[name];
  };
  return {
    lagWarning: pick('lagWarning'),
    lagCritical: pick('lagCritical'),
    bufferWarning: pick('bufferWarning'),
    bufferCritical: pick('bufferCritical'),
    errorsWarning: pick('errorsWarning'),
    errorsCritical: pick('errorsCritical'),
  };
}

/** A limit as the card takes it: `Infinity` (disabled) becomes "no threshold". */
export function cardLimit(limit: number): number | undefined {
  return Number.isFinite(limit) ? limit : undefined;
}
