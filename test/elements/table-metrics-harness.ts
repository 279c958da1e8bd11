/** Builders and probes for the `<table-metrics>` tests. */
import { fixture, html } from '@open-wc/testing';
import '../../src/elements/table-metrics/table-metrics.js';
import type { TableMetricsElement } from '../../src/elements/table-metrics/table-metrics.js';
import type { PipelineMetrics, TableMetrics } from '../../src/schemas/index.js';
import { fakeStore, settle } from './provided-store.js';

export const ID = '4f1c2a9e-5b7d-4e3a-9c1f-2d8e6b0a7c35';
/** The fake clock's start. */
export const NOW = Date.UTC(2026, 0, 1);

/** A metrics snapshot listing `tables` (none: the field left out). */
export function metrics(tables: TableMetrics[] | undefined): PipelineMetrics {
  return {
    pipeline_id: ID, status: 'running', events_processed: 0, events_per_second: 0, lag_seconds: 0, lag_p95_seconds: 0,
    buffer_depth: 0, error_count: 0, iceberg_commits: 0, iceberg_bytes_written: 0, ...(tables ? { tables } : {}),
  };
}

/** Table `public.<table>`. */
export const t = (table: string, events: number, lag: number, extra: Partial<TableMetrics> = {}): TableMetrics => ({
  schema: 'public', table, events_processed: events, lag_seconds: lag, ...extra,
});

/** A mounted table and its store and source. */
export type Mounted = Awaited<ReturnType<typeof mount>>;

/** Mounts `<table-metrics>` and answers its first metrics request with `tables`. */
export async function mount(tables: TableMetrics[] | undefined, attrs: { warning?: number } = {}) {
  const { store, source } = fakeStore();
  const host = await fixture(html`<test-store-provider .store=${store}
    ><table-metrics pipeline-id=${ID} locale="en-US" lag-warning=${attrs.warning ?? 5}></table-metrics
  ></test-store-provider>`);
  const el = host.querySelector('table-metrics')!;
  await settle();
  await respond(el, source, tables);
  return { el, store, source };
}

/** Answers the last metrics request with `tables` and lets the element render. */
export async function respond(el: TableMetricsElement, source: ReturnType<typeof fakeStore>['source'], tables: TableMetrics[] | undefined) {
  source.last('getMetrics').resolve(metrics(tables));
  await settle();
  await el.updateComplete;
}

/** Polls once more (the store's refresh) and answers with `tables`. */
export async function poll(m: Mounted, tables: TableMetrics[]) {
  void m.store.refresh();
  await settle();
  await respond(m.el, m.source, tables);
}

export const $ = (el: TableMetricsElement, s: string) => el.shadowRoot!.querySelector<HTMLElement>(s);
export const rows = (el: TableMetricsElement) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="body"] [role="row"]')];
export const text = (n: Element | null | undefined) => (n?.textContent ?? '').replace(/\s+/g, ' ').trim();
export const cells = (row: HTMLElement) => [...row.querySelectorAll('[role="cell"]')].map(text);
export const names = (el: TableMetricsElement) => rows(el).map((r) => cells(r)[0]);
export const header = (el: TableMetricsElement, label: string) =>
  [...el.shadowRoot!.querySelectorAll<HTMLElement>('[role="columnheader"]')].find((h) => text(h).startsWith(label))!;

/** Clicks a column's sort button (with Shift for a secondary level). */
export async function clickHeader(el: TableMetricsElement, label: string, shiftKey = false) {
  header(el, label).querySelector('button')!.dispatchEvent(new MouseEvent('click', { bubbles: true, shiftKey }));
  await el.updateComplete;
}
