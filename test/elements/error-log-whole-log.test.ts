/**
 * `<error-log>` against the simulator the test server mounts at `/api/v1`: its counts, search,
 * type filter and export cover the server's whole log, not the page it loaded. Only the
 * debounce's timer is faked; requests are real and seen through Resource Timing and a fetch spy.
 */
import { expect, fixture, html } from '@open-wc/testing';
import sinon from 'sinon';
import '../../src/elements/error-log/error-log.js';
import type { ErrorLog } from '../../src/elements/error-log/error-log.js';
import { SEARCH_DEBOUNCE_MS } from '../../src/elements/error-log/log-query.js';
import { $, $$, entries, messages, press, text } from './error-log-harness.js';
import { untilRendered } from './provided-store.js';

interface WirePage {
  errors: { id: string; type: string; message: string }[];
  total_count: number;
  counts: Record<string, number>;
}

describe('<error-log> over the whole log of the simulator', function () {
  this.timeout(20_000);
  let id: string;
  let clock: sinon.SinonFakeTimers | undefined;

  beforeEach(async () => {
    await fetch('/__sim/reset', { method: 'POST' });
    const { pipelines } = (await (await fetch('/api/v1/pipelines')).json()) as { pipelines: { id: string; name: string }[] };
    id = pipelines.find((p) => p.name === 'orders-cdc')!.id;
    performance.clearResourceTimings();
  });
  afterEach(async () => {
    clock?.restore();
    clock = undefined;
    sinon.restore();
    await fetch('/__sim/faults', { method: 'DELETE' });
  });

  const server = async (query: string): Promise<WirePage> => (await (await fetch(`/api/v1/pipelines/${id}/errors${query}`)).json()) as WirePage;
  /** The element's error-log requests, as URLs (the test's own ask for one error). */
  const requests = (): URL[] =>
    performance
      .getEntriesByType('resource')
      .map((e) => new URL(e.name))
      .filter((u) => u.pathname.endsWith(`/pipelines/${id}/errors`) && u.searchParams.get('limit') !== '1');
  const status = (el: ErrorLog) => text($(el, '[part="status"]'));
  const chips = (el: ErrorLog) => $$(el, '[part="type-filter"]').map(text);
  const n = (v: number) => v.toLocaleString('en-US');

  async function mount(): Promise<ErrorLog> {
    const el = await fixture<ErrorLog>(html`<error-log endpoint="/api/v1" pipeline-id=${id} locale="en-US"></error-log>`);
    await untilRendered(() => entries(el).length > 0, 'the first page');
    return el;
  }

  async function type(el: ErrorLog, value: string): Promise<void> {
    const input = $<HTMLInputElement>(el, '[part="search"]')!;
    input.value = value;
    input.dispatchEvent(new Event('input'));
    await el.updateComplete;
  }

  it('counts every type of the whole log, not the 100 errors loaded', async () => {
    const el = await mount();
    const whole = await server('?limit=1');
    expect(whole.total_count).to.be.greaterThan(100);
    const expected = ['All', 'Replication', 'Schema', 'Connection', 'Write']
      .map((label, i) => `${label} ${n(i === 0 ? whole.total_count : whole.counts[label.toLowerCase()]!)}`)
      .filter((chip) => !chip.endsWith(' 0'));
    expect(chips(el)).to.deep.equal(expected);
    expect(status(el)).to.contain(`100 of ${n(whole.total_count)} errors loaded`);
    expect($(el, '[part="scope"]'), 'no "loaded only" note').to.equal(null);
  });

  it('searches the whole log once typing pauses, in one request', async () => {
    const el = await mount();
    clock = sinon.useFakeTimers({ now: Date.now(), toFake: ['setTimeout', 'clearTimeout'], shouldClearNativeTimers: true });
    const before = requests().length;
    for (const partial of ['c', 'co', 'commitfailed']) {
      await type(el, partial);
      clock.tick(SEARCH_DEBOUNCE_MS - 50);
    }
    expect(requests().length, 'nothing sent while typing').to.equal(before);
    expect(text($(el, '[part="scope"]'))).to.equal('Searching…');
    clock.tick(50);
    const whole = await server('?limit=1&search=commitfailed');
    expect(whole.total_count).to.be.greaterThan(0);
    await untilRendered(() => $(el, '[part="scope"]') === null, 'the matches');
    expect(status(el)).to.equal(whole.total_count > 100 ? `100 of ${n(whole.total_count)} errors loaded` : `${n(whole.total_count)} errors`);
    const sent = requests().slice(before);
    expect(sent.map((u) => u.searchParams.get('search'))).to.deep.equal(['commitfailed']);
    expect(messages(el).every((m) => /commitfailed/i.test(m))).to.equal(true);
    expect(chips(el)).to.deep.equal([`All ${n(whole.total_count)}`, `Write ${n(whole.total_count)}`]);
  });

  it('pages older matches of a search with the same search', async () => {
    const el = await mount();
    el.search = 'connection';
    const matches = (await server('?limit=1&search=connection')).total_count;
    expect(matches).to.be.greaterThan(100);
    await untilRendered(() => status(el) === `100 of ${n(matches)} errors loaded` && $(el, '[part="scope"]') === null, 'the first matches');
    await press(el, 'Load older');
    await untilRendered(() => status(el) === `200 of ${n(matches)} errors loaded`, 'the older matches');
    const older = requests().at(-1)!;
    expect([older.searchParams.get('search'), older.searchParams.has('before')]).to.deep.equal(['connection', true]);
    expect(entries(el).every((e) => /connection/i.test(text(e))), 'every entry matches by type, table or message').to.equal(true);
  });

  it('sends a hostile search as one encoded parameter and shows it only as text', async () => {
    const el = await mount();
    const hostile = '<img src=x onerror="window.__owned=1">&type=write#?offset=9 .*';
    el.search = hostile;
    await untilRendered(() => text($(el, '[part="empty"]')).includes('No errors match the filter'), 'nothing matches');
    const last = requests().at(-1)!;
    expect([last.searchParams.get('search'), last.searchParams.get('type'), last.searchParams.get('offset'), last.hash]).to.deep.equal([
      hostile,
      null,
      null,
      '',
    ]);
    expect($<HTMLInputElement>(el, '[part="search"]')!.value).to.equal(hostile);
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    expect((window as { __owned?: number }).__owned).to.equal(undefined);
    await press(el, 'Clear filter');
    await untilRendered(() => entries(el).length > 0, 'the whole log again');
  });

  it('filters by type on the server', async () => {
    const el = await mount();
    const schema = (await server('?limit=1&type=schema')).total_count;
    await press(el, 'Schema');
    await untilRendered(() => status(el).includes(n(schema)) || status(el) === `${n(schema)} errors`, 'the schema errors');
    expect(requests().at(-1)!.searchParams.get('type')).to.equal('schema');
    expect(entries(el).every((e) => text(e.querySelector('[part="badge"]')) === 'Schema')).to.equal(true);
    expect($$(el, '[part="type-filter"][aria-pressed="true"]').map(text)).to.deep.equal([`Schema ${n(schema)}`]);
  });

  it('downloads the whole log page by page, saying how far it got', async () => {
    const created = sinon.stub(URL, 'createObjectURL').returns('blob:test');
    sinon.stub(URL, 'revokeObjectURL');
    sinon.stub(HTMLAnchorElement.prototype, 'click');
    const el = await mount();
    const total = (await server('?limit=1')).total_count;
    await fetch('/__sim/faults', { method: 'PUT', body: JSON.stringify({ errors: { latencyMs: 150 } }) });
    await press(el, 'Download');
    await untilRendered(() => text($(el, '[part="export-progress"]')).includes(`Exporting 500 of ${n(total)}…`), 'the progress');
    expect($<HTMLButtonElement>(el, '[part="download"]')!.disabled, 'one export at a time').to.equal(true);
    await untilRendered(() => text($(el, '[part="notice"]')) !== '', 'the download', 600);
    expect(text($(el, '[part="notice"]'))).to.equal(`Downloaded ${total} errors as CSV`);
    const csv = await (created.firstCall.args[0] as Blob).text();
    const rows = csv.split('\r\n').filter(Boolean).slice(1);
    expect(rows).to.have.length(total);
    expect(new Set(rows.map((r) => r.split(',')[0])).size, 'each error once').to.equal(total);
    const pages = requests().filter((u) => u.searchParams.get('limit') === '500');
    expect(pages.map((u) => u.searchParams.get('offset'))).to.deep.equal(
      Array.from({ length: Math.ceil(total / 500) }, (_, i) => String(i * 500)),
    );
    expect(entries(el).length, 'the list is untouched').to.be.greaterThan(0);
    expect(status(el)).to.contain(`100 of ${n(total)} errors loaded`);
  });

  it('cancels an export: the request in flight is aborted and nothing is saved', async () => {
    const created = sinon.stub(URL, 'createObjectURL').returns('blob:test');
    const spy = sinon.spy(window, 'fetch');
    const el = await mount();
    await fetch('/__sim/faults', { method: 'PUT', body: JSON.stringify({ errors: { latencyMs: 5000 } }) });
    await press(el, 'Copy');
    await untilRendered(() => text($(el, '[part="export-progress"]')).startsWith('Exporting 0 of'), 'the progress');
    const exporting = spy.getCalls().find((c) => String(c.args[0]).includes('limit=500'))!;
    await press(el, 'Cancel export');
    expect((exporting.args[1] as RequestInit).signal!.aborted).to.equal(true);
    expect(text($(el, '[part="export-progress"]'))).to.equal('Export cancelled; nothing was saved.');
    expect(created.called).to.equal(false);
    expect($<HTMLButtonElement>(el, '[part="copy"]')!.disabled).to.equal(false);
  });

  it('says an export failed when the server answers with an error page, and keeps the log', async () => {
    sinon.stub(URL, 'createObjectURL').returns('blob:test');
    const el = await mount();
    const before = messages(el);
    await fetch('/__sim/faults', { method: 'PUT', body: JSON.stringify({ errors: { mode: 'html-502', times: 1 } }) });
    await press(el, 'Download');
    await untilRendered(() => $(el, '[part="export-error"]') !== null, 'the failure', 600);
    const alert = $(el, '[part="export-error"]')!;
    expect(alert.getAttribute('role')).to.equal('alert');
    expect(text(alert)).to.match(/^Export failed after 0 of [\d,]+ errors; nothing was saved\. .*502/);
    expect(text($(el, '[part="notice"]'))).to.equal('');
    expect(messages(el)).to.deep.equal(before);
  });
});
