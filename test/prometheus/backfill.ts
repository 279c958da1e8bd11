/**
 * History for a Prometheus that has only just started: the simulator's model rendered at past
 * instants as OpenMetrics, for `promtool tsdb create-blocks-from openmetrics`. Every value is the
 * model's own at that instant, so history read back from Prometheus must equal the simulator's.
 */
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { renderPrometheus } from '../../sim/prometheus.js';
import type { SimModel } from '../../sim/model.js';
import { METRICS } from '../../src/sources/promql.js';

/** What to render. */
export interface BackfillPlan {
  /** Epoch ms of the last sample. */
  end: number;
  /** How far back the history reaches, in ms. */
  spanMs: number;
  /** Spacing of the older samples, in ms; history steps that are multiples of it read exact values. */
  resolutionMs: number;
  /** The most recent stretch sampled every second, as a live 1 s scrape would be, in ms. */
  denseTailMs: number;
  /** Labels Prometheus adds to the scraped series (`job`, `instance`), so both halves are one series. */
  targetLabels: Record<string, string>;
}

/** Only the families the library queries: the histogram and the rest would only slow promtool down. */
const KEPT = new Set<string>(Object.values(METRICS));

/** The sample instants of `plan`, ascending: aligned to the resolution, then every second to `end`. */
export function backfillInstants(plan: BackfillPlan): number[] {
  const instants: number[] = [];
  const tailStart = plan.end - plan.denseTailMs;
  const first = Math.ceil((plan.end - plan.spanMs) / plan.resolutionMs) * plan.resolutionMs;
  for (let t = first; t < tailStart; t += plan.resolutionMs) instants.push(t);
  for (let t = Math.ceil(tailStart / 1000) * 1000; t <= plan.end; t += 1000) instants.push(t);
  return instants;
}

/** The backfilled instants of `plan` in [from, to]: what a `[to - from]` range selector at `to` reads. */
export function scrapedBetween(plan: BackfillPlan, from: number, to: number): number[] {
  return backfillInstants(plan).filter((t) => t >= from && t <= to);
}

/** `name{labels} value` of the text format → the same sample with target labels and a timestamp. */
function stamp(line: string, extraLabels: string, seconds: string): string | undefined {
  const brace = line.indexOf('{');
  if (brace < 0 || !KEPT.has(line.slice(0, brace))) return undefined;
  const close = line.lastIndexOf('} ');
  return `${line.slice(0, close)},${extraLabels}${line.slice(close)} ${seconds}`;
}

/** Writes the OpenMetrics file of `plan` to `path` (`# EOF` terminated); resolves with the sample count. */
export async function writeBackfill(model: SimModel, plan: BackfillPlan, path: string): Promise<number> {
  const extra = Object.entries(plan.targetLabels)
    .map(([name, value]) => `${name}=${JSON.stringify(value)}`)
    .join(',');
  const out = createWriteStream(path);
  let samples = 0;
  for (const t of backfillInstants(plan)) {
    const seconds = (t / 1000).toFixed(3);
    const lines: string[] = [];
    for (const line of renderPrometheus(model, t).split('\n')) {
      const stamped = stamp(line, extra, seconds);
      if (stamped !== undefined) lines.push(stamped);
    }
    samples += lines.length;
    if (!out.write(`${lines.join('\n')}\n`)) await once(out, 'drain');
  }
  out.end('# EOF\n');
  await once(out, 'finish');
  return samples;
}
