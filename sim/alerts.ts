/**
 * The simulated alerting engine: a few rules over the fleet's own signals (table lag, buffer
 * depth), evaluated every 30 s of simulated time as upstream evaluates against Prometheus. An
 * instance fires once its rule held for the rule's duration and resolves when it no longer holds,
 * so alerts come and go as the lag and backlog episodes cross the thresholds. Evaluation catches
 * up lazily to the instant asked about (at most two hours back), so it is deterministic for a clock.
 */
import { formatRfc3339 } from './duration.js';
import type { PipelineSim } from './pipeline-sim.js';
import { sourceLabel } from './prometheus.js';
import { hash, uuid } from './random.js';

/** A 32-bit hash of a string, for stable ids. */
function hash32(text: string): number {
  return hash(...Array.from(text, (c) => c.codePointAt(0) ?? 0));
}

/** How often rules are evaluated (simulated time). */
export const EVALUATION_STEP_MS = 30_000;
/** How far back evaluation catches up after a jump of the clock. */
const CATCH_UP_MS = 2 * 3600_000;

/** An alerting rule as the API sends it. */
export interface WireRule {
  id: string;
  name: string;
  description: string;
  metric_name: string;
  operator: 'gt' | 'lt' | 'eq' | 'gte' | 'lte';
  threshold: number;
  duration_seconds: number;
  severity: 'info' | 'warning' | 'critical';
  labels: Record<string, string>;
  annotations: Record<string, string>;
  enabled: boolean;
  created_at: string;
  updated_at: string;
}

/** One alert instance as the engine keeps it. */
export interface SimAlert {
  id: string;
  ruleId: string;
  fingerprint: string;
  labels: Record<string, string>;
  summary: string;
  value: number;
  firedAt: number;
  resolvedAt: number | undefined;
  acknowledgedAt: number | undefined;
  acknowledgedBy: string | undefined;
  updatedAt: number;
  history: { type: 'fired' | 'resolved' | 'acknowledged'; at: number; message: string; value?: number }[];
}

interface RuleDef {
  key: string;
  name: string;
  description: string;
  metric: 'philotes_cdc_lag_seconds' | 'philotes_buffer_depth' | 'philotes_cdc_errors_total';
  threshold: number;
  durationSeconds: number;
  severity: WireRule['severity'];
  enabled: boolean;
  summary(labels: Record<string, string>, value: number): string;
}

const RULES: readonly RuleDef[] = [
  {
    key: 'lag-warning',
    name: 'Replication lag high',
    description: 'A table is more than 30 s behind its source for a minute.',
    metric: 'philotes_cdc_lag_seconds',
    threshold: 30,
    durationSeconds: 60,
    severity: 'warning',
    enabled: true,
    summary: (labels, value) => `Table ${labels['table'] ?? '?'} is ${value.toFixed(1)} s behind`,
  },
  {
    key: 'lag-critical',
    name: 'Replication lag critical',
    description: 'A table is more than 120 s behind its source.',
    metric: 'philotes_cdc_lag_seconds',
    threshold: 120,
    durationSeconds: 0,
    severity: 'critical',
    enabled: true,
    summary: (labels, value) => `Table ${labels['table'] ?? '?'} is ${value.toFixed(1)} s behind`,
  },
  {
    key: 'buffer-backlog',
    name: 'Buffer backlog',
    description: 'More than 6,000 events wait in the buffer for a minute.',
    metric: 'philotes_buffer_depth',
    threshold: 6000,
    durationSeconds: 60,
    severity: 'warning',
    enabled: true,
    summary: (_, value) => `${Math.round(value)} events wait in the buffer`,
  },
  {
    key: 'errors-total',
    name: 'CDC errors',
    description: 'Disabled: a counter compared with a constant says little.',
    metric: 'philotes_cdc_errors_total',
    threshold: 1000,
    durationSeconds: 300,
    severity: 'critical',
    enabled: false,
    summary: (_, value) => `${value} errors`,
  },
];

/** One series a rule is compared with. */
interface Series {
  labels: Record<string, string>;
  value: number;
}

function seriesOf(pipeline: PipelineSim, metric: RuleDef['metric'], t: number): Series[] {
  if (pipeline.timeline.statusAt(t) !== 'running') return [];
  const source = sourceLabel(pipeline);
  switch (metric) {
    case 'philotes_cdc_lag_seconds': {
      const lags = pipeline.tableLags(t);
      return pipeline.def.tables.map((table, i) => ({ labels: { source, table: `${table.schema}.${table.table}` }, value: lags[i] ?? 0 }));
    }
    case 'philotes_buffer_depth':
      return [{ labels: { source }, value: pipeline.bufferDepth(t) }];
    case 'philotes_cdc_errors_total':
      return [{ labels: { source }, value: pipeline.errorCount(t) }];
  }
}

/** The alerting state of one simulated server. */
export class SimAlerting {
  readonly #pipelines: readonly PipelineSim[];
  readonly #seed: number;
  readonly #rulesCreated: number;
  readonly rules: readonly WireRule[];
  #alerts: SimAlert[] = [];
  #firing = new Map<string, SimAlert>();
  #pendingSince = new Map<string, number>();
  #evaluatedAt: number | undefined;

