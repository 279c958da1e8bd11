/**
 * Locale-aware formatting of metric values for cards, charts and tables, all through `Intl`.
 * Every formatter takes an optional locale (`undefined` = the browser's) and shows "—" for
 * values it cannot show (undefined, NaN, ±Infinity).
 */
export { MISSING, type Locale } from './intl.js';
export { formatCount, formatInteger, formatNumber, formatRate } from './numbers.js';
export { formatBytes } from './bytes.js';
export { formatDuration, formatSeconds } from './duration.js';
export { parseGoDuration } from './go-duration.js';
export { formatRelative } from './relative.js';
export { computeChange, formatPercentChange, type Change, type ChangeDirection } from './change.js';
export { formatDelta, formatValue, METRIC_UNITS, type MetricUnit } from './value.js';
