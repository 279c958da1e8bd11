/**
 * `<pipeline-alerts>` against the simulator: the one the test server mounts at `/api/v1` (real
 * clock), and an in-page simulator on a fixed clock where an alert is known to fire.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/elements/pipeline-alerts/pipeline-alerts.js';
import type { PipelineAlertsElement } from '../../src/elements/pipeline-alerts/pipeline-alerts.js';
import { SimModel } from '../../sim/model.js';
import { RestSource } from '../../src/sources/rest-source.js';
import { MetricsStore } from '../../src/store/metrics-store.js';
import { simFetch } from '../../stories/support/sim-fetch.js';
import { part, parts, spoken } from './element-harness.js';
import { untilRendered } from './provided-store.js';
import './store-provider.js';

interface WireAlert {
  id: string;
  status: string;
  labels: Record<string, string>;
  acknowledged_by?: string;
}

describe('<pipeline-alerts> against the simulator', function () {
  this.timeout(20_000);

  beforeEach(async () => {
    await fetch('/__sim/reset', { method: 'POST' });
  });
  afterEach(async () => {
    await fetch('/__sim/faults', { method: 'DELETE' });
  });

  async function pipelines(): Promise<{ id: string; name: string; config: { slot_name: string } }[]> {
    return ((await (await fetch('/api/v1/pipelines')).json()) as { pipelines: { id: string; name: string; config: { slot_name: string } }[] }).pipelines;
  }

  it('lists, for each pipeline, exactly the alerts the server reports with its source label', async () => {
    const [firing, resolved] = await Promise.all(
      ['firing', 'resolved'].map(async (status) => ((await (await fetch(`/api/v1/alerts?status=${status}&limit=500`)).json()) as { alerts: WireAlert[] }).alerts),
    );
    const all = [...firing!, ...resolved!];
    for (const pipeline of await pipelines()) {
      const source = `postgres-${pipeline.config.slot_name.replace('philotes_', '')}`;
      const expected = all.filter((alert) => alert.labels['source'] === source);
      const el = await fixture<PipelineAlertsElement>(
        html`<pipeline-alerts endpoint="/api/v1" pipeline-id=${pipeline.id} resolved-limit="50"></pipeline-alerts>`,
      );
      await untilRendered(() => parts(el, 'alert').length === expected.length && (expected.length > 0 || part(el, 'empty') !== null), `${pipeline.name}'s alerts`);
      if (expected.length === 0) expect(spoken(part(el, 'empty'))).to.equal('No alerts firing or recently resolved.');
      el.remove();
    }
  });

  it('says alerting is not enabled when the server answers 404 on /alerts', async () => {
    await fetch('/__sim/faults', { method: 'PUT', body: JSON.stringify({ alerts: { mode: 'not-found' } }) });
    const [pipeline] = await pipelines();
    const el = await fixture<PipelineAlertsElement>(html`<pipeline-alerts endpoint="/api/v1" pipeline-id=${pipeline!.id}></pipeline-alerts>`);
    await untilRendered(() => part(el, 'empty') !== null, 'the answer is shown');
    expect(spoken(part(el, 'empty'))).to.equal('Alerting is not enabled on this server.');
  });

  it('acknowledges a firing alert of the simulator, which then names who acknowledged it', async () => {
    // Seed 7 an hour after its start: a table of inventory-sync is over 30 s behind (sim/test/alerts.test.ts).
    const t0 = Date.UTC(2026, 0, 15, 12, 0, 0);
    const model = new SimModel(7, t0);
    const now = t0 + 3_600_000;
    const store = new MetricsStore(new RestSource({ endpoint: '/api/v1', fetch: simFetch(model, () => now) }), { intervalMs: 0 });
    try {
      const pipeline = model.pipelines.find((p) => p.def.name === 'inventory-sync')!;
      const host = await fixture(
        html`<test-store-provider .store=${store}><pipeline-alerts pipeline-id=${pipeline.def.id}></pipeline-alerts></test-store-provider>`,
      );
      const el = host.firstElementChild as PipelineAlertsElement;
      await untilRendered(() => part(el, 'acknowledge') !== null, 'a firing alert with Acknowledge');
      const alert = parts(el, 'alert')[0]!;
      expect(alert.dataset['status']).to.equal('firing');
      expect(spoken(alert.querySelector('[part~="rule"]'))).to.equal('Replication lag high');
      part(el, 'acknowledge')!.click();
      await el.updateComplete;
      (part(el, 'ack-who') as HTMLInputElement).value = 'Ada';
      (part(el, 'ack-submit') as HTMLButtonElement).click();
      await untilRendered(() => /^Ada/.test(spoken(part(el, 'acknowledged'))), 'the refetched alert names Ada');
      const [acknowledged] = model.alerting.alertsAt(now).filter((a) => a.acknowledgedBy !== undefined);
      expect(acknowledged?.acknowledgedBy).to.equal('Ada');
    } finally {
      store.dispose();
    }
  });
});
