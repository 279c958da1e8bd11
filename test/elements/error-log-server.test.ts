/**
 * `<error-log>` and what the server can do, over a hand-answered source: the debounce, servers
 * that ignore the search or send no counts (the element then says its counts and search cover
 * the loaded errors only), and faults in the middle of an export.
 */
import { expect } from '@open-wc/testing';
import sinon from 'sinon';
import { SEARCH_DEBOUNCE_MS } from '../../src/elements/error-log/log-query.js';
import type { ErrorLog } from '../../src/elements/error-log/error-log.js';
import type { PipelineError, PipelineErrorPage, PipelineErrorType } from '../../src/schemas/index.js';

type ErrorTypeCounts = Record<PipelineErrorType, number>;
import type { ErrorQuery } from '../../src/sources/source.js';
import { httpError, type SourceCall } from '../store/fake-source.js';
import { $, $$, error, messages, mount, NOW, press, range, text, type Mounted } from './error-log-harness.js';
import { settle } from './provided-store.js';

const counts = (c: Partial<ErrorTypeCounts>): ErrorTypeCounts => ({ replication: 0, schema: 0, connection: 0, write: 0, unknown: 0, ...c });

/** A page as a server with the extension answers: whole-log counts and the search echoed. */
function full(errors: PipelineError[], total: number, search = '', byType: Partial<ErrorTypeCounts> = { connection: total }): PipelineErrorPage {
  return { errors, total_count: total, counts: counts(byType), search };
}

const query = (c: SourceCall) => c.args[1] as ErrorQuery;
const liveCalls = (m: Mounted) => m.source.callsTo('getErrors').filter((c) => query(c).before === undefined && query(c).offset === undefined);
const exportCalls = (m: Mounted) => m.source.callsTo('getErrors').filter((c) => query(c).limit === 500);

async function reply(m: Mounted, call: SourceCall | undefined, body: PipelineErrorPage | Error): Promise<void> {
  if (!call) throw new Error('no such call');
  if (body instanceof Error) call.reject(body);
  else call.resolve(body);
  await settle();
  await m.el.updateComplete;
  await settle();
}

const pendingLive = (m: Mounted) => liveCalls(m).filter((c) => !c.settled).at(-1);
const pendingExport = (m: Mounted) => exportCalls(m).filter((c) => !c.settled).at(-1);

async function type(el: ErrorLog, value: string): Promise<void> {
  const input = $<HTMLInputElement>(el, '[part="search"]')!;
  input.value = value;
  input.dispatchEvent(new Event('input'));
  await el.updateComplete;
  await settle();
}

