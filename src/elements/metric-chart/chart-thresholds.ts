/**
 * The warning and critical levels drawn on a chart: the same resolved limits the cards colour
 * themselves by (pipeline-metrics-grid/thresholds.ts), so a breach shows on the plot as soon as
 * on a card. Lag and buffer depth have levels; rates have none.
 */
import { formatValue } from '../../format/index.js';
import { chartText } from '../../i18n/en/chart.js';
import type { GridThresholds } from '../pipeline-metrics-grid/thresholds.js';
import { SERIES, type SeriesKey } from './series.js';

/** How severe a level is; also its colour. */
export type ThresholdLevel = 'warning' | 'critical';

/** One horizontal level on the axis of `series`. */
export interface ThresholdLine {
  series: SeriesKey;
  level: ThresholdLevel;
  value: number;
  /** "Lag warning · 5 s": shown on the plot and in the legend. */
  label: string;
  /** The alert rule that set the level, if one did. */
  rule?: string;
}

const LIMITS: Partial<Record<SeriesKey, Record<ThresholdLevel, keyof GridThresholds>>> = {
  lag_seconds: { warning: 'lagWarning', critical: 'lagCritical' },
  buffer_depth: { warning: 'bufferWarning', critical: 'bufferCritical' },
};

/**
 * The levels of the `series` drawn, from `limits`; a disabled (infinite) limit draws nothing.
 * `rules` names the alert rule behind each limit that one set.
 */
export function thresholdLines(
  series: readonly SeriesKey[],
  limits: GridThresholds,
  locale: string | undefined,
  rules: Partial<Record<keyof GridThresholds, string>> = {},
): ThresholdLine[] {
  const lines: ThresholdLine[] = [];
  for (const key of series) {
    const names = LIMITS[key];
    if (!names) continue;
    for (const level of ['warning', 'critical'] as const) {
      const value = limits[names[level]];
      if (!Number.isFinite(value)) continue;
      const t = chartText(locale);
      const rule = rules[names[level]];
      const label = `${t.series[key]} ${t.level[level]} · ${formatValue(value, SERIES[key].unit, locale)}`;
      lines.push(rule === undefined ? { series: key, level, value, label } : { series: key, level, value, label, rule });
    }
  }
  return lines;
}
