/**
 * dist/cdn/ as a plain HTML page uses it, in Chromium: the autoloader registers the tags a page
 * has (now, later, and inside shadow roots), downloads only their chunks in two round trips,
 * works under a strict CSP with Trusted Types from the page's origin and from another one, says
 * in the element why a tag could not load while the others do, and shares a page with the
 * single file.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { autoloaderPage, launchChromium, loadPage, serveCdn, type CdnServer, type Fault } from '../../scripts/cdn-server.mjs';
import { createSimulator } from '../../sim/server.js';
import { DIST, requireBuild } from './support.js';

const CDN = join(DIST, 'cdn');
const CSP = ["default-src 'self'", "script-src 'self'", "style-src 'self'", "require-trusted-types-for 'script'", 'trusted-types lit-html'];

/** Each tag's files, as the build wrote them beside the autoloader. */
function chunkLists(): Record<string, string[]> {
  return JSON.parse(readFileSync(join(CDN, 'chunks.json'), 'utf8')) as Record<string, string[]>;
}

/** The source files (from the source maps) inside the `/cdn/` files at `paths`. */
function sourcesOf(paths: string[]): string[] {
  return paths.flatMap((path) => (JSON.parse(readFileSync(join(CDN, `${path.replace(/^\/cdn\//, '')}.map`), 'utf8')) as { sources: string[] }).sources);
}

interface Report {
  violations: string[];
  warnings: string[];
  errors: string[];
  loadErrors: { tag: string; message: string }[];
}

/** Opens `url` with CSP violations, console messages, page errors and `pm-load-error` events recorded. */
async function open(browser: Browser, url: string): Promise<{ page: Page; report: Report }> {
  const report: Report = { violations: [], warnings: [], errors: [], loadErrors: [] };
  const page = await browser.newPage();
  await page.exposeFunction('reportViolation', (text: string) => report.violations.push(text));
  await page.exposeFunction('reportLoadError', (detail: { tag: string; message: string }) => report.loadErrors.push(detail));
  await page.addInitScript(() => {
    const host = window as unknown as { reportViolation(t: string): void; reportLoadError(d: unknown): void };
    document.addEventListener('securitypolicyviolation', (e) => host.reportViolation(`${e.violatedDirective} ${e.blockedURI}`), true);
    document.addEventListener('pm-load-error', (e) => host.reportLoadError((e as CustomEvent).detail), true);
  });
  page.on('console', (message) => {
    if (message.type() === 'warning') report.warnings.push(message.text());
    if (message.type() === 'error') report.errors.push(message.text());
  });
  page.on('pageerror', (error) => report.errors.push(String(error)));
  await page.goto(url);
  return { page, report };
}

/** Waits for `tags` to be defined, the network to settle and every element of theirs to render. */
async function settle(page: Page, tags: string[]): Promise<void> {
  await page.evaluate((names) => Promise.all(names.map((tag) => customElements.whenDefined(tag))), tags);
  await page.waitForLoadState('networkidle');
  await page.evaluate(async (names) => {
    const elements = names.flatMap((tag) => [...document.querySelectorAll(tag)]) as unknown as { updateComplete: Promise<unknown> }[];
    await Promise.all(elements.map((el) => el.updateComplete));
  }, tags);
}

/** For each tag: defined, and how many of its elements on the page have rendered into a shadow root. */
function rendered(page: Page, tags: string[]): Promise<Record<string, string>> {
  return page.evaluate(
    (names) =>
      Object.fromEntries(
        names.map((tag) => {
          const elements = [...document.querySelectorAll(tag)];
          const shown = elements.filter((el) => (el.shadowRoot?.childElementCount ?? 0) > 0).length;
          return [tag, `${customElements.get(tag) ? 'defined' : 'undefined'}, ${shown}/${elements.length} rendered`];
        }),
      ),
    tags,
  );
}

