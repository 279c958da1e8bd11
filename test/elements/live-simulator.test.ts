/**
 * The elements as an embedder drops them into a static page, given only `endpoint` and
 * `pipeline-id`, against the real simulator the test server mounts at `/api/v1`.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/elements/auto-refresh/auto-refresh.js';
import '../../src/elements/pipeline-metrics-grid/pipeline-metrics-grid.js';
import '../../src/elements/pipeline-status/pipeline-status.js';
import type { AutoRefresh } from '../../src/elements/auto-refresh/auto-refresh.js';
import type { MetricCard } from '../../src/elements/metric-card/metric-card.js';
import type { PipelineMetricsGrid } from '../../src/elements/pipeline-metrics-grid/pipeline-metrics-grid.js';
import type { PipelineStatusElement } from '../../src/elements/pipeline-status/pipeline-status.js';
import { part, spoken } from './element-harness.js';

type FleetName = 'orders-cdc' | 'inventory-sync' | 'billing-events' | 'analytics-replica';

describe('elements against the simulator', function () {
  this.timeout(10_000);

  let ids: Record<FleetName, string>;

  beforeEach(async () => {
    await fetch('/__sim/reset', { method: 'POST' });
    const { pipelines } = (await (await fetch('/api/v1/pipelines')).json()) as { pipelines: { id: string; name: FleetName }[] };
    ids = Object.fromEntries(pipelines.map((p) => [p.name, p.id])) as Record<FleetName, string>;
  });

  async function status(name: FleetName): Promise<PipelineStatusElement> {
    const el = await fixture<PipelineStatusElement>(
      html`<pipeline-status endpoint="/api/v1" pipeline-id=${ids[name]}></pipeline-status>`,
    );
    await waitUntil(() => part(el, 'badge'), `${name} loads`);
    return el;
  }

  const badge = (el: PipelineStatusElement) => spoken(part(el, 'badge'));
  const enabled = (el: PipelineStatusElement, name: 'start' | 'stop') => part(el, name)!.getAttribute('aria-disabled') === 'false';

  it('starts a stopped pipeline, which then reports starting and may be stopped', async () => {
    const el = await status('analytics-replica');
    expect(badge(el)).to.equal('Status: Stopped');
    part(el, 'start')!.click();
    await waitUntil(() => spoken(part(el, 'announcement')) === 'analytics-replica: start accepted, starting…', 'the start is accepted');
    await waitUntil(() => badge(el) === 'Status: Starting', 'the new status is fetched');
    expect([enabled(el, 'start'), enabled(el, 'stop')]).to.deep.equal([false, true]);
  });

  it('stops a running pipeline after confirmation, which then reports stopping', async () => {
    const el = await status('orders-cdc');
    expect(badge(el)).to.equal('Status: Running');
    part(el, 'stop')!.click();
    part(el, 'confirm')!.click();
    await waitUntil(() => spoken(part(el, 'announcement')) === 'orders-cdc: stop accepted, stopping…', 'the stop is accepted');
    await waitUntil(() => badge(el) === 'Status: Stopping', 'the new status is fetched');
    expect([enabled(el, 'start'), enabled(el, 'stop')]).to.deep.equal([false, false]);
  });

  it('shows the server’s 409 detail when someone else started the pipeline first', async () => {
    const el = await status('analytics-replica');
    await fetch(`/api/v1/pipelines/${ids['analytics-replica']}/start`, { method: 'POST' });
    part(el, 'start')!.click();
    await waitUntil(() => spoken(part(el, 'announcement')).startsWith('Could not start'), 'the refusal is announced');
    expect(spoken(part(el, 'announcement'))).to.contain('pipeline is already running');
  });

  it('shows a failed pipeline’s error message and offers Start', async () => {
    const el = await status('billing-events');
    expect(badge(el)).to.equal('Status: Error');
    expect(spoken(part(el, 'error-message'))).to.contain('replication slot');
    expect(enabled(el, 'start')).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('shows live metrics, and shares one store with the auto-refresh beside it', async () => {
    const page = await fixture(html`<div>
      <auto-refresh endpoint="/api/v1" pipeline-id=${ids['orders-cdc']}></auto-refresh>
      <pipeline-metrics-grid endpoint="/api/v1" pipeline-id=${ids['orders-cdc']}></pipeline-metrics-grid>
    </div>`);
    const grid = page.querySelector<PipelineMetricsGrid>('pipeline-metrics-grid')!;
    const refresh = page.querySelector<AutoRefresh>('auto-refresh')!;
    await waitUntil(() => (part(grid, 'events') as MetricCard | null)?.value !== undefined, 'metrics arrive');
    expect((part(grid, 'events') as MetricCard).value).to.be.greaterThan(0);
    await waitUntil(() => /Uptime \d/.test(spoken(part(grid, 'summary'))), 'the uptime, from the pipeline’s start');
    expect(refresh.store).to.equal(grid.store);
    await waitUntil(() => spoken(part(refresh, 'updated')).startsWith('Updated'), 'the refresh time is shown');
    await expect(grid).to.be.accessible();
  });
});
