/**
 * When Prometheus last scraped a pipeline's series, for tests that bound a value read through
 * Prometheus by what the simulator said since: a value read after this instant was taken at this
 * scrape or a later one, however late a loaded machine ran the scrape. Runs in Node and Chromium.
 */

/** The time (ms) of the newest scrape of the series matching `selector`. */
export async function lastScrape(prometheusUrl: string, selector: string): Promise<number> {
  const query = encodeURIComponent(`min(timestamp(philotes_buffer_depth{${selector}}))`);
  const body = (await (await fetch(`${prometheusUrl}/api/v1/query?query=${query}`)).json()) as { data?: { result?: { value: [number, string] }[] } };
  const seconds = Number(body.data?.result?.[0]?.value[1]);
  if (!Number.isFinite(seconds)) throw new Error(`Prometheus holds no scrape of ${selector}`);
  return seconds * 1000;
}
