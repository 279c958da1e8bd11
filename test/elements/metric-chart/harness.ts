/**
 * Mounts charts and selectors under a store answered by hand (FakeSource), provided by context
 * as a dashboard would, and reads what a user sees of them.
 */
import { fixture, html } from '@open-wc/testing';
import { Chart } from 'chart.js';
import type { LitElement, TemplateResult } from 'lit';
import type { MetricChart } from '../../../src/elements/metric-chart/metric-chart.js';
import type { ChartPoint } from '../../../src/elements/metric-chart/chart-options.js';
import { MetricsStore } from '../../../src/store/metrics-store.js';
import { FakeSource } from '../../store/fake-source.js';
import type { TestStoreProvider } from '../store-provider.js';
import '../store-provider.js';


/** A store on a hand-answered source, polling off unless a test turns it on. */
export function testStore(intervalMs = 0): { store: MetricsStore; source: FakeSource } {
  const source = new FakeSource();
  return { store: new MetricsStore(source, { intervalMs }), source };
}

/** Mounts `content` under a provider of `store`; resolves with the provider. */
export async function provide(store: MetricsStore, content: TemplateResult): Promise<TestStoreProvider> {
  return fixture<TestStoreProvider>(html`<test-store-provider .store=${store} style="display:block;width:800px">${content}</test-store-provider>`);
}

/** The chart's shadow part named `name`. */
export function part<T extends HTMLElement = HTMLElement>(el: LitElement, name: string): T | null {
  return el.shadowRoot?.querySelector<T>(`[part~="${name}"]`) ?? null;
}

/** The Chart.js instance drawing `el`, if any. */
export function chartOf(el: MetricChart): Chart<'line', ChartPoint[]> | undefined {
  const canvas = part<HTMLCanvasElement>(el, 'canvas');
  return canvas ? (Chart.getChart(canvas) as Chart<'line', ChartPoint[]> | undefined) : undefined;
}

/** The points of the dataset labelled `label`. */
export function points(el: MetricChart, label: string): ChartPoint[] {
  const dataset = chartOf(el)?.data.datasets.find((d) => d.label === label);
  if (!dataset) throw new Error(`no dataset ${label}`);
  return dataset.data;
}

/** Text of a node with whitespace collapsed. */
export function text(node: Element | null): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Share of opaque pixels along a row (`y`) or column (`x`) of the plot area, in CSS px. */
export function inked(el: MetricChart, along: { y: number } | { x: number }, layer: 'chart' | 'crosshair' = 'chart'): number {
  const chart = chartOf(el)!;
  const ratio = chart.currentDevicePixelRatio;
  const { left, right, top, bottom } = chart.chartArea;
  const ctx = layer === 'chart' ? chart.ctx : el.shadowRoot!.querySelector<HTMLCanvasElement>('canvas.crosshair')!.getContext('2d')!;
  const data =
    'y' in along
      ? ctx.getImageData(Math.ceil(left * ratio) + 2, Math.round(along.y * ratio), Math.floor((right - left) * ratio) - 60 * ratio, 1).data
      : ctx.getImageData(Math.round(along.x * ratio), Math.ceil(top * ratio) + 2, 1, Math.floor((bottom - top) * ratio) - 4).data;
  let opaque = 0;
  for (let i = 3; i < data.length; i += 4) if ((data[i] as number) > 100) opaque++;
  return opaque / (data.length / 4);
}
