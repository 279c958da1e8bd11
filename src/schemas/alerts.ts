/**
 * The upstream alerting API (CONTRACT.md §1 "Alerts"): alert instances, rules, the summary, an
 * alert's history and the acknowledge answer. Severities, statuses, operators and event types
 * outside the known sets read as `'unknown'`, so a newer server cannot crash an older widget.
 */
import { z } from './zod.js';
import { counter, finite, flag, list, openEnum, text, timestamp } from './fields.js';

/** Every severity the contract names, least severe first. */
export const ALERT_SEVERITIES = ['info', 'warning', 'critical'] as const;
/** How bad an alert is; an unrecognised string becomes `'unknown'`. */
export const AlertSeverity = openEnum(ALERT_SEVERITIES);
/** `'info' | 'warning' | 'critical' | 'unknown'`. */
export type AlertSeverity = z.output<typeof AlertSeverity>;

/** Every alert status the contract names. */
export const ALERT_STATUSES = ['firing', 'resolved'] as const;
/** Whether an alert fires; an unrecognised string becomes `'unknown'`. */
export const AlertStatus = openEnum(ALERT_STATUSES);
/** `'firing' | 'resolved' | 'unknown'`. */
export type AlertStatus = z.output<typeof AlertStatus>;

/** The comparisons a rule makes between its metric and its threshold. */
export const ALERT_OPERATORS = ['gt', 'lt', 'eq', 'gte', 'lte'] as const;
/** A rule's comparison; an unrecognised string becomes `'unknown'`. */
export const AlertOperator = openEnum(ALERT_OPERATORS);
/** `'gt' | 'lt' | 'eq' | 'gte' | 'lte' | 'unknown'`. */
export type AlertOperator = z.output<typeof AlertOperator>;

/**
 * A label or annotation map (Go's `map[string]string`): `null` reads as empty, and a value that is
 * not a string is dropped rather than failing the whole list. Keys are kept as plain data.
 */
export const stringMap = z.transform((value: unknown, ctx): Readonly<Record<string, string>> => {
  if (value === null || value === undefined) return {};
  if (typeof value !== 'object' || Array.isArray(value)) {
    ctx.issues.push({ code: 'custom', message: 'an object of strings', input: value });
    return z.NEVER;
  }
  return Object.fromEntries(Object.entries(value).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
});

/** An optional field Go may send as `null`: absent and `null` both read as undefined. */
function maybe<T extends z.ZodMiniType>(schema: T) {
  return z.pipe(
    z.optional(z.nullable(schema)),
    z.transform((value: z.output<T> | null | undefined) => value ?? undefined),
  );
}

/** A rule's severity; absent means `'warning'`, the upstream default. */
const RuleSeverity = z.pipe(
  z.optional(AlertSeverity),
  z.transform((value: AlertSeverity | undefined): AlertSeverity => value ?? 'warning'),
);

/** An alerting rule: `metric_name` compared with `threshold` for `duration_seconds`. */
export const AlertRule = z.object({
  id: text,
  name: text,
  description: maybe(text),
  metric_name: text,
  operator: AlertOperator,
  threshold: finite,
  duration_seconds: counter,
  severity: RuleSeverity,
  labels: stringMap,
  annotations: stringMap,
  enabled: flag,
  created_at: timestamp,
  updated_at: timestamp,
});
/** An alerting rule. */
export type AlertRule = z.output<typeof AlertRule>;

/** One alert: a rule firing (or having fired) for one series. Labels and annotations are server text. */
export const AlertInstance = z.object({
  id: text,
  rule_id: text,
  fingerprint: text,
  status: AlertStatus,
  labels: stringMap,
  annotations: stringMap,
  current_value: maybe(finite),
  fired_at: timestamp,
  resolved_at: maybe(timestamp),
  acknowledged_at: maybe(timestamp),
  acknowledged_by: maybe(text),
  created_at: timestamp,
  updated_at: timestamp,
  rule: maybe(AlertRule),
});
/** One alert. */
export type AlertInstance = z.output<typeof AlertInstance>;

/** The body of `GET /alerts`; `alerts: null` reads as `[]`. */
export const AlertList = z.object({ alerts: list(AlertInstance), total_count: counter });
/** The body of `GET /alerts`. */
export type AlertList = z.output<typeof AlertList>;

/** The body of `GET /alerts/:id`: `{alert}`. */
export const AlertResponse = z.object({ alert: AlertInstance });
/** The body of `GET /alerts/:id`. */
export type AlertResponse = z.output<typeof AlertResponse>;

/** The body of `GET /alerts/rules`; `rules: null` reads as `[]`. */
export const AlertRuleList = z.object({ rules: list(AlertRule), total_count: counter });
/** The body of `GET /alerts/rules`. */
export type AlertRuleList = z.output<typeof AlertRuleList>;

/** The body of `GET /alerts/summary`: counts across the whole server. */
export const AlertSummary = z.object({
  total_rules: counter,
  enabled_rules: counter,
  firing_alerts: counter,
  resolved_alerts: counter,
  active_silences: counter,
  total_channels: counter,
  enabled_channels: counter,
});
/** Counts of rules, alerts, silences and channels across the server. */
export type AlertSummary = z.output<typeof AlertSummary>;

/** Every event type of an alert's history the contract names. */
export const ALERT_EVENT_TYPES = ['fired', 'resolved', 'acknowledged'] as const;
/** What happened to an alert; an unrecognised string becomes `'unknown'`. */
export const AlertEventType = openEnum(ALERT_EVENT_TYPES);

/** One entry of an alert's history. `message` is server text. */
export const AlertHistoryEntry = z.object({
  id: text,
  alert_id: maybe(text),
  event_type: AlertEventType,
  message: maybe(text),
  value: maybe(finite),
  metadata: maybe(stringMap),
  created_at: timestamp,
});
/** One entry of an alert's history. */
export type AlertHistoryEntry = z.output<typeof AlertHistoryEntry>;

/** The body of `GET /alerts/:id/history`; `history: null` reads as `[]`. */
export const AlertHistory = z.object({ history: list(AlertHistoryEntry), total_count: counter });
/** The body of `GET /alerts/:id/history`. */
export type AlertHistory = z.output<typeof AlertHistory>;

/** The body of `POST /alerts/:id/acknowledge`: the acknowledged alert, or only a message. */
export const AcknowledgeResponse = z.object({ alert: maybe(AlertInstance), message: maybe(text) });
/** The body of `POST /alerts/:id/acknowledge`. */
export type AcknowledgeResponse = z.output<typeof AcknowledgeResponse>;
