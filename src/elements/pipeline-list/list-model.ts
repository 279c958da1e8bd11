/**
 * What the list derives once per answer of the pipeline list, so that a keystroke or a sort over
 * 10,000 pipelines only reads prepared arrays: duplicates dropped, names ranked, search text
 * lower-cased, statuses counted, and what in the answer cannot be trusted put into words.
 */
import { formatInteger, type Locale } from '../../format/index.js';
import { collator } from '../../format/intl.js';
import { listText } from '../../i18n/en/list.js';
import type { Pipeline, PipelineList, PipelineStatus } from '../../schemas/index.js';
import { naturalKey } from '../table-metrics/name-order.js';

const NON_ASCII = /[^\u0000-\u007f]/;

/** One answer of the pipeline list, prepared. */
export interface FleetModel {
  /** The pipelines, each id once, in the server's order. */
  readonly pipelines: readonly Pipeline[];
  /** Index in `pipelines` by id. */
  readonly indexOf: ReadonlyMap<string, number>;
  /** Rank of each pipeline by name (natural, case-insensitive), by index. */
  readonly nameRank: Uint32Array;
  /** The indices in name order (the inverse of `nameRank`). */
  readonly byName: Uint32Array;
  /** The status of each pipeline, by index. */
  readonly statuses: readonly PipelineStatus[];
  /** Lower-cased name, id and source id of each pipeline, by index. */
  readonly haystacks: readonly string[];
  /** How many pipelines have each status. */
  readonly counts: ReadonlyMap<PipelineStatus, number>;
  /** What is wrong with the answer itself, in words; empty when nothing is. */
  readonly problems: readonly string[];
}

/** Ranks `names` in natural order: ASCII names through plain-comparable keys, others through a collator. */
function rankNames(names: readonly string[], locale: Locale): { nameRank: Uint32Array; byName: Uint32Array } {
  const n = names.length;
  const lower = names.map((name) => name.toLowerCase());
  const order = Array.from({ length: n }, (_, i) => i);
  if (lower.some((name) => NON_ASCII.test(name))) {
    const compare = collator(locale, { numeric: true, sensitivity: 'base' }).compare;
    order.sort((a, b) => compare(lower[a]!, lower[b]!) || a - b);
  } else {
    const keys = lower.map(naturalKey);
    order.sort((a, b) => (keys[a]! < keys[b]! ? -1 : keys[a]! > keys[b]! ? 1 : a - b));
  }
  const nameRank = new Uint32Array(n);
  order.forEach((index, rank) => (nameRank[index] = rank));
  return { nameRank, byName: Uint32Array.from(order) };
}

/** Whether `pipelines` are `previous`'s, one for one, with the same ids, names and sources. */
function sameNames(pipelines: readonly Pipeline[], previous: FleetModel | undefined): previous is FleetModel {
  if (!previous || previous.pipelines.length !== pipelines.length) return false;
  return pipelines.every((p, i) => {
    const q = previous.pipelines[i]!;
    return p.id === q.id && p.name === q.name && p.source_id === q.source_id;
  });
}

/**
 * Prepares `list` (an answer already checked against the contract) for display in `locale`. The
 * ranking and search text of `previous` are reused when the answer names the same pipelines in
 * the same order, as nearly every poll does: only statuses and counts are taken anew.
 */
export function prepareFleet(list: PipelineList, locale: Locale, previous?: FleetModel): FleetModel {
  const n = (v: number) => formatInteger(v, locale);
  const pipelines: Pipeline[] = [];
  const indexOf = new Map<string, number>();
  let duplicates = 0;
  for (const pipeline of list.pipelines) {
    if (indexOf.has(pipeline.id)) {
      duplicates++;
      continue;
    }
    indexOf.set(pipeline.id, pipelines.length);
    pipelines.push(pipeline);
  }
  const counts = new Map<PipelineStatus, number>();
  const statuses = new Array<PipelineStatus>(pipelines.length);
  pipelines.forEach((p, i) => {
    counts.set(p.status, (counts.get(p.status) ?? 0) + 1);
    statuses[i] = p.status;
  });
  const problems: string[] = [];
  if (list.total_count !== list.pipelines.length) {
    problems.push(listText(locale).miscounted(n(list.total_count), n(list.pipelines.length)));
  }
  if (duplicates > 0) {
    problems.push(listText(locale).duplicates(n(duplicates), duplicates === 1));
  }
  const named = sameNames(pipelines, previous)
    ? { nameRank: previous.nameRank, byName: previous.byName, haystacks: previous.haystacks }
    : {
        ...rankNames(pipelines.map((p) => p.name), locale),
        haystacks: pipelines.map((p) => `${p.name}\u0000${p.id}\u0000${p.source_id}`.toLocaleLowerCase()),
      };
  return { pipelines, indexOf, statuses, ...named, counts, problems };
}
