/**
 * The attributes of `<metric-chart>`: what it draws, how it is named, its time zone and its
 * threshold levels. Kept apart from the element's behaviour; the levels resolve to one
 * `GridThresholds` object (attributes, then the `thresholds` property, then the alert rules',
 * then the defaults).
 */
import { property } from 'lit/decorators.js';
import { PipelineElement } from '../base/pipeline-element.js';
import { optionalNumber } from '../metric-card/converters.js';
import { resolveThresholds, type GridThresholds } from '../pipeline-metrics-grid/thresholds.js';
import { parseSeriesList, SERIES_KEYS, type SeriesKey } from './series.js';

/** The attribute-backed properties of a chart. */
export class ChartAttributes extends PipelineElement {
  /** The series drawn, as space- or comma-separated keys: `events_per_second lag_seconds buffer_depth error_rate`. */
  @property({ converter: { fromAttribute: parseSeriesList, toAttribute: (keys: readonly SeriesKey[]) => keys.join(' ') } })
  series: readonly ('events_per_second' | 'lag_seconds' | 'buffer_depth' | 'error_rate')[] = [...SERIES_KEYS];

  /** The chart's name, shown above it and naming it for assistive technology; empty: "Pipeline history" in the chart's language. */
  @property() label = '';

  /** Time zone of the axis (named in its title), crosshair readout and table: an IANA name (`UTC`) or `local`, the viewer's (default). */
  @property({ attribute: 'time-zone' }) timeZone: string | undefined = undefined;

  /** Levels for the lag and buffer lines, e.g. `{lagWarning: 10}` (the dashboard's); attributes win. */
  @property({ attribute: false }) thresholds: Partial<GridThresholds> = {};

  /** Replication lag, in seconds, drawn as the warning line (default 5). */
  @property({ attribute: 'lag-warning', converter: optionalNumber }) lagWarning: number | undefined = undefined;

  /** Replication lag, in seconds, drawn as the critical line (default 30). */
  @property({ attribute: 'lag-critical', converter: optionalNumber }) lagCritical: number | undefined = undefined;

  /** Buffer depth, in events, drawn as the warning line (default 5000). */
  @property({ attribute: 'buffer-warning', converter: optionalNumber }) bufferWarning: number | undefined = undefined;

  /** Buffer depth, in events, drawn as the critical line (default 8000). */
  @property({ attribute: 'buffer-critical', converter: optionalNumber }) bufferCritical: number | undefined = undefined;

  /** The levels set by attribute. */
  protected get attributeLimits(): Partial<GridThresholds> {
    const { lagWarning, lagCritical, bufferWarning, bufferCritical } = this;
    return { lagWarning, lagCritical, bufferWarning, bufferCritical };
  }

  /** The levels in force: attributes, then the `thresholds` property, then `fromRules`, then the defaults. */
  protected limitsWith(fromRules: Partial<GridThresholds>): GridThresholds {
    return resolveThresholds(this.attributeLimits, this.thresholds, fromRules);
  }
}
