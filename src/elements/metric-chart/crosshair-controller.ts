/**
 * Binds a `<metric-chart>` to its pipeline's shared crosshair: the pointer over its plot moves the
 * crosshair of every chart of the pipeline, and every move repaints this chart's crosshair and
 * rewrites its readout ("14:05:30 · Lag 3.2 s"), the value of each shown series at that instant.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { formatValue } from '../../format/index.js';
import { chartText } from '../../i18n/en/chart.js';
import type { ChartColumns } from './columns.js';
import { formatTime } from './date-adapter.js';
import { crosshairFor, type Crosshair } from './crosshair.js';
import type { ChartView } from './chart-view.js';
import { nearestInstant } from './nearest.js';
import { SERIES, type SeriesKey } from './series.js';

/** What the controller reads from its chart at each move. */
export interface CrosshairHost {
  /** The store the chart reads (its crosshairs are shared per store), and its pipeline. */
  target(): { owner: object | undefined; pipelineId: string };
  view(): ChartView | undefined;
  columns(): ChartColumns | undefined;
  visibleSeries(): readonly SeriesKey[];
  locale(): string | undefined;
  timeZone(): string | undefined;
  /** The node whose text is the readout. */
  readout(): HTMLElement | null;
}

/** The shared crosshair, seen from one chart. */
export class CrosshairController implements ReactiveController {
  readonly #host: CrosshairHost;
  #crosshair: Crosshair | undefined;
  #key: unknown[] = [];
  #off: (() => void) | undefined;

  constructor(host: ReactiveControllerHost, chart: CrosshairHost) {
    this.#host = chart;
    host.addController(this);
  }

  hostUpdated(): void {
    const { owner, pipelineId } = this.#host.target();
    if (owner === this.#key[0] && pipelineId === this.#key[1]) return;
    this.hostDisconnected();
    this.#key = [owner, pipelineId];
    if (!owner || !pipelineId) return;
    this.#crosshair = crosshairFor(owner, pipelineId);
    this.#off = this.#crosshair.subscribe(this.show);
    this.show(this.#crosshair.time);
  }

  hostDisconnected(): void {
    this.#off?.();
    this.#off = undefined;
    this.#crosshair = undefined;
    this.#key = [];
  }

  /** Pointer moves over the canvas: the crosshair follows while over the plot area. */
  readonly move = (event: PointerEvent): void => {
    const view = this.#host.view();
    if (!view || !this.#crosshair || !this.#host.columns()?.x.length) return;
    const canvas = event.currentTarget as HTMLElement | null;
    // From clientX: offsetX of a synthetic event inside a shadow root is not reliable.
    const px = canvas ? event.clientX - canvas.getBoundingClientRect().left : Number.NaN;
    this.#crosshair.set(view.overPlot(px) ? this.#snap(view.instantAt(px)) : undefined);
  };

  /** `time` moved onto the nearest sample, so every chart of the pipeline reads the same row; over a gap it stays. */
  #snap(time: number): number {
    const columns = this.#host.columns();
    const row = columns ? nearestInstant(columns.x, time) : -1;
    return row >= 0 && columns && this.#near(columns, row, time) ? (columns.x[row] as number) : time;
  }

  /** Whether the sample at `row` is close enough to `time` to be its value: a step and a half at most, else a gap. */
  #near(columns: ChartColumns, row: number, time: number): boolean {
    return Math.abs((columns.x[row] as number) - time) <= Math.max(columns.step, 1000) * 1.5;
  }

  /** The pointer left the canvas: the crosshair goes away on every chart. */
  readonly leave = (): void => this.#crosshair?.set(undefined);

  /** Repaints the crosshair at `time` and writes the readout. */
  readonly show = (time: number | undefined): void => {
    this.#host.view()?.setCrosshair(time);
    const readout = this.#host.readout();
    if (readout) readout.textContent = time === undefined ? '' : this.#describe(time);
  };

  #describe(time: number): string {
    const columns = this.#host.columns();
    const locale = this.#host.locale();
    const parts = [formatTime(time, 'second', locale, this.#host.timeZone())];
    const row = columns ? nearestInstant(columns.x, time) : -1;
    const near = columns !== undefined && row >= 0 && this.#near(columns, row, time);
    for (const key of this.#host.visibleSeries()) {
      const value = near ? columns.y[key][row] : undefined;
      parts.push(`${chartText(locale).series[key]} ${formatValue(value !== undefined && Number.isFinite(value) ? value : undefined, SERIES[key].unit, locale)}`);
    }
    return parts.join(' · ');
  }
}