  constructor(seed: number, pipelines: readonly PipelineSim[], t0: number) {
    this.#seed = seed;
    this.#pipelines = pipelines;
    this.#rulesCreated = t0 - 40 * 86_400_000;
    const created = formatRfc3339(this.#rulesCreated);
    this.rules = RULES.map((rule, i) => ({
      id: uuid(seed, i, 0xa1e47),
      name: rule.name,
      description: rule.description,
      metric_name: rule.metric,
      operator: 'gt',
      threshold: rule.threshold,
      duration_seconds: rule.durationSeconds,
      severity: rule.severity,
      labels: { team: 'data-platform' },
      annotations: { runbook_url: 'https://runbooks.example.com/philotes' },
      enabled: rule.enabled,
      created_at: created,
      updated_at: created,
    }));
  }

  /** Forgets every alert: the engine starts evaluating afresh at the next request. */
  reset(): void {
    this.#alerts = [];
    this.#firing.clear();
    this.#pendingSince.clear();
    this.#evaluatedAt = undefined;
  }

  /** Every alert as of `now`, newest fired first. */
  alertsAt(now: number): readonly SimAlert[] {
    this.#advance(now);
    return [...this.#alerts].sort((a, b) => b.firedAt - a.firedAt || (a.id < b.id ? -1 : 1));
  }

  /** The alert with `id` as of `now`. */
  find(id: string, now: number): SimAlert | undefined {
    this.#advance(now);
    return this.#alerts.find((alert) => alert.id === id);
  }

  /** Acknowledges `id` at `now`: refused when the alert is unknown, resolved or acknowledged already. */
  acknowledge(id: string, by: string, comment: string, now: number): SimAlert | 'not-found' | 'resolved' | 'acknowledged' {
    const alert = this.find(id, now);
    if (alert === undefined) return 'not-found';
    if (alert.resolvedAt !== undefined) return 'resolved';
    if (alert.acknowledgedBy !== undefined) return 'acknowledged';
    alert.acknowledgedAt = now;
    alert.acknowledgedBy = by;
    alert.updatedAt = now;
    alert.history.push({ type: 'acknowledged', at: now, message: comment === '' ? `acknowledged by ${by}` : `acknowledged by ${by}: ${comment}` });
    return alert;
  }

  /** Evaluates every enabled rule at each step not yet evaluated up to `now`. */
  #advance(now: number): void {
    const last = Math.floor(now / EVALUATION_STEP_MS) * EVALUATION_STEP_MS;
    let t = this.#evaluatedAt === undefined ? last - CATCH_UP_MS : Math.max(this.#evaluatedAt + EVALUATION_STEP_MS, last - CATCH_UP_MS);
    for (; t <= last; t += EVALUATION_STEP_MS) this.#evaluate(t);
    if (this.#evaluatedAt === undefined || last > this.#evaluatedAt) this.#evaluatedAt = last;
  }

  #evaluate(t: number): void {
    const holding = new Set<string>();
    RULES.forEach((rule, r) => {
      if (!rule.enabled) return;
      const wire = this.rules[r]!;
      for (const pipeline of this.#pipelines) {
        for (const series of seriesOf(pipeline, rule.metric, t)) {
          if (!(series.value > rule.threshold)) continue;
          const labels = { ...wire.labels, ...series.labels, alertname: rule.name, severity: rule.severity };
          const fingerprint = `${wire.id}|${JSON.stringify(series.labels)}`;
          holding.add(fingerprint);
          const since = this.#pendingSince.get(fingerprint) ?? t;
          this.#pendingSince.set(fingerprint, since);
          const firing = this.#firing.get(fingerprint);
          if (firing) {
            firing.value = series.value;
            firing.summary = rule.summary(series.labels, series.value);
            firing.updatedAt = t;
          } else if (t - since >= rule.durationSeconds * 1000) {
            this.#fire(wire.id, fingerprint, labels, rule.summary(series.labels, series.value), series.value, t);
          }
        }
      }
    });
    for (const fingerprint of [...this.#pendingSince.keys()]) {
      if (holding.has(fingerprint)) continue;
      this.#pendingSince.delete(fingerprint);
      const alert = this.#firing.get(fingerprint);
      if (!alert) continue;
      this.#firing.delete(fingerprint);
      alert.resolvedAt = t;
      alert.updatedAt = t;
      alert.history.push({ type: 'resolved', at: t, message: 'condition no longer met', value: alert.value });
    }
  }

  #fire(ruleId: string, fingerprint: string, labels: Record<string, string>, summary: string, value: number, t: number): void {
    const alert: SimAlert = {
      id: uuid(this.#seed, hash32(fingerprint), Math.floor(t / 1000), 0xa1e7),
      ruleId,
      fingerprint: hash32(fingerprint).toString(16).padStart(8, '0'),
      labels,
      summary,
      value,
      firedAt: t,
      resolvedAt: undefined,
      acknowledgedAt: undefined,
      acknowledgedBy: undefined,
      updatedAt: t,
      history: [{ type: 'fired', at: t, message: summary, value }],
    };
    this.#alerts.push(alert);
    this.#firing.set(fingerprint, alert);
  }
}
