/**
 * The status of every configured pipeline from a few grouped queries: pipelines whose selectors
 * pin the same labels by equality (`source="postgres-shop"`) share two queries `by` those labels,
 * however many they are. Any other selector is read on its own; if Prometheus refuses it, only
 * its row fails.
 */
import { MonitorError } from '../errors.js';
import type { Pipeline } from '../schemas/index.js';
import type { PrometheusClient } from '../sources/prometheus-client.js';
import { instantSamples, type PromSample } from '../sources/prometheus-envelope.js';
import { parseSelector, selectorLabel, type Selector } from '../sources/prometheus-selector.js';
import type { PrometheusSource } from '../sources/prometheus-source.js';
import { groupedStateQueries, statusFromState } from '../sources/promql.js';
import type { GatewayPipeline } from './config.js';

/** One pipeline's row: what Prometheus says of it, or why it could not be read. */
export type FleetRow = { pipeline: Pipeline } | { error: unknown };

/** Every configured pipeline's row, by id, in the pipelines file's order. */
export type Fleet = Map<string, FleetRow>;

/** What a fleet read needs. */
export interface FleetReader {
  client: PrometheusClient;
  /** Each pipeline's own source, for selectors that cannot be grouped. */
  sources: ReadonlyMap<string, PrometheusSource>;
  signal: AbortSignal;
}

const MATCHER = /([a-zA-Z_][a-zA-Z0-9_]*)(=~|!~|!=|=)("(?:[^"\\]|\\.)*")/g;

/** The selector's labels when every matcher is an equality, else undefined (it cannot be grouped). */
export function equalityLabels(selector: Selector): Record<string, string> | undefined {
  const labels: Record<string, string> = {};
  for (const [, name, op, quoted] of selector.matchAll(MATCHER)) {
    if (op !== '=' || name === undefined || name in labels) return undefined;
    labels[name] = JSON.parse(quoted!) as string;
  }
  return labels;
}

function pipelineOf(p: GatewayPipeline, selector: Selector, state: number | undefined, atSeconds: number | undefined, partial: boolean): Pipeline {
  const updated = new Date(atSeconds !== undefined && Number.isFinite(atSeconds) ? atSeconds * 1000 : Date.now());
  const source = selectorLabel(selector, 'source');
  return {
    id: p.id,
    name: p.name,
    source_id: source ?? selector,
    status: statusFromState(state),
    created_at: updated,
    updated_at: updated,
    ...(partial ? { partial: true } : {}),
  };
}

const key = (labels: readonly string[], values: Readonly<Record<string, string>>) =>
  JSON.stringify(labels.map((label) => values[label] ?? ''));

/** Reads one group of pipelines pinning the same `labels`, in two queries. */
async function readGroup(members: { p: GatewayPipeline; selector: Selector; labels: Record<string, string> }[], reader: FleetReader, fleet: Fleet): Promise<void> {
  const names = Object.keys(members[0]!.labels).sort();
  const values = Object.fromEntries(names.map((name) => [name, members.map((m) => m.labels[name]!)]));
  const queries = groupedStateQueries(values);
  const time = Date.now() / 1000;
  try {
    const call = { resource: 'pipeline', signal: reader.signal };
    const [state, at] = await Promise.all([reader.client.query(queries.state, time, call), reader.client.query(queries.at, time, call)]);
    const index = (samples: PromSample[]) => new Map(samples.map((s) => [key(names, s.labels), s.value]));
    const states = index(instantSamples(state, 'pipeline'));
    const instants = index(instantSamples(at, 'pipeline'));
    const partial = state.partial || at.partial;
    for (const m of members) {
      const k = key(names, m.labels);
      fleet.set(m.p.id, { pipeline: pipelineOf(m.p, m.selector, states.get(k), instants.get(k), partial) });
    }
  } catch (error) {
    for (const m of members) fleet.set(m.p.id, { error });
  }
}

/** Every pipeline's row; rejects only on abort, any other failure is in the rows it concerns. */
export async function readFleet(pipelines: readonly GatewayPipeline[], reader: FleetReader): Promise<Fleet> {
  const fleet: Fleet = new Map(pipelines.map((p) => [p.id, { error: new Error('not read') }]));
  const groups = new Map<string, { p: GatewayPipeline; selector: Selector; labels: Record<string, string> }[]>();
  const alone: GatewayPipeline[] = [];
  for (const p of pipelines) {
    const selector = parseSelector(p.selector);
    const labels = equalityLabels(selector);
    if (labels === undefined) {
      alone.push(p);
      continue;
    }
    const group = Object.keys(labels).sort().join(',');
    const members = groups.get(group) ?? [];
    members.push({ p, selector, labels });
    groups.set(group, members);
  }
  await Promise.all([
    ...[...groups.values()].map((members) => readGroup(members, reader, fleet)),
    ...alone.map(async (p) => {
      try {
        fleet.set(p.id, { pipeline: await reader.sources.get(p.id)!.getPipeline(p.id, { signal: reader.signal }) });
      } catch (error) {
        fleet.set(p.id, { error });
      }
    }),
  ]);
  if (reader.signal.aborted) throw reader.signal.reason instanceof MonitorError ? reader.signal.reason : new Error('aborted');
  return fleet;
}
