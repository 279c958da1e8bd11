/** Which rows the table shows: the text filter and the "lagging only" toggle. */
import { thresholdState, type ThresholdState } from '../metric-card/state.js';
import type { TableRow } from './rows.js';

/** Lag limits in seconds; a table at or above `warning` is lagging. */
export interface LagThresholds {
  readonly warning: number | undefined;
  readonly critical: number | undefined;
}

/** Where a table's lag stands against the thresholds (the grid's colouring: at or above a limit). */
export function lagState(row: TableRow, limits: LagThresholds): ThresholdState {
  return thresholdState(row.lag, limits.warning, limits.critical);
}

/**
 * The rows whose `schema.table` contains `text` (case-insensitive, spaces around it ignored),
 * and, with `laggingOnly`, whose lag reached a threshold.
 */
export function filterRows(rows: readonly TableRow[], text: string, laggingOnly: boolean, limits: LagThresholds): readonly TableRow[] {
  const needle = text.trim().toLowerCase();
  if (needle === '' && !laggingOnly) return rows;
  return rows.filter((row) => (needle === '' || row.search.includes(needle)) && (!laggingOnly || isLagging(row.lag, limits)));
}

/** Whether `lag` reached a limit: {@link lagState} not `normal`, without building a state per row. */
function isLagging(lag: number, { warning, critical }: LagThresholds): boolean {
  if (!Number.isFinite(lag)) return false;
  if (warning !== undefined && critical !== undefined && critical < warning) return lag <= warning;
  return (warning !== undefined && lag >= warning) || (critical !== undefined && lag >= critical);
}

/** How many rows are lagging, and how many of them critically. */
export function countLagging(rows: readonly TableRow[], limits: LagThresholds): { lagging: number; critical: number } {
  let lagging = 0;
  let critical = 0;
  for (const row of rows) {
    if (!isLagging(row.lag, limits)) continue;
    lagging++;
    if (lagState(row, limits) === 'critical') critical++;
  }
  return { lagging, critical };
}
