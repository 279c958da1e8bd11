/**
 * What a chart draws over its lines, as an inline Chart.js plugin: threshold levels (dashed,
 * labelled, on their series' axis) and the shared crosshair (a vertical line with a dot on each
 * visible series at its nearest sample). Moving the crosshair only repaints (`chart.draw()`), no
 * layout and no update, so a pointer sweeping over several charts of a week stays smooth.
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
    ctx.font = '11px system-ui, sans-serif';
    ctx.textAlign = 'right';
    ctx.textBaseline = 'bottom';
    ctx.fillText(line.label, area.right - 4, y - 2);
    ctx.restore();
  }
}

function drawCrosshair(chart: Chart, state: OverlayState, time: number): void {
  const x = chart.scales['x'];
  const { ctx, chartArea: area } = chart;
  if (!x) return;
  const px = x.getPixelForValue(time);
  if (!(px >= area.left && px <= area.right)) return;
  ctx.save();
  ctx.strokeStyle = state.colours.crosshair;
  ctx.lineWidth = 1;
  ctx.beginPath();
  ctx.moveTo(px, area.top);
  ctx.lineTo(px, area.bottom);
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
  ctx.restore();
}

/** The plugin of one chart, reading `state()` at every paint. */
export function overlayPlugin(state: () => OverlayState): Plugin<'line'> {
  return {
    id: 'pmOverlay',
    afterDatasetsDraw(chart) {
      const now = state();
      drawThresholds(chart as unknown as Chart, now);
      if (now.crosshair !== undefined) drawCrosshair(chart as unknown as Chart, now, now.crosshair);
    },
  };
}
