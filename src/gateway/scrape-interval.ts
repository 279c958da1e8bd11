/**
 * How often Prometheus scrapes, read from its configuration (`GET /api/v1/status/config`): an
 * answer cannot change before the next scrape, so it is what the gateway's answers stay fresh
 * for. Thanos, Mimir and VictoriaMetrics have no such endpoint: the caller falls back to 5 s.
 */
import { fetchText, type HttpOptions } from '../sources/http.js';

/** The answer cache is never fresher than this, nor older, whatever the configuration says. */
const BOUNDS_MS = [1_000, 60_000] as const;
const UNIT_MS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000, y: 31_536_000_000 };

/** Milliseconds of a Prometheus duration (`15s`, `1m30s`), or undefined. */
export function prometheusDurationMs(text: string): number | undefined {
  if (!/^(?:\d+(?:ms|s|m|h|d|w|y))+$/.test(text)) return undefined;
  let total = 0;
  for (const [, n, unit] of text.matchAll(/(\d+)(ms|s|m|h|d|w|y)/g)) total += Number(n) * UNIT_MS[unit!]!;
  return total;
}

/**
 * The shortest `scrape_interval` of a Prometheus configuration's YAML (global or per job: the
 * freshest data decides), clamped to 1 s … 60 s; undefined when it names none.
 */
export function scrapeIntervalOf(yaml: string): number | undefined {
  const intervals = [...yaml.matchAll(/^\s*scrape_interval:\s*["']?([0-9a-z]+)["']?\s*$/gm)]
    .map(([, text]) => prometheusDurationMs(text!))
    .filter((ms): ms is number => ms !== undefined && ms > 0);
  if (intervals.length === 0) return undefined;
  return Math.min(Math.max(Math.min(...intervals), BOUNDS_MS[0]), BOUNDS_MS[1]);
}

/** Asks Prometheus for its scrape interval; undefined when it cannot say within `timeoutMs`. */
export async function discoverScrapeInterval(base: string, http: HttpOptions, timeoutMs: number): Promise<number | undefined> {
  try {
    const { response, text } = await fetchText(
      { url: `${base}/api/v1/status/config`, resource: 'Prometheus configuration', signal: AbortSignal.timeout(timeoutMs) },
      http,
    );
    if (!response.ok) return undefined;
    const yaml = (JSON.parse(text) as { data?: { yaml?: unknown } }).data?.yaml;
    return typeof yaml === 'string' ? scrapeIntervalOf(yaml) : undefined;
  } catch {
    return undefined;
  }
}
