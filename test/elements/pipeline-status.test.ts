import { elementUpdated, expect, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import sinon from 'sinon';
import '../../src/elements/pipeline-status/pipeline-status.js';
import type { PipelineActionDetail, PipelineStatusElement } from '../../src/elements/pipeline-status/pipeline-status.js';
import type { Pipeline } from '../../src/schemas/index.js';
import { httpError, intervalClock, networkError } from '../store/fake-source.js';
import { harness, part, pipelineOf, PIPELINE_ID, settle, spoken, type Harness } from './element-harness.js';

const NOW = Date.UTC(2024, 4, 1, 12, 0, 0);

const dialog = (el: PipelineStatusElement) => part(el, 'dialog') as HTMLDialogElement;
const disabled = (el: PipelineStatusElement, name: 'start' | 'stop') => part(el, name)!.getAttribute('aria-disabled') === 'true';
const focused = (el: PipelineStatusElement) => el.shadowRoot!.activeElement;

describe('<pipeline-status>', function () {
  // Each axe audit takes a second or more when the two cores are busy with other suites.
  this.timeout(10_000);

  let h: Harness;
  let clock: sinon.SinonFakeTimers;
  beforeEach(() => {
    h = harness();
    // setTimeout stays real: fixtures and the accessibility checker rely on it.
    clock = intervalClock(NOW);
  });
  afterEach(() => {
    clock.restore();
    h.dispose();
  });

  async function mount(template = html`<pipeline-status pipeline-id=${PIPELINE_ID} locale="en-US"></pipeline-status>`) {
    const el = await h.mount<PipelineStatusElement>(template);
    await settle();
    return el;
  }

  async function showing(pipeline: Pipeline, template?: ReturnType<typeof html>): Promise<PipelineStatusElement> {
    const el = await mount(template);
    h.source.last('getPipeline').resolve(pipeline);
    await settle();
    await elementUpdated(el);
    return el;
  }

  it('shows a skeleton while the pipeline loads', async () => {
    const el = await mount();
    expect(part(el, 'base')!.getAttribute('aria-busy')).to.equal('true');
    expect(spoken(part(el, 'base'))).to.equal('Loading pipeline status');
    expect(part(el, 'start')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  describe('each status', () => {
    const cases = [
      { status: 'running', text: 'Running', start: false, stop: true },
      { status: 'starting', text: 'Starting', start: false, stop: true },
      { status: 'stopping', text: 'Stopping', start: false, stop: false },
      { status: 'stopped', text: 'Stopped', start: true, stop: false },
      { status: 'error', text: 'Error', start: true, stop: false },
      { status: 'unknown', text: 'Unknown', start: false, stop: false },
    ] as const;

    for (const c of cases) {
      it(`shows ${c.status} in words and with an icon; Start ${c.start ? 'on' : 'off'}, Stop ${c.stop ? 'on' : 'off'}`, async () => {
        const el = await showing(pipelineOf({ status: c.status }));
        const badge = part(el, 'badge')!;
        expect(spoken(badge)).to.equal(`Status: ${c.text}`);
        expect(badge.dataset['status']).to.equal(c.status);
        expect(part(el, 'badge-icon')).to.exist;
        expect(spoken(part(el, 'name'))).to.equal('orders-cdc');
        expect(disabled(el, 'start')).to.equal(!c.start);
        expect(disabled(el, 'stop')).to.equal(!c.stop);
        await expect(el).to.be.accessible();
      });
    }
  });

  it('shows how long a running pipeline has been up, and keeps counting', async () => {
    const el = await showing(pipelineOf({ status: 'running', started_at: new Date(NOW - 9_000_000) }));
    expect(spoken(part(el, 'since'))).to.match(/^Running for 2h 30m, since /);
    expect(part(el, 'since')!.querySelector('time')!.dateTime).to.equal(new Date(NOW - 9_000_000).toISOString());
    clock.tick(60_000);
    await elementUpdated(el);
    expect(spoken(part(el, 'since'))).to.match(/^Running for 2h 31m/);
  });

  it('says since when a stopped pipeline is stopped', async () => {
    const el = await showing(pipelineOf({ status: 'stopped', started_at: undefined, stopped_at: new Date('2024-04-30T06:00:00Z') }));
    expect(spoken(part(el, 'since'))).to.match(/^Stopped since /);
    expect(part(el, 'since')!.querySelector('time')!.dateTime).to.equal('2024-04-30T06:00:00.000Z');
  });

  it('shows the pipeline’s error message as text, never as markup', async () => {
    const message = '<img src=x onerror="window.pwned=1">slot invalidated';
    const el = await showing(pipelineOf({ status: 'error', error_message: message }));
    expect(spoken(part(el, 'error-message'))).to.equal(message);
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
  });

  it('stops its clock when it leaves the page', async () => {
    const el = await showing(pipelineOf({ status: 'running' }));
    expect(clock.countTimers()).to.equal(1);
    el.remove();
    expect(clock.countTimers()).to.equal(0);
  });

  describe('start', () => {
    it('sends one start, shows progress, then announces the server’s answer', async () => {
      const el = await showing(pipelineOf({ status: 'stopped' }));
      const events: PipelineActionDetail[] = [];
      el.addEventListener('pm-action', (e) => events.push(e.detail));

      part(el, 'start')!.click();
      await elementUpdated(el);
      expect(h.source.callsTo('startPipeline')).to.have.length(1);
      expect(spoken(part(el, 'start'))).to.equal('Starting…');
      expect(part(el, 'start')!.getAttribute('aria-busy')).to.equal('true');
      expect([disabled(el, 'start'), disabled(el, 'stop')]).to.deep.equal([true, true]);
      await expect(el).to.be.accessible();

      h.source.last('startPipeline').resolve('pipeline started');
      await settle();
      await elementUpdated(el);
      const announcement = part(el, 'announcement')!;
      expect(announcement.getAttribute('role')).to.equal('status');
      expect(spoken(announcement)).to.equal('orders-cdc: start accepted, starting…');
      expect(h.source.callsTo('getPipeline'), 'the status is fetched again').to.have.length(2);
      expect(events).to.deep.equal([
        { pipelineId: PIPELINE_ID, action: 'start', status: 'pending', message: undefined },
        { pipelineId: PIPELINE_ID, action: 'start', status: 'success', message: 'pipeline started' },
      ]);
    });

    it('sends one request for a double click', async () => {
      const el = await showing(pipelineOf({ status: 'stopped' }));
      const start = part(el, 'start')!;
      start.click();
      start.click();
      start.dispatchEvent(new MouseEvent('dblclick', { bubbles: true, composed: true }));
      await settle();
      start.click();
      expect(h.source.callsTo('startPipeline')).to.have.length(1);
    });

    it('announces the server’s refusal (409) in the live region', async () => {
      const el = await showing(pipelineOf({ status: 'stopped' }));
      const failed = oneEvent(el, 'pm-action');
      part(el, 'start')!.click();
      await failed;
      const refused = oneEvent(el, 'pm-action');
      h.source.last('startPipeline').reject(httpError(409, 'The start pipeline request failed with Conflict: pipeline is already running'));
      const { detail } = await refused;
      await elementUpdated(el);
      expect(detail.status).to.equal('error');
      expect(spoken(part(el, 'announcement'))).to.equal(
        'Could not start orders-cdc. The start pipeline request failed with Conflict: pipeline is already running',
      );
      expect(disabled(el, 'start'), 'Start is offered again').to.equal(false);
      await expect(el).to.be.accessible();
    });

    it('ignores clicks on a button that makes no sense for the status', async () => {
      const el = await showing(pipelineOf({ status: 'running' }));
      part(el, 'start')!.click();
      await settle();
      expect(h.source.callsTo('startPipeline')).to.have.length(0);
    });
  });

  describe('stop', () => {
    it('asks for confirmation in a dialog inside the element, with Cancel focused', async () => {
      const el = await showing(pipelineOf({ status: 'running' }));
      part(el, 'stop')!.click();
      await elementUpdated(el);
      expect(dialog(el).open).to.equal(true);
      expect(dialog(el).matches(':modal')).to.equal(true);
      expect(focused(el)).to.equal(part(el, 'cancel'));
      expect(spoken(part(el, 'dialog-title'))).to.equal('Stop orders-cdc?');
      expect(h.source.callsTo('stopPipeline')).to.have.length(0);
      await expect(el).to.be.accessible();
    });

    it('sends nothing when the dialog is cancelled with its button', async () => {
      const el = await showing(pipelineOf({ status: 'running' }));
      part(el, 'stop')!.click();
      part(el, 'cancel')!.click();
      await settle();
      expect(dialog(el).open).to.equal(false);
      expect(h.source.callsTo('stopPipeline')).to.have.length(0);
    });

    it('sends nothing when the dialog is dismissed with Escape, and gives focus back to Stop', async () => {
      const el = await showing(pipelineOf({ status: 'running' }));
      part(el, 'stop')!.focus();
      await sendKeys({ press: 'Enter' });
      expect(dialog(el).open).to.equal(true);
      await sendKeys({ press: 'Escape' });
      await settle();
      expect(dialog(el).open).to.equal(false);
      expect(focused(el)).to.equal(part(el, 'stop'));
      expect(h.source.callsTo('stopPipeline')).to.have.length(0);
    });

    it('sends one stop when confirmed, even if confirmed twice', async () => {
      const el = await showing(pipelineOf({ status: 'running' }));
      part(el, 'stop')!.click();
      part(el, 'confirm')!.click();
      part(el, 'confirm')!.click();
      await elementUpdated(el);
      expect(dialog(el).open).to.equal(false);
      expect(h.source.callsTo('stopPipeline')).to.have.length(1);
      expect(spoken(part(el, 'stop'))).to.equal('Stopping…');
      h.source.last('stopPipeline').resolve('pipeline stopped');
      await settle();
      expect(spoken(part(el, 'announcement'))).to.equal('orders-cdc: stop accepted, stopping…');
    });
  });

  describe('keyboard', () => {
    it('operates Start with Enter and Stop, Cancel and Stop pipeline with Tab, Space and Enter', async () => {
      const el = await showing(pipelineOf({ status: 'stopped' }));
      part(el, 'start')!.focus();
      await sendKeys({ press: 'Enter' });
      expect(h.source.callsTo('startPipeline')).to.have.length(1);
      h.source.last('startPipeline').resolve('pipeline started');
      await settle();
      expect(focused(el), 'focus stays on Start while it is busy').to.equal(part(el, 'start'));

      h.source.last('getPipeline').resolve(pipelineOf({ status: 'starting' }));
      await settle();
      await elementUpdated(el);
      await sendKeys({ press: 'Tab' });
      expect(focused(el)).to.equal(part(el, 'stop'));
      await sendKeys({ press: 'Space' });
      expect(focused(el)).to.equal(part(el, 'cancel'));
      await sendKeys({ press: 'Tab' });
      expect(focused(el)).to.equal(part(el, 'confirm'));
      await sendKeys({ press: 'Enter' });
      expect(h.source.callsTo('stopPipeline')).to.have.length(1);
    });
  });

  describe('readonly', () => {
    it('shows the status without any control', async () => {
      const el = await showing(
        pipelineOf({ status: 'running' }),
        html`<pipeline-status pipeline-id=${PIPELINE_ID} readonly></pipeline-status>`,
      );
      expect(spoken(part(el, 'badge'))).to.equal('Status: Running');
      expect(part(el, 'actions')).to.equal(null);
      expect(part(el, 'dialog')).to.equal(null);
      expect(el.shadowRoot!.querySelectorAll('button')).to.have.length(0);
      await expect(el).to.be.accessible();
    });
  });

  describe('a source that cannot start or stop (Prometheus)', () => {
    it('offers no controls, as if readonly', async () => {
      h.source.capabilities.control = false;
      const el = await showing(pipelineOf({ status: 'stopped' }));
      expect(spoken(part(el, 'badge'))).to.equal('Status: Stopped');
      expect(el.shadowRoot!.querySelectorAll('button')).to.have.length(0);
    });
  });

  describe('failures', () => {
    it('keeps the last status, says it is not current and how old it is, with a Retry', async () => {
      const el = await showing(pipelineOf({ status: 'running' }));
      clock.tick(20_000);
      void h.store.refresh();
      h.source.last('getPipeline').reject(networkError());
      await settle();
      await elementUpdated(el);
      expect(spoken(part(el, 'badge'))).to.equal('Status: Running');
      expect(spoken(part(el, 'problem'))).to.equal('Status not current, updated 20 sec. ago. Could not reach the server Retry');
      await expect(el).to.be.accessible();
      const before = h.source.callsTo('getPipeline').length;
      part(el, 'retry')!.click();
      expect(h.source.callsTo('getPipeline')).to.have.length(before + 1);
    });

    it('says the status could not be loaded, with a Retry, when nothing ever arrived', async () => {
      const el = await mount();
      h.source.last('getPipeline').reject(networkError());
      await settle();
      await elementUpdated(el);
      expect(spoken(part(el, 'problem'))).to.equal('Status could not be loaded. Could not reach the server Retry');
      expect(part(el, 'start')).to.equal(null);
      await expect(el).to.be.accessible();
    });
  });

  it('passes axe in the dark theme with an error message', async () => {
    const el = await showing(
      pipelineOf({ status: 'error', error_message: 'replication slot was invalidated' }),
      html`<pipeline-status pipeline-id=${PIPELINE_ID} theme="dark"></pipeline-status>`,
    );
    await expect(el).to.be.accessible();
  });
});
