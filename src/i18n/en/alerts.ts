/** English words of `<pipeline-alerts>` and its count badge. */
import type { AlertSeverity } from '../../schemas/alerts.js';
import { messages } from '../localize.js';

const alerts = {
  severities: { critical: 'Critical', warning: 'Warning', info: 'Info', unknown: 'Unknown severity' } as Record<AlertSeverity, string>,
  /** A count of firing alerts of one severity: "2 critical". */
  count: (count: string, severity: AlertSeverity) => `${count} ${severity}`,
  noneFiringFor: (pipeline: string) => `No alerts firing for ${pipeline}`,
  noAlerts: 'No alerts',
  firingFor: (pipeline: string, counts: string) => `Alerts firing for ${pipeline}: ${counts}`,
  statuses: { firing: 'Firing', resolved: 'Resolved', unknown: 'Unknown status' } as Record<string, string>,
  notAcknowledged: 'Not acknowledged',
  someone: 'Someone',
  acknowledge: 'Acknowledge',
  acknowledging: 'Acknowledging…',
  value: 'Value',
  notReported: 'Not reported',
  resolved: 'Resolved',
  since: 'Since',
  acknowledged: 'Acknowledged',
  events: (count: string) => `${count} events`,
  errors: (count: string) => `${count} errors`,
  serverSaid: (detail: string) => ` The server said: ${detail}`,
  changed: (said: string) => `Not acknowledged: the alert changed meanwhile (already resolved or acknowledged).${said}`,
  gone: (said: string) => `Not acknowledged: the alert no longer exists.${said}`,
  failed: (reason: string) => `Not acknowledged: ${reason}`,
  acknowledgedAs: (who: string) => `Acknowledged as ${who}.`,
  form: 'Acknowledge alert',
  who: 'Who',
  comment: 'Comment',
  cancel: 'Cancel',
  unavailable: 'Alerts unavailable',
  loading: 'Loading alerts',
  label: (pipeline: string) => `Alerts of ${pipeline}`,
  absent: 'Alerting is not enabled on this server.',
  prometheus: "These are Prometheus' own alerts (ALERTS): acknowledge or silence them in Alertmanager; resolved alerts are not kept.",
  pipelineGone: 'This pipeline no longer exists; alerts still naming it are listed.',
  none: 'No alerts firing or recently resolved.',
};

/** The alerts' words in `locale`. */
export const alertsText = messages('alerts', alerts);
export default alerts;