describe('the autoloader and dist/cdn/ in Chromium', { timeout: 120_000 }, () => {
  let browser: Browser;
  let pages: CdnServer;
  let cdn: CdnServer;
  let pipelineId = '';
  /** The files only <metric-chart> and the dashboard need: the first three tags below share none. */
  let chartOnly: string[] = [];
  const faults = new Map<string, Fault>();
  /** The `x-embedder-token` header of each API request. */
  const apiTokens: string[] = [];
  const three = () =>
    `<metric-card label="Errors" value="42" unit="count"></metric-card>
     <pipeline-status endpoint="/api/v1" pipeline-id="${pipelineId}"></pipeline-status>
     <metric-chart endpoint="/api/v1" pipeline-id="${pipelineId}" series="lag_seconds"></metric-chart>`;

  before(async () => {
    requireBuild();
    const lists = chunkLists();
    const shared = new Set([...(lists['metric-card'] ?? []), ...(lists['pipeline-status'] ?? [])]);
    chartOnly = (lists['metric-chart'] ?? []).filter((file) => !shared.has(file));
    const sim = createSimulator({ seed: 3 });
    pipelineId = sim.model.pipelines[0]?.def.id ?? '';
    const fallback = (req: Parameters<typeof sim.handle>[0], res: Parameters<typeof sim.handle>[1]) => {
      if (req.url?.startsWith('/api/')) apiTokens.push(String(req.headers['x-embedder-token']));
      return sim.handle(req, res).then((handled) => {
        if (!handled) res.writeHead(404).end();
      });
    };
    // The CDN on another origin: its pages (for the CSP-refusal case) allow only some of its files.
    cdn = await serveCdn({ dir: CDN, fault: (path) => faults.get(path.replace(/^\/cdn\//, '')) });
    const others = (lists['metric-card'] ?? []).concat(lists['pipeline-status'] ?? []).map((file) => `${cdn.origin}/cdn/${file}`);
    const remote = (src: string) => autoloaderPage(three(), `${cdn.origin}/cdn/autoloader.js`) + src;
    pages = await serveCdn({
      dir: CDN,
      fault: (path) => faults.get(path.replace(/^\/cdn\//, '')),
      fallback,
      csp: (req) => {
        const path = new URL(req.url ?? '/', 'http://x').pathname;
        if (path === '/remote') return [...CSP.map((d) => (d === "script-src 'self'" ? `${d} ${cdn.origin}` : d))].join('; ');
        if (path === '/remote-partial') return CSP.map((d) => (d === "script-src 'self'" ? `${d} ${cdn.origin}/cdn/autoloader.js ${others.join(' ')}` : d)).join('; ');
        if (path === '/twice' || path === '/single-first') return `${CSP.join('; ')} 'allow-duplicates'`;
        return CSP.join('; ');
      },
      pages: {
        get '/three'() {
          return autoloaderPage(three());
        },
        '/card': autoloaderPage('<metric-card label="Lag" value="3" unit="seconds"></metric-card>'),
        get '/dashboard'() {
          return autoloaderPage(`<pipeline-dashboard endpoint="/api/v1" pipeline-id="${pipelineId}"></pipeline-dashboard>`);
        },
        '/empty': autoloaderPage('<main></main>'),
        get '/remote'() {
          return remote('');
        },
        get '/remote-partial'() {
          return remote('');
        },
        '/twice': autoloaderPage('<metric-card label="Lag" value="42" unit="count"></metric-card><pipeline-status></pipeline-status>'),
        '/app.js': `import { configureEndpoint } from '/cdn/configure-endpoint.js';
configureEndpoint('/api/v1', { headers: { 'x-embedder-token': 'secret-42' } });`,
        get '/configured'() {
          return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>configured</title>
<script type="module" src="/app.js"></script><script type="module" src="/cdn/autoloader.js"></script></head>
<body><pipeline-status endpoint="/api/v1" pipeline-id="${pipelineId}"></pipeline-status></body></html>`;
        },
        '/single-first': `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>twice</title>
<script type="module" src="/pipeline-monitor.js"></script><script type="module" src="/cdn/autoloader.js"></script></head>
<body><metric-card label="Lag" value="42" unit="count"></metric-card></body></html>`,
      },
      files: { '/pipeline-monitor.js': join(DIST, 'pipeline-monitor.js') },
    });
    browser = await launchChromium();
  });

  after(async () => {
    await browser?.close();
    await pages?.close();
    await cdn?.close();
  });

  it('registers and renders the tags of a page under a strict CSP with Trusted Types, with no violation', async () => {
    const { page, report } = await open(browser, `${pages.origin}/three`);
    const tags = ['metric-card', 'pipeline-status', 'metric-chart'];
    await settle(page, tags);
    assert.deepEqual(await rendered(page, tags), {
      'metric-card': 'defined, 1/1 rendered',
      'pipeline-status': 'defined, 1/1 rendered',
      'metric-chart': 'defined, 1/1 rendered',
    });
    assert.equal(await page.evaluate(() => document.querySelector('metric-card')?.shadowRoot?.querySelector('[part=value]')?.textContent?.trim()), '42');
    assert.deepEqual({ violations: report.violations, errors: report.errors, warnings: report.warnings }, { violations: [], errors: [], warnings: [] });
    await page.close();
  });

  it('works from another origin, its chunks resolved against the autoloader’s URL', async () => {
    cdn.log.length = 0;
    const { page, report } = await open(browser, `${pages.origin}/remote`);
    const tags = ['metric-card', 'pipeline-status', 'metric-chart'];
    await settle(page, tags);
    assert.deepEqual(Object.values(await rendered(page, tags)), Array(3).fill('defined, 1/1 rendered'));
    assert.ok(cdn.log.length > 1, 'the chunks came from the other origin');
    assert.deepEqual({ violations: report.violations, errors: report.errors }, { violations: [], errors: [] });
    await page.close();
  });

  it('lets a page script configure the endpoint through configure-endpoint.js before the elements connect', async () => {
    apiTokens.length = 0;
    const { page, report } = await open(browser, `${pages.origin}/configured`);
    await settle(page, ['pipeline-status']);
    assert.ok(apiTokens.length > 0, 'the status fetched its pipeline');
    assert.deepEqual([...new Set(apiTokens)], ['secret-42'], 'every request carried the configured header');
    assert.deepEqual({ violations: report.violations, errors: report.errors }, { violations: [], errors: [] });
    await page.close();
  });

  it('downloads neither Chart.js nor the store for a page with only <metric-card>', async () => {
    const { files } = await loadPage(browser, `${pages.origin}/card`, ['metric-card']);
    const sources = sourcesOf(files.filter((file) => file !== '/cdn/autoloader.js'));
    assert.ok(sources.some((source) => source.includes('src/elements/metric-card/')), 'the card’s own code is there');
    assert.deepEqual(sources.filter((source) => /node_modules\/chart\.js\/|src\/store\/|node_modules\/zod\//.test(source)), []);
  });

  it('loads the dashboard and every tag it renders in two round trips', async () => {
    const { files, roundTrips } = await loadPage(browser, `${pages.origin}/dashboard`, ['pipeline-dashboard']);
    assert.equal(roundTrips, 2, `autoloader, then every chunk at once: ${files.join(' ')}`);
    assert.equal(new Set(files).size, files.length, 'no file twice');
    const { page: dashboard } = await open(browser, `${pages.origin}/dashboard`);
    await settle(dashboard, ['pipeline-dashboard']);
    const inner = await dashboard.evaluate(() => {
      const root = document.querySelector('pipeline-dashboard')?.shadowRoot;
      const tags = [...(root?.querySelectorAll('*') ?? [])].map((el) => el.localName).filter((tag) => tag.includes('-'));
      return [...new Set(tags)].filter((tag) => customElements.get(tag) === undefined);
    });
    assert.deepEqual(inner, [], 'every tag inside the dashboard is defined');
    await dashboard.close();
  });

  it('loads tags added later and tags in a shadow root it is told about, and not in one it is not', async () => {
    const { page, report } = await open(browser, `${pages.origin}/empty`);
    await page.waitForLoadState('networkidle');
    const result = await page.evaluate(async () => {
      const { observe } = (await import('/cdn/autoloader.js' as string)) as { observe(root: ShadowRoot): void };
      const told = document.createElement('div').attachShadow({ mode: 'open' });
      const untold = document.createElement('section').attachShadow({ mode: 'open' });
      document.body.append(told.host, untold.host);
      told.append(document.createElement('pipeline-status'));
      untold.append(document.createElement('error-log'));
      observe(told);
      await customElements.whenDefined('pipeline-status');
      // Later additions: to the document, and to the shadow root it was told about.
      document.querySelector('main')?.append(document.createElement('metric-card'));
      told.append(document.createElement('time-range-selector'));
      await Promise.all([customElements.whenDefined('metric-card'), customElements.whenDefined('time-range-selector')]);
      return { told: told.firstElementChild?.shadowRoot !== null, untold: customElements.get('error-log') === undefined };
    });
    assert.deepEqual(result, { told: true, untold: true });
    assert.deepEqual(report.errors, []);
    await page.close();
  });

  for (const [fault, expected] of [
    ['missing', /^<metric-chart> could not load: HTTP 404 for http:\/\/127\.0\.0\.1:\d+\/cdn\/\S+\.js$/],
    ['drop', /^<metric-chart> could not load: Failed to fetch dynamically imported module: http:\/\/127\.0\.0\.1:\d+\/cdn\/\S+\.js$/],
  ] as const) {
    it(`shows in <metric-chart>, as text, why it could not load (${fault === 'missing' ? '404' : 'connection lost'}), while the other tags load`, async () => {
      for (const file of chartOnly) faults.set(file, fault);
      try {
        const { page, report } = await open(browser, `${pages.origin}/three`);
        await settle(page, ['metric-card', 'pipeline-status']);
        await page.waitForFunction(() => document.querySelector('metric-chart [data-pm-load-error]') !== null);
        const shown = await page.evaluate(() => document.querySelector('metric-chart')?.textContent?.trim());
        assert.match(shown ?? '', /^pipeline-monitor: <metric-chart> could not load: /);
        assert.equal(report.loadErrors.length, 1);
        assert.match(report.loadErrors[0]?.message ?? '', expected);
        assert.deepEqual(await rendered(page, ['metric-card', 'pipeline-status', 'metric-chart']), {
          'metric-card': 'defined, 1/1 rendered',
          'pipeline-status': 'defined, 1/1 rendered',
          'metric-chart': 'undefined, 0/1 rendered',
        });
        // A <metric-chart> added later says the same at once.
        const later = await page.evaluate(async () => {
          const chart = document.body.appendChild(document.createElement('metric-chart'));
          await new Promise((resolve) => setTimeout(resolve));
          return chart.textContent;
        });
        assert.equal(later, shown);
        await page.close();
      } finally {
        faults.clear();
      }
    });
  }

  it('says the browser is offline when a tag first appears offline, while the loaded tags keep working', async () => {
    const { page, report } = await open(browser, `${pages.origin}/three`);
    await settle(page, ['metric-card', 'pipeline-status', 'metric-chart']);
    await page.context().setOffline(true);
    try {
      await page.evaluate(() => document.body.append(document.createElement('error-log'), document.createElement('metric-card')));
      await page.waitForFunction(() => document.querySelector('error-log [data-pm-load-error]') !== null);
      assert.equal(await page.evaluate(() => document.querySelector('error-log')?.textContent), 'pipeline-monitor: <error-log> could not load: the browser is offline');
      assert.deepEqual(report.loadErrors.map((e) => e.tag), ['error-log']);
      assert.equal(await page.evaluate(() => document.querySelectorAll('metric-card:defined').length), 2, 'a loaded tag needs no network');
    } finally {
      await page.context().setOffline(false);
      await page.close();
    }
  });

  it("says when the page's Content-Security-Policy refused a chunk, while the other tags load", async () => {
    const { page, report } = await open(browser, `${pages.origin}/remote-partial`);
    await settle(page, ['metric-card', 'pipeline-status']);
    await page.waitForFunction(() => document.querySelector('metric-chart [data-pm-load-error]') !== null);
    assert.match(
      (await page.evaluate(() => document.querySelector('metric-chart')?.textContent)) ?? '',
      /^pipeline-monitor: <metric-chart> could not load: the page's Content-Security-Policy refused http:\/\/127\.0\.0\.1:\d+\/cdn\/\S+\.js$/,
    );
    assert.ok(report.violations.length > 0 && report.violations.every((v) => v.startsWith('script-src')), report.violations.join('\n'));
    assert.deepEqual(Object.values(await rendered(page, ['metric-card', 'pipeline-status'])), Array(2).fill('defined, 1/1 rendered'));
    await page.close();
  });

  it('keeps working when the single file loads after it, warning once per tag it had defined', async () => {
    const { page, report } = await open(browser, `${pages.origin}/twice`);
    await settle(page, ['metric-card', 'pipeline-status']);
    const result = await page.evaluate(async () => {
      const single = (await import('/pipeline-monitor.js' as string)) as { MetricCard: CustomElementConstructor };
      const card = document.querySelector('metric-card') as HTMLElement & { value: number; updateComplete: Promise<unknown> };
      card.value = 7;
      await card.updateComplete;
      return {
        keptAutoloaded: customElements.get('metric-card') !== single.MetricCard,
        value: card.shadowRoot?.querySelector('[part=value]')?.textContent?.trim(),
        singleDefinedTheRest: customElements.get('error-log') !== undefined,
      };
    });
    assert.deepEqual(result, { keptAutoloaded: true, value: '7', singleDefinedTheRest: true });
    assert.deepEqual(report.warnings.map((w) => /<([a-z-]+)> is already defined/.exec(w)?.[1]).sort(), ['metric-card', 'pipeline-status']);
    assert.deepEqual({ violations: report.violations, errors: report.errors }, { violations: [], errors: [] });
    await page.close();
  });

  it('loads nothing for tags the single file already defined', async () => {
    pages.log.length = 0;
    const { page, report } = await open(browser, `${pages.origin}/single-first`);
    await settle(page, ['metric-card']);
    assert.deepEqual(pages.log.map((file) => file.path), ['/pipeline-monitor.js', '/cdn/autoloader.js']);
    assert.deepEqual({ warnings: report.warnings, violations: report.violations }, { warnings: [], violations: [] });
    await page.close();
  });
});
