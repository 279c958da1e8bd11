/** Builders and probes for the `<error-log>` tests. */
import { fixture, html } from '@open-wc/testing';
import '../../src/elements/error-log/error-log.js';
import type { ErrorLog } from '../../src/elements/error-log/error-log.js';
import type { PipelineError, PipelineErrorPage } from '../../src/schemas/index.js';
import type { ErrorQuery } from '../../src/sources/source.js';
import type { MetricsStore } from '../../src/store/metrics-store.js';
import type { FakeSource, SourceCall } from '../store/fake-source.js';
import { fakeStore, settle } from './provided-store.js';

export const PIPELINE = '4f1c2a9e-5b7d-4e3a-9c1f-2d8e6b0a7c35';
/** The fake clock's start (see fakeClock): errors are dated relative to it. */
export const NOW = Date.UTC(2026, 0, 1);

/** Error `n`, `n` minutes before NOW (so a bigger n is older). */
export function error(n: number, overrides: Partial<PipelineError> = {}): PipelineError {
  return {
    id: `e${n}`,
    timestamp: new Date(NOW - n * 60_000),
    type: 'connection',
    message: `connection refused #${n}`,
    ...overrides,
  };
}

/** A page of errors, newest first, with `total` on the server. */
export function page(errors: PipelineError[], total = errors.length): PipelineErrorPage {
  return { errors, total_count: total };
}

/** Errors `from`..`to` (inclusive), newest first. */
export function range(from: number, to: number, overrides: Partial<PipelineError> = {}): PipelineError[] {
  return Array.from({ length: to - from + 1 }, (_, i) => error(from + i, overrides));
}

/** A mounted log and its source. */
export interface Mounted {
  el: ErrorLog;
  store: MetricsStore;
  source: FakeSource;
}

/** Mounts `<error-log>` (attributes as a template fragment would be too loose: a few properties). */
export async function mount(props: Partial<Pick<ErrorLog, 'pageSize' | 'grouping'>> = {}, source?: FakeSource): Promise<Mounted> {
  const { store, source: fake } = fakeStore(source);
  const host = await fixture(html`<test-store-provider .store=${store}
    ><error-log pipeline-id=${PIPELINE} locale="en-US" .pageSize=${props.pageSize ?? 100} .grouping=${props.grouping ?? 'repeats'}></error-log
  ></test-store-provider>`);
  const el = host.querySelector('error-log')!;
  await settle();
  return { el, store, source: fake };
}

/** The source's error-log calls: the live page (no `before`) or older pages. */
export function errorCalls(source: FakeSource, kind: 'live' | 'older'): SourceCall[] {
  return source.callsTo('getErrors').filter((c) => ((c.args[1] as ErrorQuery).before === undefined) === (kind === 'live'));
}

/** Answers the newest pending call of `kind` and lets the element render. */
export async function answer(m: Mounted, kind: 'live' | 'older', body: PipelineErrorPage): Promise<void> {
  const call = errorCalls(m.source, kind).filter((c) => !c.settled).at(-1);
  if (!call) throw new Error(`no pending ${kind} call`);
  call.resolve(body);
  await settle();
  await m.el.updateComplete;
  await settle();
}

/** Polls once more (the store's refresh) and answers with `body`. */
export async function poll(m: Mounted, body: PipelineErrorPage): Promise<void> {
  void m.store.refresh();
  await settle();
  await answer(m, 'live', body);
}

export const $ = <E extends Element = HTMLElement>(el: ErrorLog, selector: string): E | null => el.shadowRoot!.querySelector<E>(selector);
export const $$ = <E extends Element = HTMLElement>(el: ErrorLog, selector: string): E[] => [...el.shadowRoot!.querySelectorAll<E>(selector)];
export const entries = (el: ErrorLog) => $$(el, '[part~="entry"]');
export const text = (node: Element | null) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
export const messages = (el: ErrorLog) => entries(el).map((e) => text(e.querySelector('[part="message"]')));

/** Clicks the element's button whose text contains `label`. */
export async function press(el: ErrorLog, label: string): Promise<void> {
  const button = $$<HTMLButtonElement>(el, 'button').find((b) => text(b).includes(label));
  if (!button) throw new Error(`no button "${label}"`);
  button.click();
  await el.updateComplete;
  await settle();
}
