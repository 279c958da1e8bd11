/**
 * The Chart.js side of `<metric-chart>`: the parts it registers (nothing else is bundled), the
 * Intl date adapter, and the configuration. There is no Chart.js tooltip and Chart.js listens to no
 * pointer events: the element's crosshair readout says the values at the pointer, on every chart
 * of the pipeline at once, and a tooltip would repaint the whole chart at each pointer move.
 * The configuration is the fast path: data arrives prepared (`parsing: false`, `normalized`),
 * nothing animates, and points are not drawn, only the line.
 */
import {
  Chart,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  TimeScale,
  type ChartConfiguration,
} from 'chart.js';
import { formatValue } from '../../format/index.js';
import { chartText } from '../../i18n/en/chart.js';
import { installIntlDateAdapter, intlAdapterOptions } from './date-adapter.js';
import type { ThresholdLine } from './chart-thresholds.js';
import { durationTicks, type ValueTick } from './duration-ticks.js';
import { SERIES, type SeriesKey } from './series.js';
import { tickLabel, timeTicks, type TimeTick } from './time-ticks.js';

/** A sample as Chart.js draws it without parsing: instant in ms, value (NaN for a gap). */
export interface ChartPoint {
  x: number;
  y: number;
}

/** The colours the canvas is painted with, read from the element's resolved CSS. */
export interface ChartLook {
  text: string;
  warning: string;
  critical: string;
  crosshair: string;
  grid: string;
  series: Readonly<Record<SeriesKey, string>>;
}

/** What the chart shows and how it labels it. */
export interface ChartSettings {
  series: readonly SeriesKey[];
  locale: string | undefined;
  /** IANA zone of the axis; undefined for the viewer's. */
  timeZone: string | undefined;
  /** The zone as the axis title names it ("UTC", "Europe/Berlin"). */
  zoneName: string;
  /** Levels drawn on the plot; each series' axis reaches at least its lowest level. */
  thresholds: readonly ThresholdLine[];
}

Chart.register(LineController, LineElement, PointElement, LinearScale, TimeScale);

/**
 * A label formatter that remembers its last few hundred labels: Chart.js formats every tick on
 * every update (each live sample), and Intl formatting is the expensive part of a tick.
 */
function remembered<K>(format: (key: K) => string): (key: K) => string {
  const labels = new Map<K, string>();
  return (key) => {
    let label = labels.get(key);
    if (label === undefined) {
      if (labels.size >= 256) labels.clear();
      label = format(key);
      labels.set(key, label);
    }
    return label;
  };
}

/** Room each time label gets on the axis, in CSS pixels. */
const TICK_SPACING_PX = 90;

/** The y-axis id of a series: every series gets its own scale, shown only while it is visible. */
export const axisId = (key: SeriesKey): string => `y-${key}`;

/** Room each value label gets on a y axis, in CSS pixels. */
const VALUE_TICK_SPACING_PX = 40;

function yScale(key: SeriesKey, position: number, settings: ChartSettings, look: ChartLook) {
  const { unit } = SERIES[key];
  const label = chartText(settings.locale).series[key];
  const tickLabelOf = remembered((value: number) => formatValue(value, unit, settings.locale));
  const levels = settings.thresholds.filter((line) => line.series === key).map((line) => line.value);
  return {
    type: 'linear',
    display: 'auto',
    position: position === 0 ? 'left' : 'right',
    beginAtZero: true,
    // The lowest level stays in view, so the plot says how far the series is from trouble.
    ...(levels.length > 0 ? { suggestedMax: Math.min(...levels) } : {}),
    grid: { drawOnChartArea: position === 0, color: look.grid },
    border: { color: look.grid },
    // Durations on round steps (30 s, 1 min, 2 min), not the linear scale's 50 s, 1m 40s.
    ...(unit === 'seconds'
      ? {
          afterBuildTicks: (scale: { min: number; max: number; height: number; ticks: ValueTick[] }) => {
            const built = durationTicks(scale.min, scale.max, Math.min(6, Math.floor(scale.height / VALUE_TICK_SPACING_PX)));
            scale.ticks = built.ticks;
            scale.max = built.max;
          },
        }
      : {}),
    ticks: { color: look.text, maxTicksLimit: 6, callback: (value: number | string) => tickLabelOf(Number(value)) },
    title: { display: settings.series.length > 1, text: label, color: look.text },
  } as const;
}

/** A fresh configuration for `settings`, painted with `look`; datasets start empty. */
export function chartConfig(settings: ChartSettings, look: ChartLook): ChartConfiguration<'line', ChartPoint[]> {
  installIntlDateAdapter();
  const { locale, timeZone, series } = settings;
  let step = 0;
  const timeLabelOf = remembered((tick: string) => {
    const [value, major] = tick.split(':');
    return tickLabel({ value: Number(value), major: major === '1' }, step, locale, timeZone);
  });
  const scales: Record<string, unknown> = {
    x: {
      type: 'time',
      adapters: { date: intlAdapterOptions(locale, timeZone) },
      grid: { color: look.grid },
      border: { color: look.grid },
      title: { display: true, text: chartText(locale).axis(settings.zoneName), color: look.text },
      // Round wall-clock ticks instead of Chart.js' unit steps thinned out by auto-skip.
      afterBuildTicks: (scale: { min: number; max: number; width: number; ticks: TimeTick[] }) => {
        const built = timeTicks(scale.min, scale.max, Math.floor(scale.width / TICK_SPACING_PX), timeZone);
        step = built.step;
        scale.ticks = built.ticks;
      },
      ticks: {
        color: look.text,
        maxRotation: 0,
        autoSkipPadding: 16,
        callback: (value: number, index: number, ticks: TimeTick[]) =>
          timeLabelOf(`${value}:${ticks[index]?.major ? 1 : 0}:${step}`),
      },
    },
  };
  series.forEach((key, i) => (scales[axisId(key)] = yScale(key, i, settings, look)));
  return {
    type: 'line',
    data: {
      datasets: series.map((key) => ({
        label: chartText(locale).series[key],
        data: [],
        yAxisID: axisId(key),
        borderColor: look.series[key],
        backgroundColor: look.series[key],
      })),
    },
    options: {
      locale,
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      parsing: false,
      normalized: true,
      spanGaps: false,
      color: look.text,
      events: [],
      elements: {
        line: { borderWidth: 1.5, tension: 0 },
        point: { radius: 0, hoverRadius: 3, hitRadius: 0 },
      },
      scales: scales as never,
      plugins: {
        // Off even if the page registered them: the element has its own keyboard-operable legend and its readout.
        legend: { display: false },
        title: { display: false },
        tooltip: { enabled: false },
      },
    },
  };
}
