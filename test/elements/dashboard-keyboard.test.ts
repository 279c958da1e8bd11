/**
 * A keyboard user walks the whole detail page with Tab: the number of stops must not grow with
 * the data (10,000 tables, hundreds of errors), and each stop shows where focus is.
 */
import { elementUpdated, expect, html } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/elements/pipeline-dashboard/pipeline-dashboard.js';
import type { PipelineDashboard } from '../../src/elements/pipeline-dashboard/pipeline-dashboard.js';
import type { PipelineError, TableMetrics } from '../../src/schemas/index.js';
import { untilRendered } from './provided-store.js';
import { harness, historyOf, metricsOf, part, pipelineOf, PIPELINE_ID, revealed, settle, type Harness } from './element-harness.js';

const TABLES: TableMetrics[] = Array.from({ length: 10_000 }, (_, i) => ({
  schema: 'public',
  table: `table_${String(i).padStart(5, '0')}`,
  events_processed: i * 10,
  lag_seconds: i % 40,
  last_event_at: new Date(Date.now() - i * 1000),
}));

/** A page of distinct errors (nothing collapses), older than `before`. */
function errorPage(before: number, count: number): { errors: PipelineError[]; total_count: number } {
  const errors = Array.from({ length: count }, (_, i): PipelineError => ({
    id: `e${before - i}`,
    timestamp: new Date(before - (i + 1) * 60_000),
    type: (['replication', 'schema', 'connection', 'write'] as const)[i % 4]!,
    message: `error number ${before - i}`,
  }));
  return { errors, total_count: 5000 };
}

/** The element focus is on, through shadow roots. */
function deepActive(): Element | null {
  let active: Element | null = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Whether `el` draws a focus indicator: an outline (incl. the native `auto` ring) or a box shadow. */
function showsFocus(el: Element): boolean {
  const style = getComputedStyle(el);
  const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
  return outline || style.boxShadow !== 'none';
}

const describeStop = (el: Element) =>
  `${el.tagName.toLowerCase()}${el.getAttribute('part') ? `[part=${el.getAttribute('part')}]` : ''} "${(el.textContent ?? '').trim().slice(0, 30)}"`;

describe('<pipeline-dashboard> by keyboard', function () {
  this.timeout(60_000);

  before(() => setViewport({ width: 1280, height: 3000 }));
  after(() => setViewport({ width: 800, height: 600 }));

  let h: Harness;
  beforeEach(() => {
    h = harness();
  });
  afterEach(() => h.dispose());

  async function answerAll(el: PipelineDashboard): Promise<void> {
    for (let round = 0; round < 8 && h.source.pending().length > 0; round++) {
      for (const call of h.source.pending()) {
        if (call.method === 'getPipeline') call.resolve(pipelineOf());
        else if (call.method === 'getMetrics') call.resolve(metricsOf({ tables: TABLES }));
        else if (call.method === 'getHistory') call.resolve(historyOf());
        else if (call.method === 'getErrors') {
          const { before } = call.args[1] as { before?: Date };
          call.resolve(errorPage(before?.getTime() ?? Date.now(), 100));
        }
      }
      await settle();
    }
    await elementUpdated(el);
  }

  it('takes at most 40 Tab stops from top to end with 10,000 tables and 200 errors, each with a focus ring', async () => {
    const el = await h.mount<PipelineDashboard>(html`<pipeline-dashboard pipeline-id=${PIPELINE_ID} locale="en-US"></pipeline-dashboard>`);
    await settle();
    await revealed(el);
    await answerAll(el);
    const log = part(el, 'error-log')!;
    const older = () => log.shadowRoot!.querySelector<HTMLButtonElement>('[part~="load-older"]');
    older()!.click();
    await answerAll(el);
    await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(log.shadowRoot!.querySelectorAll('[part~="entry"]').length, 'the log shows 200 errors').to.be.at.least(200);
    const tables = part(el, 'table-metrics')!;
    // 10,000 tables are taken in over several tasks.
    await untilRendered(() => tables.shadowRoot!.querySelectorAll('[part~="body"] [role="row"]').length > 5, 'the table rows', 600);

    const start = document.createElement('button');
    start.textContent = 'before';
    el.parentElement!.before(start);
    const end = document.createElement('button');
    end.textContent = 'after';
    el.parentElement!.after(end);
    try {
      start.focus();
      const stops: Element[] = [];
      for (let i = 0; i < 400; i++) {
        await sendKeys({ press: 'Tab' });
        const active = deepActive();
        if (active === end || active === null || active === document.body) break;
        if (!stops.includes(active)) stops.push(active);
        expect(showsFocus(active), `${describeStop(active)} shows a focus ring`).to.equal(true);
      }
      expect(deepActive(), 'focus left the dashboard at its end').to.equal(end);
      expect(stops.length, stops.map(describeStop).join('\n')).to.be.at.most(40);
    } finally {
      start.remove();
      end.remove();
    }
  });
});
