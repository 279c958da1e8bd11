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
