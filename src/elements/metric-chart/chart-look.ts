/**
 * Canvas cannot read CSS custom properties, so the chart's colours are read back from styled
 * nodes of the element: the legend swatches carry each series' colour, the plot box the text
 * and grid colours, hidden inks the threshold and crosshair colours. This way tokens, per-element properties and light/dark all reach the canvas.
 */
import type { ChartLook } from './chart-options.js';
import { SERIES_KEYS, type SeriesKey } from './series.js';

const FALLBACK = { text: '#59636e', grid: '#d1d9e0', series: '#0b63c5' };

/** The colours as resolved now inside `root` (the element's shadow root). */
export function readChartLook(root: ParentNode): ChartLook {
  const plot = root.querySelector('.plot');
  const style = plot ? getComputedStyle(plot) : undefined;
  const colour = (key: SeriesKey) => {
    const swatch = root.querySelector(`.swatch[data-series="${key}"]`);
    return swatch ? getComputedStyle(swatch).color : FALLBACK.series;
  };
  const ink = (name: string, fallback: string) => {
    const node = root.querySelector(`.ink[data-ink="${name}"]`);
    return (node && getComputedStyle(node).color) || fallback;
  };
  return {
    warning: ink('warning', '#8a5a00'),
    critical: ink('critical', '#c42430'),
    crosshair: ink('crosshair', FALLBACK.text),
    text: style?.color || FALLBACK.text,
    grid: style?.borderTopColor || FALLBACK.grid,
    series: Object.fromEntries(SERIES_KEYS.map((key) => [key, colour(key)])) as Record<SeriesKey, string>,
  };
}
