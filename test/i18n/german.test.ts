/**
 * The dashboard and every element in German: each piece of text they show or speak, in every
 * state, walked through shadow roots and accessible-name attributes, holds no word of the English
 * catalogue that German does not share; and English stays the default.
 */
import { expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import '../../src/index.js';
import type { PipelineDashboard } from '../../src/elements/pipeline-dashboard/pipeline-dashboard.js';
import { en } from '../../src/i18n/en/index.js';
import { defineLanguage, loadLanguage } from '../../src/i18n/localize.js';
import { RestSource } from '../../src/sources/rest-source.js';
import { MetricsStore } from '../../src/store/metrics-store.js';
import '../elements/store-provider.js';
import { part, revealed, spoken } from '../elements/element-harness.js';
import { catalogueWords, englishIn, shownText } from './catalogue-words.js';

const ENGLISH = catalogueWords(en);
/**
 * Words of the English catalogue that are German words as well: names (Iceberg, Prometheus,
 * Alertmanager), loanwords German dashboards use as they are, and "in". Every other English word
 * on a German page is a string the catalogue missed, or a German string left in English.
 */
const SHARED: ReadonlySet<string> = new Set([
  'alertmanager', 'commits', 'details', 'filter', 'iceberg', 'id', 'in', 'info', 'name', 'pipeline', 'pipelines', 'prometheus', 'schema', 'status', 'zoom',
]);

// Counts the elements' requests for German (this file imports the catalogue itself, for its words).
let germanLoads = 0;
defineLanguage('de', () => {
  germanLoads++;
  return import('../../src/i18n/de.js');
});

/** What the elements under `root` (a store provider) say, one after the other. */
function said(root: Element): string {
  return [...root.children].map((child) => spoken(child)).join(' ');
}

/** Fails with every English word `root` shows, and where. */
function expectGerman(root: Node, what: string): void {
  expect(englishIn(shownText(root), ENGLISH, SHARED), `English words in ${what}`).to.deep.equal([]);
}

/** `content` under a store of its own, so no test sees another's cached answers. */
async function mount(content: TemplateResult): Promise<HTMLElement> {
  const store = new MetricsStore(new RestSource({ endpoint: '/api/v1' }), { intervalMs: 0 });
  return fixture<HTMLElement>(html`<test-store-provider .store=${store}>${content}</test-store-provider>`);
}

/** The shadow node with `name` anywhere under `root`, however deep. */
function deepPart(root: Element, name: string): HTMLElement | null {
  const own = part(root, name);
  if (own) return own;
  for (const node of [...(root.shadowRoot?.querySelectorAll('*') ?? []), ...root.querySelectorAll('*')]) {
    const found = node.shadowRoot ? deepPart(node, name) : null;
    if (found) return found;
  }
  return null;
}

async function faults(body: object | undefined): Promise<void> {
  await fetch('/__sim/faults', body ? { method: 'PUT', body: JSON.stringify(body) } : { method: 'DELETE' });
}

describe('the elements in German', function () {
  this.timeout(30_000);
  before(() => setViewport({ width: 1000, height: 4000 }));
  after(() => setViewport({ width: 800, height: 600 }));

  let id: string;
  before(async () => {
    await fetch('/__sim/reset', { method: 'POST' });
    const { pipelines } = (await (await fetch('/api/v1/pipelines')).json()) as { pipelines: { id: string; name: string }[] };
    id = pipelines.find((p) => p.name === 'orders-cdc')!.id;
  });
  afterEach(() => faults(undefined));

  // First in this page: no German has been asked for yet.
  it('speaks English by default and downloads no German for it', async () => {
    const el = await mount(html`<metric-card label="Lag" unit="seconds" .value=${192} warning="60" stale-since="2024-05-01T12:00:00Z"></metric-card>
      <pipeline-status pipeline-id=${id}></pipeline-status>`);
    const status = el.querySelector('pipeline-status')!;
    await waitUntil(() => part(status, 'badge'), 'the status arrives', { timeout: 5000 });
    const card = spoken(el.querySelector('metric-card'));
    expect(card).to.contain('Warning (threshold 1m)').and.to.contain('3m 12s').and.to.contain('Stale · updated');
    expect(spoken(part(status, 'badge'))).to.equal('Status: Running');
    expect(spoken(part(status, 'stop'))).to.equal('Stop');
    expect(germanLoads, 'German asked for').to.equal(0);
  });

  it('re-renders an element once the German catalogue it asked for arrives', async () => {
    const el = await fixture<HTMLElement>(html`<metric-card locale="de-DE" label="Verzögerung" unit="seconds"></metric-card>`);
    expect(spoken(el), 'English until German arrives').to.contain('No data');
    await waitUntil(() => spoken(el).includes('Keine Daten'), 'the German words replace the English ones', { timeout: 5000 });
    expect(germanLoads, 'German asked for once').to.equal(1);
  });

  describe('once German is loaded', () => {
    before(() => loadLanguage('de-DE'));

    it('shows the whole dashboard without an English word', async () => {
      const el = await fixture<PipelineDashboard>(html`<pipeline-dashboard endpoint="/api/v1" pipeline-id=${id} locale="de-DE"></pipeline-dashboard>`);
      await revealed(el);
      await waitUntil(
        () =>
          !el.store!.isFetching &&
          deepPart(el, 'cards') &&
          deepPart(el, 'scroller') &&
          deepPart(el, 'canvas') &&
          deepPart(el, 'list') &&
          el.shadowRoot!.querySelector('table-metrics')?.shadowRoot?.querySelector('[part~="row"]'),
        'every section shows its data',
        { timeout: 10_000 },
      );
      expectGerman(el, 'the dashboard');
      const text = spoken(el);
      for (const words of ['Aktuelle Metriken', 'Angezeigt: letzte 1 Stunde', 'Automatisch aktualisieren', 'Ereignisse pro Sekunde']) {
        expect(text.includes(words), words).to.be.true;
      }
      expect(/Läuft seit \d+ (Sek\.|Min\.|Std\.|Tg\.)/.test(text), 'the uptime in German units').to.be.true;
      await expect(el).to.be.accessible();
    });

    it('labels the chart canvas, its axis and readout in German', async () => {
      const el = await mount(html`<metric-chart pipeline-id=${id} locale="de-DE" series="lag_seconds buffer_depth"></metric-chart>`);
      const chart = el.querySelector('metric-chart')!;
      await waitUntil(() => part(chart, 'canvas') && !part(chart, 'skeleton') && part(chart, 'legend'), 'the chart draws', { timeout: 10_000 });
      part(chart, 'table-toggle')!.click();
      await waitUntil(() => part(chart, 'table'), 'the table opens');
      expectGerman(chart, 'the chart');
      expect(part(chart, 'canvas')!.getAttribute('aria-label')).to.match(/^Pipeline-Verlauf: Verzögerung, Pufferfüllstand, letzte 1 Stunde/);
      expect(spoken(part(chart, 'summary'))).to.match(/Verzögerung: niedrigster .*, höchster .*, letzter/);
    });

    /** Every element that reads the store, in German. */
    const dataBound = () => html`<pipeline-status pipeline-id=${id} locale="de-DE"></pipeline-status>
        <pipeline-metrics-grid pipeline-id=${id} locale="de-DE"></pipeline-metrics-grid>
        <metric-chart pipeline-id=${id} locale="de-DE"></metric-chart>
        <table-metrics pipeline-id=${id} locale="de-DE"></table-metrics>
        <error-log pipeline-id=${id} locale="de-DE"></error-log>
        <pipeline-alerts pipeline-id=${id} locale="de-DE"></pipeline-alerts>
        <pipeline-alerts pipeline-id=${id} locale="de-DE" compact></pipeline-alerts>
        <pipeline-list locale="de-DE"></pipeline-list>`;

    it('shows every element while loading in German', async () => {
      await faults({ '*': { latencyMs: 3000 } });
      const el = await mount(html`${dataBound()}
        <auto-refresh pipeline-id=${id} locale="de-DE"></auto-refresh>
        <time-range-selector pipeline-id=${id} locale="de-DE"></time-range-selector>
        <metric-card locale="de-DE" label="Verzögerung" loading></metric-card>`);
      await waitUntil(() => part(el.querySelector('table-metrics')!, 'loading'), 'the loading lines show');
      expect(said(el)).to.contain('Tabellen werden geladen').and.to.contain('Pipeline-Status wird geladen');
      expectGerman(el, 'the loading elements');
    });

    it('shows every element failing in German, with its Retry', async () => {
      await faults({ '*': { mode: 'error-500' } });
      const el = await mount(dataBound());
      const failing = ['pipeline-status', 'pipeline-metrics-grid', 'metric-chart', 'table-metrics', 'error-log', 'pipeline-alerts', 'pipeline-list'];
      await waitUntil(() => failing.every((tag) => part(el.querySelector(tag)!, 'retry')), 'every element shows its failure', { timeout: 15_000 });
      expect(spoken(el.querySelector('pipeline-metrics-grid'))).to.contain('Die Anfrage „Pipeline-Metriken“ ist mit HTTP 500 fehlgeschlagen.');
      expectGerman(el, 'the failing elements');
    });

    it('says what is missing in German: no match, no pipeline, an unknown pipeline', async () => {
      const unknown = '00000000-0000-4000-8000-000000000000';
      const el = await mount(html`<table-metrics pipeline-id=${id} locale="de-DE" filter="zzzz"></table-metrics>
        <error-log pipeline-id=${id} locale="de-DE" search="zzzz"></error-log>
        <pipeline-list locale="de-DE" search="zzzz"></pipeline-list>
        <pipeline-metrics-grid locale="de-DE"></pipeline-metrics-grid>
        <pipeline-dashboard locale="de-DE" pipeline-id=${unknown}></pipeline-dashboard>`);
      await waitUntil(
        () => ['table-metrics', 'error-log', 'pipeline-list'].every((tag) => part(el.querySelector(tag)!, 'empty')) && part(el.querySelector('pipeline-dashboard')!, 'not-found'),
        'every element says what is missing',
        { timeout: 10_000 },
      );
      expect(said(el)).to.contain('Keine Tabelle passt zu „zzzz“').and.to.contain('Pipeline nicht gefunden').and.to.contain('Keine Pipeline ausgewählt.');
      expectGerman(el, 'the empty elements');
    });

    it('speaks German in dialogs, forms and details opened by the user', async () => {
      const el = await mount(html`<pipeline-status pipeline-id=${id} locale="de-DE"></pipeline-status>
        <time-range-selector pipeline-id=${id} locale="de-DE"></time-range-selector>
        <error-log pipeline-id=${id} locale="de-DE"></error-log>
        <metric-card locale="de-DE" label="Verzögerung" unit="seconds" .value=${273_600} .previous=${200_000} .history=${[1, 2, 3]} critical="60"
          stale-since="2024-05-01T12:00:00Z"></metric-card>`);
      const status = el.querySelector('pipeline-status')!;
      const log = el.querySelector('error-log')!;
      await waitUntil(() => part(status, 'stop') && part(log, 'entry'), 'the data arrives', { timeout: 10_000 });
      part(status, 'stop')!.click();
      const range = el.querySelector('time-range-selector')!;
      part(range, 'custom-toggle')!.click();
      await waitUntil(() => part(range, 'apply'), 'the custom form opens');
      (part(range, 'from') as HTMLInputElement).value = '';
      part(range, 'from')!.dispatchEvent(new Event('input'));
      part(range, 'apply')!.click();
      log.shadowRoot!.querySelector<HTMLElement>('[part~="details"] summary')!.click();
      await waitUntil(() => spoken(part(range, 'error')) !== '' && log.shadowRoot!.querySelector('.facts'), 'the form and the details answer');
      expect(spoken(part(status, 'dialog'))).to.contain('stoppen?');
      expect(spoken(part(range, 'error'))).to.equal('Geben Sie Datum und Uhrzeit des Beginns ein.');
      expect(spoken(el.querySelector('metric-card'))).to.contain('3 Tg. 4 Std.').and.to.contain('Kritisch');
      expectGerman(el, 'the opened dialogs, forms and details');
      status.shadowRoot!.querySelector('dialog')!.close();
    });
  });

  afterEach(() => fixtureCleanup());
});
