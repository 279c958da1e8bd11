/**
 * The limits that the source's alert rules set for one pipeline, for the elements that draw
 * limits (the grid's cards, the chart's lines). The rules are one query per store; the pipeline
 * itself is read only when a rule selects pipelines by name or `source` label, so a standalone
 * chart asks for nothing more than the rules when they do not need it.
 */
import { QueryController } from '../../controllers/query-controller.js';
import type { Pipeline } from '../../schemas/index.js';
import type { AlertRuleFeed } from '../../store/alert-feed.js';
import { alertRulesQuery } from '../../store/alert-queries.js';
import type { PipelineElement } from '../base/pipeline-element.js';
import { identityOf, ruleCovers } from '../pipeline-alerts/alert-matcher.js';
import { thresholdsFromRules, type RuleThresholds } from '../pipeline-metrics-grid/thresholds.js';

const NONE: RuleThresholds = Object.freeze({ limits: {}, rules: {} });

/** Whether any rule names its pipelines by a label that needs the pipeline's name or database. */
function needsIdentity(feed: AlertRuleFeed | undefined): boolean {
  return !!feed?.available && feed.rules.some((rule) => rule.enabled && (Object.hasOwn(rule.labels, 'pipeline') || Object.hasOwn(rule.labels, 'source')));
}

/** The alert rules' limits for the host's pipeline; REST sources only (Prometheus has no rules API). */
export class RuleLimits {
  readonly #host: PipelineElement;
  readonly #rules: QueryController<AlertRuleFeed>;
  readonly #pipeline: QueryController<Pipeline>;
  /** The last answer and what it was derived from: hosts read it several times per render. */
  #memo: { feed: AlertRuleFeed; pipeline: Pipeline | undefined; id: string; result: RuleThresholds } | undefined;

  constructor(host: PipelineElement) {
    this.#host = host;
    this.#rules = new QueryController<AlertRuleFeed>(host, () => (host.store && host.source === 'rest' ? alertRulesQuery(host.store) : undefined));
    this.#pipeline = new QueryController<Pipeline>(host, () =>
      host.store && host.pipelineId && needsIdentity(this.#rules.state.data) ? host.store.pipeline(host.pipelineId) : undefined,
    );
  }

  /** The limits set by enabled rules covering the pipeline, and the rule behind each. */
  get current(): RuleThresholds {
    const feed = this.#rules.state.data;
    if (!feed?.available) return NONE;
    const pipeline = this.#pipeline.state.data;
    const id = this.#host.pipelineId;
    const memo = this.#memo;
    if (memo?.feed === feed && memo.pipeline === pipeline && memo.id === id) return memo.result;
    const identity = identityOf(id, pipeline);
    const result = thresholdsFromRules(feed.rules, (labels) => ruleCovers(labels, identity));
    this.#memo = { feed, pipeline, id, result };
    return result;
  }
}
