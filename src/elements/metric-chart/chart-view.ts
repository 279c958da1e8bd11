/**
 * Owns the one Chart.js instance of a `<metric-chart>`: created once per connection, then only
 * mutated (data arrays replaced or appended to, options edited) and redrawn with
 * `update('none')`, and destroyed when the element leaves the page.
 */
import { Chart, type Plugin } from 'chart.js';
import { toFont } from 'chart.js/helpers';
import { chartConfig, type ChartLook, type ChartPoint, type ChartSettings } from './chart-options.js';
import { OVERLAY_FONT, overlayPlugin, paintCrosshair, type OverlayState } from './chart-overlay.js';
import { columnsFromHistory, type ChartColumns } from './columns.js';
import { decimateMinMax } from './decimate.js';
import { SERIES_KEYS, type SeriesKey } from './series.js';

/** The span of time the x axis shows, in ms since the epoch. */
export interface TimeWindow {
  min: number;
  max: number;
}

/** A y axis is at least this wide (ticks, title); the first layout shows how wide they really are. */
const AXIS_GUESS_PX = 40;

/** The colours of a rehearsal, which nobody sees. */
const REHEARSAL_LOOK: ChartLook = {
  text: '#000',
  warning: '#000',
  critical: '#000',
  crosshair: '#000',
  grid: '#000',
  series: Object.fromEntries(SERIES_KEYS.map((key) => [key, '#000'])) as Record<SeriesKey, string>,
};

/** Three samples a minute apart up to `now`, for a rehearsal. */
function rehearsalColumns(now: number): ChartColumns {
  return columnsFromHistory(
    [2, 1, 0].map((ago) => ({ timestamp: new Date(now - ago * 60_000), events_per_second: 1, lag_seconds: 1, buffer_depth: 1, error_count: ago })),
  );
}

/** Where the updates of a chart made for a rehearsal stop (chart-view.ts, `rehearsal`). */
type HeldAt = 'update' | 'render';

/** What a chart view draws. */
export interface ChartContent {
  columns: ChartColumns;
  window: TimeWindow;
  hidden: ReadonlySet<SeriesKey>;
}

/** A line chart of chart columns, decimated to its own width. */
export class ChartView {
  readonly chart: Chart<'line', ChartPoint[]>;
  #settings: ChartSettings;
  #columns: ChartColumns;
  #window: TimeWindow;
  #hidden: ReadonlySet<SeriesKey>;
  /** Pixel columns to decimate to: the plot area's width. */
  #columnsPx: number;
  /** The canvas width the decimation was made for, to tell a real resize from a nudge. */
  #canvasPx: number;
  #destroyed = false;
  /** Where an update of a rehearsal's chart stops: once its scales are built, or before it draws. */
  #heldAt: HeldAt | undefined;
  readonly #overlay: OverlayState;
  readonly #crosshairCanvas: HTMLCanvasElement | undefined;

  /**
   * A page's first chart also pays for running Chart.js' code for the first time (compiling it,
   * matching its fonts): on two cores it took about 90 ms where the next one took 20-40. These
   * steps pay that in advance, each in a task of its own and none drawing on the page: measuring
   * text in the fonts the charts use; configuring a chart of `settings` on a canvas in no page
   * (Chart.js waits for it to be attached) and dropping it; then taking one chart off the page
   * through its first update in three steps: its scales, its layout, its drawing. On two cores a
   * cold layout alone takes about 20 ms and the scales up to 37, so no two of them share a task.
   */
  static rehearsal(settings: ChartSettings): (() => void)[] {
    const now = Date.now();
    const content = (): ChartContent => ({ columns: rehearsalColumns(now), window: { min: now - 3_600_000, max: now }, hidden: new Set() });
    let view: ChartView | undefined;
    return [
      () => {
        const context = document.createElement('canvas').getContext('2d');
        if (!context) return;
        for (const font of [toFont(Chart.defaults.font).string, OVERLAY_FONT]) {
          context.font = font;
          context.measureText('0.5 s');
        }
      },
      () => new ChartView(document.createElement('canvas'), settings, REHEARSAL_LOOK, content()).destroy(),
      () => (view = new ChartView(document.createElement('canvas'), settings, REHEARSAL_LOOK, content(), undefined, 'update')),
      () => {
        if (!view) return;
        view.#heldAt = 'render';
        view.chart.update('none');
      },
      () => {
        if (!view) return;
        view.#heldAt = undefined;
        view.chart.render();
        view.destroy();
      },
    ];
  }

