import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { QueryController } from '../../src/controllers/query-controller.js';
import { MetricsStore, type QueryHandle } from '../../src/store/metrics-store.js';
import { fakeConditions, FakeSource, type Conditions } from '../store/fake-source.js';

/** A minimal widget: events/s of a pipeline, its error, or "loading". */
class RateProbe extends LitElement {
  static override properties = { store: { attribute: false }, pipelineId: { attribute: 'pipeline-id' } };
  store: MetricsStore | undefined;
  pipelineId = '';
  readonly metrics = new QueryController(this, () =>
    this.store && this.pipelineId ? this.store.metrics(this.pipelineId) : undefined,
  );

  override render() {
    const { data, error } = this.metrics.state;
    if (error) return html`failed: ${error.message}`;
    return data ? html`${(data as unknown as { rate: number }).rate} events/s` : html`loading`;
  }
}
customElements.define('rate-probe', RateProbe);

/** A chart-like widget following the store's shared history range. */
class RangeProbe extends LitElement {
  static override properties = { store: { attribute: false } };
  store: MetricsStore | undefined;
  readonly history = new QueryController(this, () => this.store?.history('p1'));
}
customElements.define('range-probe', RangeProbe);

/** Resolves once `handle` has written the outcome of its request. */
function settled(handle: QueryHandle<unknown>): Promise<void> {
  return new Promise((resolve) => {
    const off = handle.subscribe((state) => {
      if (state.isFetching) return;
      off();
      resolve();
    });
  });
}

const text = (el: LitElement): string => el.shadowRoot?.textContent?.trim() ?? '';

describe('QueryController', () => {
  let conditions: Conditions;
  let source: FakeSource;
  let store: MetricsStore;

  beforeEach(() => {
    conditions = fakeConditions();
    source = new FakeSource();
    store = new MetricsStore(source, { intervalMs: 0 });
  });

  afterEach(() => {
    store.dispose();
    conditions.restore();
  });

  it('renders the query state and re-renders when data arrives', async () => {
    const el = await fixture<RateProbe>(html`<rate-probe pipeline-id="p1" .store=${store}></rate-probe>`);
    expect(text(el)).to.equal('loading');
    const done = settled(store.metrics('p1'));
    source.last('getMetrics').resolve({ rate: 42 });
    await done;
    await el.updateComplete;
    expect(text(el)).to.equal('42 events/s');
  });

  it('waits for a store and follows a new pipeline id, dropping the old subscription', async () => {
    const el = await fixture<RateProbe>(html`<rate-probe pipeline-id="p1"></rate-probe>`);
    expect(source.calls, 'no store yet').to.have.length(0);
    el.store = store;
    await el.updateComplete;
    const first = source.last('getMetrics');
    expect(first.args).to.deep.equal(['p1']);
    el.pipelineId = 'p2';
    await el.updateComplete;
    expect(first.signal.aborted, 'p1 has no watcher left').to.equal(true);
    expect(source.last('getMetrics').args).to.deep.equal(['p2']);
  });

  it('unsubscribes on disconnect and resubscribes on reconnect', async () => {
    const el = await fixture<RateProbe>(html`<rate-probe pipeline-id="p1" .store=${store}></rate-probe>`);
    const parent = el.parentElement!;
    el.remove();
    expect(source.last('getMetrics').signal.aborted).to.equal(true);
    parent.append(el);
    expect(source.callsTo('getMetrics')).to.have.length(2);
    expect(source.last('getMetrics').signal.aborted).to.equal(false);
  });

  it('moves a chart to the new shared range when another widget sets it', async () => {
    const el = await fixture<RangeProbe>(html`<range-probe .store=${store}></range-probe>`);
    expect(source.last('getHistory').args[1]).to.deep.equal({ range: '1h' });
    store.setRange('p1', { range: '24h' });
    expect(source.last('getHistory').args[1]).to.deep.equal({ range: '24h' });
    expect(source.callsTo('getHistory')[0]?.signal.aborted).to.equal(true);
    await el.updateComplete;
    expect(el.history.state.isFetching).to.equal(true);
  });

  it('refreshes its query on demand (a retry button)', async () => {
    const el = await fixture<RateProbe>(html`<rate-probe pipeline-id="p1" .store=${store}></rate-probe>`);
    const done = settled(store.metrics('p1'));
    source.last('getMetrics').resolve({ rate: 1 });
    await done;
    void el.metrics.refresh();
    expect(source.callsTo('getMetrics')).to.have.length(2);
  });
});
