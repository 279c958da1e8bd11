import { expect } from '@open-wc/testing';
import type sinon from 'sinon';
import { MonitorError } from '../../src/errors.js';
import { MetricsStore } from '../../src/store/metrics-store.js';
import { fakeClock, fakeConditions, FakeSource, flush, httpError, type Conditions } from './fake-source.js';

describe('MetricsStore start/stop', () => {
  let clock: sinon.SinonFakeTimers;
  let conditions: Conditions;
  let source: FakeSource;
  let store: MetricsStore;
  let offs: (() => void)[];

  beforeEach(async () => {
    clock = fakeClock();
    conditions = fakeConditions();
    source = new FakeSource();
    store = new MetricsStore(source, { intervalMs: 30_000 });
    offs = [
      store.pipeline('p1').subscribe(() => {}),
      store.pipelines().subscribe(() => {}),
      store.metrics('p1').subscribe(() => {}),
    ];
    source.pending().forEach((call) => call.resolve({ status: 'stopped' }));
    await flush(clock);
  });

  afterEach(() => {
    offs.forEach((off) => off());
    conditions.restore();
    clock.restore();
  });

  it('sends one request for a double click: the second call returns the same promise', () => {
    const first = store.start('p1');
    const second = store.start('p1');
    expect(second).to.equal(first);
    expect(source.callsTo('startPipeline')).to.have.length(1);
    expect(store.stop('p1'), 'a stop racing the pending start sends nothing either').to.equal(first);
    expect(source.callsTo('stopPipeline')).to.have.length(0);
  });

  it('refetches the pipeline, the list and the metrics after success', async () => {
    const started = store.start('p1');
    expect(store.mutation('p1').state).to.include({ status: 'pending', action: 'start' });
    source.last('startPipeline').resolve('pipeline started');
    expect(await started).to.equal('pipeline started');
    expect(store.mutation('p1').state).to.include({ status: 'success', message: 'pipeline started' });
    for (const method of ['getPipeline', 'listPipelines', 'getMetrics'] as const) {
      expect(source.callsTo(method), method).to.have.length(2);
    }
  });

  it('discards a status read that was already in flight when the action succeeded', async () => {
    await clock.tickAsync(30_000);
    const staleRead = source.last('getPipeline');
    const started = store.start('p1');
    source.last('startPipeline').resolve('pipeline started');
    await started;
    expect(staleRead.signal.aborted).to.equal(true);
    staleRead.resolve({ status: 'stopped' });
    source.last('getPipeline').resolve({ status: 'running' });
    await flush(clock);
    expect(store.pipeline('p1').state.data).to.deep.equal({ status: 'running' });
  });

  it("surfaces a 409's message and allows the next click", async () => {
    const started = store.start('p1');
    source.last('startPipeline').reject(httpError(409, 'pipeline is already running'));
    const error = await started.then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).to.be.instanceOf(MonitorError);
    expect((error as MonitorError).message).to.equal('pipeline is already running');
    expect(store.mutation('p1').state.error?.message).to.equal('pipeline is already running');
    expect(source.callsTo('getPipeline'), 'nothing changed: no refetch').to.have.length(1);
    void store.stop('p1').catch(() => {});
    expect(source.callsTo('stopPipeline')).to.have.length(1);
  });

  it('gives up on an action without answer after the timeout', async () => {
    const started = store.start('p1').catch((e: unknown) => e);
    await clock.tickAsync(10_000);
    expect(((await started) as MonitorError).kind).to.equal('timeout');
    expect(store.mutation('p1').state.status).to.equal('error');
  });

  describe('settle', () => {
    /** Lets the on-demand settle module load (real time) without moving the fake clock. */
    const loaded = async () => {
      await import('../../src/store/settle.js');
      await flush(clock);
    };

    it('reads the pipeline every second with polling off until it reaches the end state, then stops', async () => {
      store.setInterval(0);
      const started = store.start('p1');
      source.last('startPipeline').resolve('pipeline started');
      await started;
      const settled = store.settle('p1', 'start');
      await loaded();
      source.last('getPipeline').resolve({ status: 'starting' });
      await flush(clock);
      const reads = () => source.callsTo('getPipeline').length;
      const before = reads();
      await clock.tickAsync(1000);
      expect(reads(), 'read again after a second, though polling is off').to.equal(before + 1);
      source.last('getPipeline').resolve({ status: 'running' });
      expect(await settled).to.deep.include({ action: 'start', timedOut: false });
      const after = reads();
      await clock.tickAsync(60_000);
      expect(reads(), 'settled: polling is off again').to.equal(after);
    });

    it('gives up after 30 s with what it read last', async () => {
      store.setInterval(0);
      const settled = store.settle('p1', 'stop');
      await loaded();
      for (let i = 0; i < 31; i++) {
        source.pending().filter((call) => call.method === 'getPipeline').forEach((call) => call.resolve({ status: 'stopping' }));
        await clock.tickAsync(1000);
      }
      const outcome = await settled;
      expect(outcome.timedOut).to.equal(true);
      expect(outcome.pipeline).to.deep.equal({ status: 'stopping' });
    });

    it('does not take the status read before the action for its end', async () => {
      const settled = store.settle('p1', 'start');
      await loaded();
      let done = false;
      void settled.then(() => (done = true));
      await flush(clock);
      expect(done, 'the "stopped" read before the start ends nothing').to.equal(false);
      await clock.tickAsync(1000);
      source.last('getPipeline').resolve({ status: 'error' });
      expect((await settled).pipeline).to.deep.equal({ status: 'error' });
    });
  });
});