  /**
   * Creates the chart with its data in place, so the first frame is the only layout and draw;
   * `crosshair` is the canvas laid over it for the crosshair. With `heldAt` the chart keeps the
   * canvas' own size (for a canvas in no page) and its updates stop there until it is cleared.
   */
  constructor(
    canvas: HTMLCanvasElement,
    settings: ChartSettings,
    look: ChartLook,
    content: ChartContent,
    crosshair?: HTMLCanvasElement,
    heldAt?: HeldAt,
  ) {
    this.#settings = settings;
    this.#crosshairCanvas = crosshair;
    ({ columns: this.#columns, window: this.#window, hidden: this.#hidden } = content);
    // Before the first layout the plot area is unknown: the canvas box less a narrow guess per
    // shown y axis. Guessing the axes narrow errs towards more points, never fewer.
    this.#canvasPx = canvas.parentElement?.clientWidth || 300;
    const axes = settings.series.filter((key) => !this.#hidden.has(key)).length;
    this.#columnsPx = Math.max(50, this.#canvasPx - AXIS_GUESS_PX * axes);
    this.#overlay = { thresholds: [], crosshair: undefined, series: [], colours: { warning: '', critical: '', text: '', crosshair: '' } };
    this.#setOverlayLook(settings, look);
    const config = chartConfig(settings, look);
    this.#heldAt = heldAt;
    const held: Plugin<'line'> = { id: 'pmHeld', beforeUpdate: () => this.#heldAt !== 'update', beforeRender: () => this.#heldAt === undefined };
    config.plugins = [overlayPlugin(() => this.#overlay, () => this.#paintCrosshair()), held];
    config.data.datasets.forEach((dataset, i) => {
      const key = settings.series[i] as SeriesKey;
      dataset.data = this.#decimated(key);
      dataset.hidden = this.#hidden.has(key);
    });
    Object.assign(config.options?.scales?.x ?? {}, { min: this.#window.min, max: this.#window.max });
    config.options = {
      ...config.options,
      responsive: heldAt === undefined,
      onResize: (_chart, size) => {
        // A wider plot needs more columns, a narrower one fewer; small changes are not worth it.
        if (Math.abs(size.width - this.#canvasPx) > this.#canvasPx * 0.1) queueMicrotask(() => this.#redraw());
      },
    };
    this.chart = new Chart(canvas, config);
  }

  /** The drawing settings; changing the series or the locale rebuilds the configuration. */
  configure(settings: ChartSettings, look: ChartLook): void {
    const fresh = chartConfig(settings, look);
    const before = this.#settings;
    this.#settings = settings;
    this.#setOverlayLook(settings, look);
    // Chart.js types a live chart's options and a configuration's options apart; they are the same shape.
    this.chart.options.scales = fresh.options?.scales as never;
    this.chart.options.plugins = fresh.options?.plugins as never;
    this.chart.options.locale = settings.locale;
    this.chart.options.color = look.text;
    this.chart.data.datasets.forEach((dataset, i) => (dataset.label = fresh.data.datasets[i]?.label));
    if (before.series.join() !== settings.series.join()) {
      this.chart.data.datasets = fresh.data.datasets;
      this.#redraw();
      return;
    }
    this.chart.data.datasets.forEach((dataset, i) => {
      const key = settings.series[i];
      if (key) dataset.borderColor = dataset.backgroundColor = look.series[key];
    });
    this.#applyWindow();
    this.chart.update('none');
  }

  /** Draws `columns` over `window`, decimated to one min-max column per CSS pixel. */
  draw(columns: ChartColumns, window: TimeWindow): void {
    this.#columns = columns;
    this.#window = window;
    this.#redraw();
  }

  /** Draws the rows appended to the drawn columns from row `from` on, moving the window to `window`. */
  append(from: number, window: TimeWindow): void {
    const columns = this.#columns;
    this.#window = window;
    this.#settings.series.forEach((key, i) => {
      const data = this.chart.data.datasets[i]?.data;
      if (!data) return;
      for (let row = from; row < columns.x.length; row++) {
        data.push({ x: columns.x[row] as number, y: columns.y[key][row] as number });
      }
    });
    this.#applyWindow();
    this.chart.update('none');
  }

  /** Shows only the series not in `hidden` (their axes follow). */
  setHidden(hidden: ReadonlySet<SeriesKey>): void {
    this.#hidden = new Set(hidden);
    this.#settings.series.forEach((key, i) => this.chart.setDatasetVisibility(i, !hidden.has(key)));
    this.chart.update('none');
  }

  /** Moves the crosshair to `time` (ms; undefined hides it): its own canvas is repainted, not the chart. */
  setCrosshair(time: number | undefined): void {
    if (this.#destroyed || time === this.#overlay.crosshair) return;
    this.#overlay.crosshair = time;
    this.#paintCrosshair();
  }

  #paintCrosshair(): void {
    // Before the first layout (the constructor's own draw) there are no scales to read yet.
    if (this.#crosshairCanvas && !this.#destroyed && this.chart) paintCrosshair(this.chart as never, this.#crosshairCanvas, this.#overlay);
  }

  /** Whether canvas position `px` lies over the plot area, left to right. */
  overPlot(px: number): boolean {
    const { left, right } = this.chart.chartArea;
    return px >= left && px <= right;
  }

  /** The instant under horizontal canvas position `px`, clamped to the plot area. */
  instantAt(px: number): number {
    const { left, right } = this.chart.chartArea;
    return this.chart.scales.x?.getValueForPixel(Math.min(right, Math.max(left, px))) ?? NaN;
  }

  /** The plot area in canvas pixels. */
  get plotArea(): { left: number; right: number; top: number; bottom: number } {
    return this.chart.chartArea;
  }

  /** Frees the canvas and removes the chart from `Chart.instances`. */
  destroy(): void {
    this.#destroyed = true;
    this.chart.destroy();
  }

  #setOverlayLook(settings: ChartSettings, look: ChartLook): void {
    this.#overlay.thresholds = settings.thresholds;
    this.#overlay.series = settings.series;
    this.#overlay.colours = { warning: look.warning, critical: look.critical, text: look.text, crosshair: look.crosshair };
  }

  #decimated(key: SeriesKey): ChartPoint[] {
    const { x } = this.#columns;
    const ys = this.#columns.y[key];
    const rows = decimateMinMax(x, ys, this.#columnsPx, this.#window.min, this.#window.max);
    const points = new Array<ChartPoint>(rows.length);
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i] as number;
      points[i] = { x: x[row] as number, y: ys[row] as number };
    }
    return points;
  }

  #redraw(): void {
    if (this.#destroyed) return;
    this.#canvasPx = this.chart.width;
    this.#columnsPx = Math.max(50, this.chart.chartArea?.width ?? this.chart.width);
    this.#settings.series.forEach((key, i) => {
      const dataset = this.chart.data.datasets[i];
      if (dataset) dataset.data = this.#decimated(key);
      this.chart.setDatasetVisibility(i, !this.#hidden.has(key));
    });
    this.#applyWindow();
    this.chart.update('none');
  }

  #applyWindow(): void {
    const x = this.chart.options.scales?.x;
    if (!x) return;
    x.min = this.#window.min;
    x.max = this.#window.max;
  }
}