describe('<error-log> and the server’s abilities', function () {
  this.timeout(10_000);
  let clock: sinon.SinonFakeTimers;
  beforeEach(() => {
    clock = sinon.useFakeTimers({ now: NOW, toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] });
  });
  afterEach(() => {
    clock.restore();
    sinon.restore();
  });

  describe('search', () => {
    it('sends one request when typing pauses, keeping the previous answer until then', async () => {
      const m = await mount();
      await reply(m, pendingLive(m), full(range(1, 3), 3));
      for (const partial of ['r', 're', 'ref']) {
        await type(m.el, partial);
        clock.tick(SEARCH_DEBOUNCE_MS - 1);
        await settle();
      }
      expect(liveCalls(m)).to.have.length(1);
      expect(messages(m.el), 'the list is the last answer').to.have.length(3);
      clock.tick(1);
      await m.el.updateComplete;
      await settle();
      expect(liveCalls(m).map((c) => query(c).search)).to.deep.equal([undefined, 'ref']);
      await reply(m, pendingLive(m), full([error(2)], 1, 'ref'));
      expect(messages(m.el)).to.deep.equal(['connection refused #2']);
      expect($(m.el, '[part="scope"]')).to.equal(null);
    });

    it('filters the loaded errors itself, and says so, when the server does not echo the search', async () => {
      const m = await mount();
      await reply(m, pendingLive(m), { errors: [error(1), error(2, { message: 'disk full' })], total_count: 900, counts: counts({ connection: 900 }) });
      await type(m.el, 'disk');
      expect(messages(m.el), 'at once, no debounce').to.deep.equal(['disk full']);
      expect(liveCalls(m), 'no request for it').to.have.length(1);
      expect(text($(m.el, '[part="scope"]'))).to.equal('This server does not search its log: the search covers the 2 loaded errors only.');
      expect($$(m.el, '[part="type-filter"]').map(text), 'counts are still the server’s').to.deep.equal(['All 900', 'Connection 900']);
    });

    it('falls back to its own search when the echo is not what was sent (a proxy cut it)', async () => {
      const m = await mount();
      await reply(m, pendingLive(m), full([error(1), error(2, { message: 'slot busy' })], 40));
      await type(m.el, 'slot busy');
      clock.tick(SEARCH_DEBOUNCE_MS);
      await settle();
      await reply(m, pendingLive(m), full([error(1, { message: 'slot' }), error(3)], 40, 'slot'));
      // Back to the page asked without a search (the store still holds it), filtered here.
      expect(messages(m.el)).to.deep.equal(['slot busy']);
      expect(m.source.pending(), 'nothing more is asked').to.have.length(0);
      expect(text($(m.el, '[part="scope"]'))).to.contain('the search covers the 2 loaded errors only');
    });
  });

  describe('counts', () => {
    it('counts the loaded errors, saying so, when the server sends no counts; its type filter stays local', async () => {
      const m = await mount();
      await reply(m, pendingLive(m), { errors: [error(1, { type: 'write' }), error(2)], total_count: 1656 });
      expect($$(m.el, '[part="type-filter"]').map(text)).to.deep.equal(['All 2', 'Connection 1', 'Write 1']);
      expect(text($(m.el, '[part="scope"]'))).to.equal('Counts are of the 2 loaded errors only.');
      await press(m.el, 'Write');
      expect(liveCalls(m).map((c) => query(c).type)).to.deep.equal([undefined]);
      expect(messages(m.el)).to.deep.equal(['connection refused #1']);
    });

    it('needs no note when every error is loaded, counts or not', async () => {
      const m = await mount();
      await reply(m, pendingLive(m), { errors: [error(1, { type: 'write' }), error(2)], total_count: 2 });
      await type(m.el, '#2');
      expect(messages(m.el)).to.deep.equal(['connection refused #2']);
      expect($(m.el, '[part="scope"]')).to.equal(null);
    });

    it('asks again without the type when a server that sends no counts answered a typed request', async () => {
      const m = await mount();
      m.el.errorType = 'write';
      await m.el.updateComplete;
      await settle();
      expect(query(pendingLive(m)!).type).to.equal('write');
      await reply(m, pendingLive(m), { errors: [error(1), error(2, { type: 'write' })], total_count: 40 });
      await m.el.updateComplete;
      await settle();
      const last = pendingLive(m)!;
      expect(query(last).type).to.equal(undefined);
      await reply(m, last, { errors: [error(1), error(2, { type: 'write' }), error(3, { type: 'schema' })], total_count: 40 });
      expect(messages(m.el)).to.deep.equal(['connection refused #2']);
      expect($$(m.el, '[part="type-filter"]').map(text)).to.deep.equal(['All 3', 'Schema 1', 'Connection 1', 'Write 1']);
      expect(text($(m.el, '[part="scope"]'))).to.equal('Counts are of the 3 loaded errors only.');
    });

    it('keeps the selected type among the chips when the server counts none of it', async () => {
      const m = await mount();
      await reply(m, pendingLive(m), full([error(1)], 5, '', { connection: 5 }));
      await press(m.el, 'Connection');
      expect(query(liveCalls(m).at(-1)!).type).to.equal('connection');
      await reply(m, pendingLive(m), full([error(1)], 5, '', { connection: 5 }));
      m.el.search = 'nothing like it';
      await m.el.updateComplete;
      await settle();
      await reply(m, pendingLive(m), full([], 0, 'nothing like it', {}));
      expect($$(m.el, '[part="type-filter"]').map(text)).to.deep.equal(['All 0', 'Connection 0']);
      expect(text($(m.el, '[part="empty"]'))).to.contain('No errors match the filter');
      expect($(m.el, '[part="search"]'), 'the search box stays').to.not.equal(null);
    });
  });

  describe('export', () => {
    let created: sinon.SinonStub;
    beforeEach(() => {
      created = sinon.stub(URL, 'createObjectURL').returns('blob:test');
      sinon.stub(URL, 'revokeObjectURL');
      sinon.stub(HTMLAnchorElement.prototype, 'click');
    });

    it('says which page failed (a 503 after 500 of 1,200) and saves nothing', async () => {
      const m = await mount();
      await reply(m, pendingLive(m), full(range(1, 100), 1200));
      await press(m.el, 'Download');
      expect(text($(m.el, '[part="export-progress"]'))).to.contain('Exporting 0 of 1,200…');
      await reply(m, pendingExport(m), full(range(1, 500), 1200));
      expect(text($(m.el, '[part="export-progress"]'))).to.contain('Exporting 500 of 1,200…');
      expect(query(pendingExport(m)!).offset).to.equal(500);
      await reply(m, pendingExport(m), httpError(503, 'Service unavailable (503): try again later'));
      const alert = $(m.el, '[part="export-error"]')!;
      expect(alert.getAttribute('role')).to.equal('alert');
      expect(text(alert)).to.equal('Export failed after 500 of 1,200 errors; nothing was saved. Service unavailable (503): try again later');
      expect(created.called).to.equal(false);
      expect(messages(m.el)).to.have.length(100);
      expect($<HTMLButtonElement>(m.el, '[part="download"]')!.disabled, 'may be tried again').to.equal(false);
    });

    it('goes on by time when the server ignores offset, each error once', async () => {
      const m = await mount();
      await reply(m, pendingLive(m), full(range(1, 100), 700));
      await press(m.el, 'Download');
      await reply(m, pendingExport(m), full(range(1, 500), 700));
      await reply(m, pendingExport(m), full(range(1, 500), 700));
      const next = query(pendingExport(m)!);
      expect([next.offset, next.before?.getTime()]).to.deep.equal([undefined, error(500).timestamp.getTime()]);
      await reply(m, pendingExport(m), full(range(501, 700), 700));
      await settle();
      const rows = (await (created.firstCall.args[0] as Blob).text()).split('\r\n').filter(Boolean);
      expect(rows).to.have.length(701);
      expect(text($(m.el, '[part="notice"]'))).to.equal('Downloaded 700 errors as CSV');
    });

    it('reads the whole log and filters it itself when the server cannot search', async () => {
      const m = await mount();
      await reply(m, pendingLive(m), { errors: range(1, 100), total_count: 600, counts: counts({ connection: 600 }) });
      await type(m.el, '#55');
      await press(m.el, 'Download');
      expect(query(pendingExport(m)!).search).to.equal(undefined);
      const withMatches = range(1, 500).concat(range(501, 600));
      await reply(m, pendingExport(m), { errors: withMatches.slice(0, 500), total_count: 600 });
      await reply(m, pendingExport(m), { errors: withMatches.slice(500), total_count: 600 });
      await settle();
      const rows = (await (created.firstCall.args[0] as Blob).text()).split('\r\n').filter(Boolean).slice(1);
      expect(rows.map((r) => r.split(',')[0])).to.deep.equal(['"e55"', '"e550"', '"e551"', '"e552"', '"e553"', '"e554"', '"e555"', '"e556"', '"e557"', '"e558"', '"e559"']);
    });

    it('exports what is loaded at once when the whole log is loaded', async () => {
      const m = await mount();
      await reply(m, pendingLive(m), full(range(1, 3), 3));
      await press(m.el, 'Download');
      expect(exportCalls(m)).to.have.length(0);
      expect(text($(m.el, '[part="notice"]'))).to.equal('Downloaded 3 errors as CSV');
    });
  });
});
