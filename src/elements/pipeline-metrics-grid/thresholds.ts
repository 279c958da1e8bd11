/**
 * The grid's warning and critical limits. Upstream sources disagree (CONTRACT.md §3); the
 * defaults follow the Grafana dashboard, and every limit can be overridden by the embedder.
 */

/** Limits at or above which a card shows "Warning" or "Critical"; `Infinity` disables one. */
export interface GridThresholds {
  /** Replication lag in seconds. */
  lagWarning: number;
  /** Replication lag in seconds. */
  lagCritical: number;
  /** Events waiting in the buffer. */
  bufferWarning: number;
  /** Events waiting in the buffer. */
  bufferCritical: number;
  /** New errors among the samples the grid has seen. */
  errorsWarning: number;
  /** New errors among the samples the grid has seen. */
  errorsCritical: number;
}

/** Lag 5 s / 30 s, buffer 5,000 / 8,000, any new error a warning and none critical. */
export const DEFAULT_THRESHOLDS: Readonly<GridThresholds> = Object.freeze({
  lagWarning: 5,
  lagCritical: 30,
  bufferWarning: 5000,
  bufferCritical: 8000,
  errorsWarning: 1,
  errorsCritical: Infinity,
});

/**
 * The limits in force: a limit set by attribute wins over the `thresholds` property, which
 * wins over an alert rule's (see {@link thresholdsFromRules}), which wins over the default.
 * Non-numbers (a mistyped attribute) fall through to the next source.
 */
export function resolveThresholds(
  attributes: Partial<Record<keyof GridThresholds, number | undefined>>,
  property: Partial<GridThresholds> | undefined,
  fromRules: Partial<GridThresholds> = {},
): GridThresholds {
  const pick = (name: keyof GridThresholds): number => {
    for (const candidate of [attributes[name], property?.[name], fromRules[name]]) {
      if (typeof candidate === 'number' && !Number.isNaN(candidate)) return candidate;
    }
    return DEFAULT_THRESHOLDS[name];
  };
  return {
    lagWarning: pick('lagWarning'),
    lagCritical: pick('lagCritical'),
    bufferWarning: pick('bufferWarning'),
    bufferCritical: pick('bufferCritical'),
    errorsWarning: pick('errorsWarning'),
    errorsCritical: pick('errorsCritical'),
  };
}

/** A limit as the card takes it: `Infinity` (disabled) becomes "no threshold". */
export function cardLimit(limit: number): number | undefined {
  return Number.isFinite(limit) ? limit : undefined;
}

/** Limits set by enabled alert rules, and the name of the rule behind each. */
export interface RuleThresholds {
  limits: Partial<GridThresholds>;
  /** The rule that set each limit, by limit. */
  rules: Partial<Record<keyof GridThresholds, string>>;
}

/** A rule as far as thresholds need it (an AlertRule of the alerting API). */
export interface ThresholdRule {
  name: string;
  metric_name: string;
  operator: string;
  threshold: number;
  severity: string;
  enabled: boolean;
  labels: Readonly<Record<string, string>>;
}

/** Which limits a rule on each metric sets, by severity. Only metrics a card compares with a limit. */
const RULE_LIMITS: Readonly<Record<string, { warning: keyof GridThresholds; critical: keyof GridThresholds }>> = {
  philotes_cdc_lag_seconds: { warning: 'lagWarning', critical: 'lagCritical' },
  philotes_buffer_depth: { warning: 'bufferWarning', critical: 'bufferCritical' },
};

/**
 * The limits that enabled rules comparing lag or buffer depth from above (`gt`, `gte`) set for a
 * pipeline; `appliesTo` says whether a rule's label selector covers the pipeline. Of several
 * rules for one limit the lowest threshold wins: the first to fire.
 */
export function thresholdsFromRules(rules: readonly ThresholdRule[], appliesTo: (labels: Readonly<Record<string, string>>) => boolean): RuleThresholds {
  const result: RuleThresholds = { limits: {}, rules: {} };
  for (const rule of rules) {
    const target = RULE_LIMITS[rule.metric_name];
    const level = rule.severity === 'critical' ? 'critical' : rule.severity === 'warning' ? 'warning' : undefined;
    if (!target || !level || !rule.enabled || (rule.operator !== 'gt' && rule.operator !== 'gte') || !appliesTo(rule.labels)) continue;
    const name = target[level];
    const current = result.limits[name];
    if (current === undefined || rule.threshold < current) {
      result.limits[name] = rule.threshold;
      result.rules[name] = rule.name;
    }
  }
  return result;
}

/**
 * The rules behind the limits in force: a rule's name for each limit it sets that the embedder
 * left unset (by attribute or by the `thresholds` property), as {@link resolveThresholds} decides.
 */
export function rulesInForce(
  attributes: Partial<Record<keyof GridThresholds, number | undefined>>,
  property: Partial<GridThresholds> | undefined,
  fromRules: RuleThresholds,
): Partial<Record<keyof GridThresholds, string>> {
  const set = (value: number | undefined) => typeof value === 'number' && !Number.isNaN(value);
  const result: Partial<Record<keyof GridThresholds, string>> = {};
  for (const name of Object.keys(fromRules.rules) as (keyof GridThresholds)[]) {
    if (!set(attributes[name]) && !set(property?.[name])) result[name] = fromRules.rules[name];
  }
  return result;
}
