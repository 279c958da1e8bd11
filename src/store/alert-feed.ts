/**
 * The alerts of a whole server as one cached read: the firing alerts and the latest resolved
 * ones, fetched together so every element of a page (a dashboard's section, each row of a list)
 * filters one answer. A 404 on `/alerts` means the server has no alerting: that is an answer
 * (`available: false`), not a failure, and the store stops asking.
 */
import { MonitorError } from '../errors.js';
import type { AlertInstance, AlertRule } from '../schemas/alerts.js';
import type { AcknowledgeResponse } from '../schemas/alerts.js';
import type { AcknowledgeInput, DataSource } from '../sources/source.js';
// Evaluated with the elements that read alerts, so their first request costs no extra round trip.
import '../sources/rest-alerts.js';

/** At most this many firing alerts are read; a server with more is already on fire. */
export const FIRING_LIMIT = 500;
/** How many of the latest resolved alerts are kept for "recently resolved". */
export const RESOLVED_LIMIT = 50;

/** Every alert the server reports, or why there are none to report. */
export type AlertFeed =
  | { readonly available: true; readonly alerts: readonly AlertInstance[]; readonly firingTotal: number }
  | { readonly available: false; readonly reason: string };

/** Every alerting rule, or why there are none. */
export type AlertRuleFeed =
  | { readonly available: true; readonly rules: readonly AlertRule[] }
  | { readonly available: false; readonly reason: string };

/** Whether `error` says the alerting API is not there (404, or 501 from a server without it). */
export function isAlertingAbsent(error: unknown): error is MonitorError {
  return error instanceof MonitorError && error.kind === 'http' && (error.status === 404 || error.status === 501);
}

/** What a server without alerting is said to be. */
export const ALERTING_ABSENT = 'Alerting is not enabled on this server.';
const ABSENT = ALERTING_ABSENT;

/** Reads the firing and the latest resolved alerts in parallel and merges them, one entry per id. */
export async function loadAlertFeed(source: DataSource, signal: AbortSignal): Promise<AlertFeed> {
  if (!source.listAlerts) return { available: false, reason: ABSENT };
  try {
    const [firing, resolved] = await Promise.all([
      source.listAlerts({ status: 'firing', limit: FIRING_LIMIT }, { signal }),
      source.listAlerts({ status: 'resolved', limit: RESOLVED_LIMIT }, { signal }),
    ]);
    const byId = new Map<string, AlertInstance>();
    for (const alert of [...resolved.alerts, ...firing.alerts]) byId.set(alert.id, alert);
    return { available: true, alerts: [...byId.values()], firingTotal: firing.total_count };
  } catch (error) {
    if (isAlertingAbsent(error)) return { available: false, reason: ABSENT };
    throw error;
  }
}

/** Reads the rules; a server without alerting has none. */
export async function loadAlertRules(source: DataSource, signal: AbortSignal): Promise<AlertRuleFeed> {
  if (!source.listAlertRules) return { available: false, reason: ABSENT };
  try {
    return { available: true, rules: (await source.listAlertRules({ signal })).rules };
  } catch (error) {
    if (isAlertingAbsent(error)) return { available: false, reason: ABSENT };
    throw error;
  }
}

/** Sends an acknowledgement; a source that cannot acknowledge (Prometheus) refuses with a 501. */
export function acknowledge(source: DataSource, id: string, input: AcknowledgeInput, signal: AbortSignal): Promise<AcknowledgeResponse> {
  if (!source.acknowledgeAlert || !source.capabilities.acknowledge) {
    const resource = `acknowledgement of alert ${id}`;
    return Promise.reject(new MonitorError({ kind: 'http', status: 501, resource, message: 'This source cannot acknowledge alerts.' }));
  }
  return source.acknowledgeAlert(id, input, { signal });
}
