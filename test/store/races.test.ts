import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import type sinon from 'sinon';
import type { MonitorError } from '../../src/errors.js';
import { MetricsStore } from '../../src/store/metrics-store.js';
import { Query } from '../../src/store/query.js';
import { fakeClock, fakeConditions, FakeSource, flush, networkError, type Conditions } from './fake-source.js';

/** The sequence number the fake responses carry in place of real metrics. */
const seqOf = (data: unknown): number | undefined => (data as { seq?: number } | undefined)?.seq;

describe('MetricsStore under races', () => {
  let conditions: Conditions;

  beforeEach(() => {
    conditions = fakeConditions();
  });

  afterEach(() => {
    conditions.restore();
  });

  it('shows the newest request whatever order the responses arrive in (property)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.scheduler(), fc.array(fc.boolean(), { minLength: 2, maxLength: 6 }), async (s, outcomes) => {
        const source = new FakeSource();
        // Responses already on the wire cannot be recalled: the store alone must discard them.
        source.ignoreAbort = true;
        const store = new MetricsStore(source, { intervalMs: 0, timeoutMs: 0 });
        const handle = store.metrics('p1');
        const seen: number[] = [];
        const shownErrors: string[] = [];
        const off = handle.subscribe((state) => {
          const seq = seqOf(state.data);
          if (seq !== undefined) seen.push(seq);
          if (state.error) shownErrors.push(state.error.kind);
        });
        try {
          let newestWritten = Promise.resolve();
          for (let i = 1; i < outcomes.length; i++) newestWritten = handle.refresh();
          source.calls.forEach((call, index) => {
            const ok = outcomes[index];
            void s.schedule(Promise.resolve(), `response ${index} ${ok ? 'ok' : 'fails'}`).then(() =>
              ok ? call.resolve({ seq: index }) : call.reject(networkError()),
            );
          });
          await s.waitAll();
          await newestWritten;
          const newest = outcomes.length - 1;
          const { state } = handle;
          if (outcomes[newest]) {
            expect(state.status).to.equal('success');
            expect(seqOf(state.data)).to.equal(newest);
          } else {
            expect(state.status).to.equal('error');
            expect(state.failureCount, 'superseded requests are no failures').to.equal(1);
          }
          expect(shownErrors, 'a cancelled request is never shown as an error').not.to.include('aborted');
          expect(source.calls, 'no request beyond the ones asked for').to.have.length(outcomes.length);
          expect(seen.every((seq) => seq === newest), `only the newest response was shown: ${seen}`).to.equal(true);
        } finally {
          off();
        }
      }),
      { numRuns: 200 },
    );
  });

  describe('with fake time', () => {
    let clock: sinon.SinonFakeTimers;
    let source: FakeSource;

    beforeEach(() => {
      clock = fakeClock();
      source = new FakeSource();
    });

    afterEach(() => {
      clock.restore();
    });

    it('joins the request in flight when asked to fetch again (a tick during a fetch)', async () => {
      const query = new Query(
        { key: 'k', resource: 'pipeline metrics', fetch: (signal) => source.getMetrics('p1', { signal }) },
        { timeoutMs: 1000 },
      );
      const first = query.fetch();
      const second = query.fetch();
      expect(second).to.equal(first);
      expect(source.calls).to.have.length(1);
      source.last('getMetrics').resolve({ once: true });
      await second;
      expect(query.state.data).to.deep.equal({ once: true });
    });

    it('aborts the superseded request when a manual refresh starts a new one', () => {
      const store = new MetricsStore(source);
      const off = store.metrics('p1').subscribe(() => {});
      const first = source.last('getMetrics');
      void store.refresh();
      expect(first.signal.aborted).to.equal(true);
      expect((first.signal.reason as MonitorError).kind).to.equal('aborted');
      expect(source.pending()).to.have.length(1);
      off();
    });

    it('aborts the request of the last subscriber to leave, and leaves no timer or listener', () => {
      const store = new MetricsStore(source);
      const off = store.metrics('p1').subscribe(() => {});
      const call = source.last('getMetrics');
      off();
      expect(call.signal.aborted).to.equal(true);
      expect((call.signal.reason as MonitorError).kind).to.equal('aborted');
      expect(store.metrics('p1').state.isFetching).to.equal(false);
      expect(clock.countTimers()).to.equal(0);
      expect(conditions.connected).to.equal(0);
    });

    it('does not write a late response of a detached subscriber', async () => {
      source.ignoreAbort = true;
      const store = new MetricsStore(source);
      const off = store.metrics('p1').subscribe(() => {});
      off();
      source.last('getMetrics').resolve({ late: true });
      await flush(clock);
      expect(store.metrics('p1').state.data).to.equal(undefined);
    });

    it('resumes cleanly when the same widget comes back', async () => {
      const store = new MetricsStore(source, { intervalMs: 5000 });
      let off = store.metrics('p1').subscribe(() => {});
      off();
      off = store.metrics('p1').subscribe(() => {});
      expect(source.calls).to.have.length(2);
      source.last('getMetrics').resolve({ back: true });
      await flush(clock);
      expect(store.metrics('p1').state.status).to.equal('success');
      await clock.tickAsync(5000);
      expect(source.calls).to.have.length(3);
      off();
    });

    it('leaves no timer and no listener after 100 subscribe/unsubscribe cycles', async () => {
      const store = new MetricsStore(source, { intervalMs: 1000 });
      const handles = [store.metrics('p1'), store.history('p1'), store.pipeline('p1'), store.errors('p1', { limit: 50 })];
      for (let cycle = 0; cycle < 100; cycle++) {
        const offs = handles.slice(0, 1 + (cycle % handles.length)).map((handle) => handle.subscribe(() => {}));
        if (cycle % 3 === 0) source.pending().forEach((call) => call.resolve({ cycle }));
        if (cycle % 5 === 0) source.pending().forEach((call) => call.reject(networkError()));
        await clock.tickAsync(cycle % 7 === 0 ? 1500 : 0);
        offs.forEach((off) => off());
      }
      expect(clock.countTimers()).to.equal(0);
      expect(conditions.connected).to.equal(0);
      expect(store.isFetching).to.equal(false);
      expect(source.calls.every((call) => call.settled || call.signal.aborted)).to.equal(true);
    });
  });
});
