/**
 * Start and stop followed to the end, against the simulator's model answering in the page
 * (`simFetch`) on the faked clock: the simulator's 2 s transitions pass as the test moves time,
 * and the element keeps reading the pipeline until it got there, even with auto-refresh off.
 */
import { expect, fixture, html } from '@open-wc/testing';
import sinon from 'sinon';
import '../../src/elements/pipeline-status/pipeline-status.js';
import type { PipelineActionDetail, PipelineStatusElement } from '../../src/elements/pipeline-status/pipeline-status.js';
import { SimModel } from '../../sim/model.js';
import { TRANSITION_MS } from '../../sim/timeline.js';
import { simFetch } from '../../stories/support/sim-fetch.js';
import { part, spoken } from './element-harness.js';

const ENDPOINT = 'http://settle.sim.test/api/v1';

describe('start and stop followed until the pipeline settles', function () {
  this.timeout(10_000);

  let clock: sinon.SinonFakeTimers;
  let model: SimModel;
  let requests: string[];

  beforeEach(() => {
    clock = sinon.useFakeTimers({ now: Date.UTC(2026, 5, 1, 9), toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] });
    model = new SimModel(11, Date.now());
    const serve = simFetch(model, () => Date.now());
    requests = [];
    sinon.stub(window, 'fetch').callsFake((input, init) => {
      requests.push(`${init?.method ?? 'GET'} ${String(input)}`);
      return serve(input, init);
    });
  });

  afterEach(() => {
    sinon.restore();
    clock.restore();
  });

  // Reading a Response body takes real turns of the event loop, which fake time does not give.
  const realTurn = window.setTimeout.bind(window);

  /** Moves fake time in 100 ms steps, each after a real turn, so answers land as in a browser. */
  async function pass(ms: number): Promise<void> {
    for (let t = 0; t < ms; t += 100) {
      await new Promise((resolve) => realTurn(resolve, 0));
      await clock.tickAsync(100);
    }
  }

  async function status(name: string): Promise<{ el: PipelineStatusElement; actions: PipelineActionDetail[] }> {
    const pipeline = model.pipelines.find((p) => p.def.name === name)!;
    const el = await fixture<PipelineStatusElement>(html`<pipeline-status endpoint=${ENDPOINT} pipeline-id=${pipeline.def.id}></pipeline-status>`);
    await pass(200);
    el.store!.setInterval(0);
    const actions: PipelineActionDetail[] = [];
    el.addEventListener('pm-action', (event) => actions.push(event.detail));
    return { el, actions };
  }

  const badge = (el: PipelineStatusElement) => spoken(part(el, 'badge'));
  const announced = (el: PipelineStatusElement) => spoken(part(el, 'announcement'));

  it('with auto-refresh off, a stop ends in "Stopped" within the transition time', async () => {
    const { el, actions } = await status('orders-cdc');
    expect(badge(el)).to.equal('Status: Running');
    part(el, 'stop')!.click();
    part(el, 'confirm')!.click();
    await pass(200);
    expect(badge(el)).to.equal('Status: Stopping');
    expect(announced(el)).to.equal('orders-cdc: stop accepted, stopping…');

    await pass(TRANSITION_MS + 1000);
    expect(badge(el)).to.equal('Status: Stopped');
    expect(announced(el)).to.equal('orders-cdc: stopped');
    expect(actions.map((a) => a.status)).to.deep.equal(['pending', 'success', 'settled']);
    expect(actions[2]!.outcome).to.deep.equal({ pipelineStatus: 'stopped', timedOut: false, ok: true });

    const after = requests.length;
    await pass(60_000);
    expect(requests.length, 'settled: auto-refresh is off again').to.equal(after);
  });

  it('says a start that fails ended in the error, with the pipeline’s message', async () => {
    const { el } = await status('billing-events');
    expect(badge(el)).to.equal('Status: Error');
    part(el, 'start')!.click();
    await pass(200);
    expect(announced(el)).to.equal('billing-events: start accepted, starting…');
    await pass(TRANSITION_MS + 1000);
    expect(badge(el)).to.equal('Status: Error');
    expect(announced(el)).to.match(/^billing-events: started, then failed: .*replication slot/);
    expect(part(el, 'announcement')!.classList.contains('failed'), 'shown as a failure').to.equal(true);
  });

  it('says a start that succeeded once the pipeline runs', async () => {
    const { el } = await status('analytics-replica');
    part(el, 'start')!.click();
    await pass(TRANSITION_MS + 1200);
    expect(badge(el)).to.equal('Status: Running');
    expect(announced(el)).to.equal('analytics-replica: started');
  });
});
