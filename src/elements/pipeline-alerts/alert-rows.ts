/**
 * The alerts of one pipeline as the element lists them: severity, rule name, summary, current
 * value with its unit, since when and who acknowledged, most urgent first.
 */
import { formatCount, formatRate, formatSeconds, formatNumber, type Locale } from '../../format/index.js';
import { ALERT_SEVERITIES, type AlertInstance, type AlertRule, type AlertSeverity } from '../../schemas/alerts.js';
import { alertsText } from '../../i18n/en/alerts.js';
import type { AlertMatcher, PipelineIdentity } from './alert-matcher.js';

/** One alert as a row. Every string except `valueText` is server text: render it as text. */
export interface AlertRow {
  alert: AlertInstance;
  severity: AlertSeverity;
  ruleName: string;
  summary: string | undefined;
  /** The current value with its unit ("42 s", "5,300 events"), or undefined. */
  valueText: string | undefined;
  /** The series the alert is about beyond the pipeline: `table`, `error_type`. */
  subject: string | undefined;
}

/** Severities, most urgent first; `unknown` (a severity this version does not know) after the known ones. */
export const SEVERITY_ORDER: readonly AlertSeverity[] = [...[...ALERT_SEVERITIES].reverse(), 'unknown'];

const RANK: Record<string, number> = { firing: 0, unknown: 1, resolved: 2 };

/** How many firing alerts of each severity. */
export type SeverityCounts = Record<AlertSeverity, number>;

/** The rule of `alert`: embedded, else from the rules list. */
export function ruleOf(alert: AlertInstance, rules: ReadonlyMap<string, AlertRule>): AlertRule | undefined {
  return alert.rule ?? rules.get(alert.rule_id);
}

/** The value in the unit of the rule's metric. */
export function formatAlertValue(value: number | undefined, metric: string | undefined, locale: Locale): string | undefined {
  if (value === undefined) return undefined;
  const name = metric ?? '';
  if (name.includes('lag_seconds') || name.endsWith('_seconds')) return formatSeconds(value, locale);
  if (name.includes('buffer_depth')) return alertsText(locale).events(formatCount(value, locale));
  if (name.includes('errors')) return alertsText(locale).errors(formatCount(value, locale));
  if (name.includes('events')) return formatRate(value, locale);
  return formatNumber(value, locale);
}

/** The rows of `pipeline`'s alerts: firing before resolved, then most severe, then newest. */
export function alertRows(
  alerts: readonly AlertInstance[],
  rules: ReadonlyMap<string, AlertRule>,
  pipeline: PipelineIdentity,
  matcher: AlertMatcher,
  locale: Locale,
): AlertRow[] {
  const rows = alerts
    .filter((alert) => matcher(alert, pipeline))
    .map((alert): AlertRow => {
      const rule = ruleOf(alert, rules);
      const severity = severityOf(alert, rule);
      const subject = alert.labels['table'] ?? alert.labels['error_type'];
      return {
        alert,
        severity,
        ruleName: rule?.name ?? alert.labels['alertname'] ?? alert.rule_id,
        summary: alert.annotations['summary'] ?? alert.annotations['description'] ?? rule?.annotations['summary'],
        valueText: formatAlertValue(alert.current_value, rule?.metric_name, locale),
        subject,
      };
    });
  return rows.sort(
    (a, b) =>
      (RANK[a.alert.status] ?? 1) - (RANK[b.alert.status] ?? 1) ||
      SEVERITY_ORDER.indexOf(a.severity) - SEVERITY_ORDER.indexOf(b.severity) ||
      newest(b.alert) - newest(a.alert),
  );
}

function newest(alert: AlertInstance): number {
  return (alert.status === 'resolved' ? alert.resolved_at : undefined)?.getTime() ?? alert.fired_at.getTime();
}

/** The rule's severity, else the alert's `severity` label, else `unknown`. */
function severityOf(alert: AlertInstance, rule: AlertRule | undefined): AlertSeverity {
  if (rule) return rule.severity;
  const label = alert.labels['severity'];
  return label === 'info' || label === 'warning' || label === 'critical' ? label : 'unknown';
}

/** Firing alerts of each severity among `rows`. */
export function countFiring(rows: readonly AlertRow[]): SeverityCounts {
  const counts: SeverityCounts = { critical: 0, warning: 0, info: 0, unknown: 0 };
  for (const row of rows) if (row.alert.status === 'firing') counts[row.severity]++;
  return counts;
}
