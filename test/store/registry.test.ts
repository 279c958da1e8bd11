import { expect } from '@open-wc/testing';
import { acquireStore } from '../../src/store/registry.js';
import { fakeConditions, FakeSource, type Conditions } from './fake-source.js';

/** Lets the registry's deferred disposal run. */
const nextMicrotasks = (): Promise<void> => new Promise((resolve) => queueMicrotask(() => queueMicrotask(resolve)));

describe('store registry', () => {
  let conditions: Conditions;
  beforeEach(() => {
    conditions = fakeConditions();
  });
  afterEach(() => conditions.restore());

  it('gives sibling widgets of the same source one store', () => {
    const a = acquireStore(new FakeSource('rest:https://a.example/api/v1'));
    const b = acquireStore(new FakeSource('rest:https://a.example/api/v1'));
    const c = acquireStore(new FakeSource('rest:https://b.example/api/v1'));
    expect(b.store).to.equal(a.store);
    expect(c.store).not.to.equal(a.store);
    [a, b, c].forEach((lease) => lease.release());
  });

  it('keeps the store while any widget holds it and disposes it after the last release', async () => {
    const source = new FakeSource('rest:one');
    const a = acquireStore(source);
    const b = acquireStore(source);
    const off = a.store.metrics('p1').subscribe(() => {});
    a.release();
    a.release();
    await nextMicrotasks();
    expect(source.last('getMetrics').signal.aborted, 'still held by b').to.equal(false);
    b.release();
    await nextMicrotasks();
    expect(source.last('getMetrics').signal.aborted, 'disposal aborts requests').to.equal(true);
    const again = acquireStore(source);
    expect(again.store).not.to.equal(a.store);
    again.release();
    off();
  });

  it('keeps store and cache when a widget is moved within the page in one task', async () => {
    const source = new FakeSource('rest:moved');
    const lease = acquireStore(source);
    lease.release();
    const moved = acquireStore(source);
    await nextMicrotasks();
    expect(moved.store).to.equal(lease.store);
    moved.release();
  });
});
