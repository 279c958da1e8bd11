/**
 * Prometheus' own alerting rules as alerts: `ALERTS{alertstate="firing"}` gives what fires (its
 * labels: `alertname`, `severity` and the series' labels), `ALERTS_FOR_STATE` since when. Prometheus
 * keeps no resolved alerts, annotations or acknowledgements in its query API, so none are given.
 */
import { AlertSeverity, type AlertInstance, type AlertList } from '../schemas/alerts.js';
import { z } from '../schemas/zod.js';
import type { PromSample } from './prometheus-envelope.js';

/** The firing alerts. */
export const FIRING_QUERY = 'ALERTS{alertstate="firing"}';
/** When each alert became active, as its value (Unix seconds). */
export const SINCE_QUERY = 'ALERTS_FOR_STATE';

/** Labels without the ones Prometheus adds to name the series itself. */
function ownLabels(labels: Readonly<Record<string, string>>): Record<string, string> {
  return Object.fromEntries(Object.entries(labels).filter(([name]) => name !== '__name__' && name !== 'alertstate'));
}

/** A stable identity of a label set: the labels sorted by name. */
function fingerprintOf(labels: Readonly<Record<string, string>>): string {
  return JSON.stringify(Object.entries(labels).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/**
 * The firing alerts as AlertInstances: id and fingerprint from the label set, `rule_id` the
 * `alertname`, fired at the matching `ALERTS_FOR_STATE` value (else at `now`).
 */
export function alertsFromSamples(firing: readonly PromSample[], since: readonly PromSample[], now: number): AlertList {
  const activeSince = new Map(since.map((sample) => [fingerprintOf(ownLabels(sample.labels)), sample.value]));
  const alerts = firing.map((sample): AlertInstance => {
    const labels = ownLabels(sample.labels);
    const fingerprint = fingerprintOf(labels);
    const seconds = activeSince.get(fingerprint);
    const firedAt = new Date(seconds !== undefined && Number.isFinite(seconds) ? seconds * 1000 : now);
    const name = labels['alertname'] ?? 'alert';
    const severity = z.safeParse(AlertSeverity, labels['severity'] ?? 'warning');
    return {
      id: fingerprint,
      rule_id: name,
      fingerprint,
      status: 'firing',
      labels,
      annotations: {},
      current_value: undefined,
      fired_at: firedAt,
      resolved_at: undefined,
      acknowledged_at: undefined,
      acknowledged_by: undefined,
      created_at: firedAt,
      updated_at: firedAt,
      rule: {
        id: name,
        name,
        description: undefined,
        metric_name: '',
        operator: 'unknown',
        threshold: Number.NaN,
        duration_seconds: 0,
        severity: severity.success ? severity.data : 'unknown',
        labels: {},
        annotations: {},
        enabled: true,
        created_at: firedAt,
        updated_at: firedAt,
      },
    };
  });
  return { alerts, total_count: alerts.length };
}
