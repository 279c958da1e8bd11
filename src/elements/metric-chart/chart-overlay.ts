/**
 * What a chart draws over its lines: threshold levels (dashed, labelled, on their series' axis)
 * as an inline Chart.js plugin, and the shared crosshair (a vertical line with a dot on each
 * visible series at its nearest sample) on a canvas of its own laid over the chart's. Moving the
 * crosshair repaints only that canvas, never the chart, so a pointer sweeping over several
 * charts of a week stays within a frame.
 */
import type { Chart, Plugin } from 'chart.js';
import type { ThresholdLevel, ThresholdLine } from './chart-thresholds.js';
import { axisId, type ChartPoint } from './chart-options.js';
import { nearestIndex } from './nearest.js';
import type { SeriesKey } from './series.js';

/** What the overlay shows now. */
export interface OverlayState {
  thresholds: readonly ThresholdLine[];
  /** The crosshair's instant (ms), if a pointer is over a chart of the pipeline. */
  crosshair: number | undefined;
  /** Series shown, in dataset order, to find each dataset's axis. */
  series: readonly SeriesKey[];
  colours: Readonly<Record<ThresholdLevel, string>> & { text: string; crosshair: string };
}

/** The font of the levels' labels. */
export const OVERLAY_FONT = '11px system-ui, sans-serif';

/** How far (px) a sample may be from the crosshair to get a dot; beyond it the crosshair is over a gap. */
const REACH_PX = 24;

function drawThresholds(chart: Chart, state: OverlayState): void {
  const { ctx, chartArea: area } = chart;
  for (const line of state.thresholds) {
    const scale = chart.scales[axisId(line.series)];
    const visible = state.series.indexOf(line.series);
    if (!scale || visible < 0 || !chart.isDatasetVisible(visible)) continue;
    const y = scale.getPixelForValue(line.value);
    if (!(y >= area.top && y <= area.bottom)) continue;
    ctx.save();
    ctx.strokeStyle = ctx.fillStyle = state.colours[line.level];
    ctx.lineWidth = 1;
    ctx.setLineDash(line.level === 'critical' ? [6, 3] : [2, 3]);
    ctx.beginPath();
    ctx.moveTo(area.left, y);
    ctx.lineTo(area.right, y);
    ctx.stroke();
    ctx.font = OVERLAY_FONT;
    ctx.textAlign = 'right';
    // A line at the top of the plot gets its label below it, where the label has room.
    const below = y - area.top < 14;
    ctx.textBaseline = below ? 'top' : 'bottom';
    ctx.fillText(line.label, area.right - 4, below ? y + 2 : y - 2);
    ctx.restore();
  }
}

/**
 * Paints the crosshair at `time` (or nothing) on `overlay`, a canvas the size of the chart's,
 * reading positions from the chart's scales as last laid out.
 */
export function paintCrosshair(chart: Chart, overlay: HTMLCanvasElement, state: OverlayState): void {
  const ratio = chart.currentDevicePixelRatio;
  if (overlay.width !== chart.canvas.width || overlay.height !== chart.canvas.height) {
    overlay.width = chart.canvas.width;
    overlay.height = chart.canvas.height;
    overlay.style.width = `${chart.width}px`;
    overlay.style.height = `${chart.height}px`;
  }
  const ctx = overlay.getContext('2d');
  if (!ctx) return;
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  ctx.clearRect(0, 0, overlay.width, overlay.height);
  const time = state.crosshair;
  const x = chart.scales['x'];
  const area = chart.chartArea;
  if (time === undefined || !x || !area) return;
  const px = x.getPixelForValue(time);
  if (!(px >= area.left && px <= area.right)) return;
  ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
  ctx.strokeStyle = state.colours.crosshair;
  ctx.lineWidth = 1 / ratio;
  // On a device pixel's centre, so the line is one crisp pixel instead of two faint ones.
  const line = (Math.round(px * ratio) + 0.5) / ratio;
  ctx.beginPath();
  ctx.moveTo(line, area.top);
  ctx.lineTo(line, area.bottom);
  ctx.stroke();
  chart.data.datasets.forEach((dataset, i) => {
    const key = state.series[i];
    const scale = key && chart.scales[axisId(key)];
    if (!scale || !chart.isDatasetVisible(i)) return;
    const data = dataset.data as ChartPoint[];
    const point = data[nearestIndex(data, time)];
    if (!point || !Number.isFinite(point.y) || Math.abs(x.getPixelForValue(point.x) - px) > REACH_PX) return;
    ctx.fillStyle = String(dataset.borderColor);
    ctx.beginPath();
    ctx.arc(x.getPixelForValue(point.x), scale.getPixelForValue(point.y), 3.5, 0, 2 * Math.PI);
    ctx.fill();
  });
}

/** The plugin of one chart, reading `state()` at every paint: the levels, then `after` (the crosshair's repaint). */
export function overlayPlugin(state: () => OverlayState, after: () => void): Plugin<'line'> {
  return {
    id: 'pmOverlay',
    afterDatasetsDraw(chart) {
      drawThresholds(chart as unknown as Chart, state());
    },
    afterDraw() {
      after();
    },
  };
}
