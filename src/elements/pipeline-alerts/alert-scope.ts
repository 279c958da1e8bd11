/**
 * What `<pipeline-alerts>` derives from its queries: the pipeline's identity for the matcher, and
 * the rules by id. Kept apart from the element so the list badge and the dashboard agree.
 */
import type { AlertRule } from '../../schemas/alerts.js';
import type { Pipeline } from '../../schemas/index.js';
import type { AlertRuleFeed } from '../../store/alert-feed.js';
import { parseSelector, selectorLabel } from '../../sources/prometheus-selector.js';
import { identityOf, type PipelineIdentity } from './alert-matcher.js';

/** The `source` label a Prometheus selector names, if it names one by equality. */
export function selectorSource(selector: string): string | undefined {
  try {
    return selectorLabel(parseSelector(selector), 'source');
  } catch {
    return undefined;
  }
}

/** The pipeline as the matcher sees it, from whichever of the given facts are known. */
export function pipelineIdentity(
  id: string,
  pipeline: Pipeline | undefined,
  source: 'rest' | 'prometheus',
  selector: string,
  name: string,
): PipelineIdentity {
  const identity = identityOf(id, pipeline, source === 'prometheus' ? selectorSource(selector) : undefined);
  return identity.name === undefined && name !== '' ? { ...identity, name } : identity;
}

const NO_RULES: ReadonlyMap<string, AlertRule> = new Map();
let lastFeed: AlertRuleFeed | undefined;
let lastMap: ReadonlyMap<string, AlertRule> = NO_RULES;

/** The rules by id (one map per answer, shared by every element reading it). */
export function rulesById(feed: AlertRuleFeed | undefined): ReadonlyMap<string, AlertRule> {
  if (!feed?.available) return NO_RULES;
  if (feed !== lastFeed) {
    lastFeed = feed;
    lastMap = new Map(feed.rules.map((rule) => [rule.id, rule]));
  }
  return lastMap;
}
