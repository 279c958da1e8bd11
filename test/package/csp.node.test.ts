/**
 * The single-file bundle on a page with a strict Content-Security-Policy and Trusted Types, as
 * an admin portal serves it: every element registers and renders, the data layer fetches and
 * validates real responses, and the browser reports no violation. A second copy of the bundle
 * on the same page keeps the first definitions and says so once per tag.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { createSimulator } from '../../sim/server.js';
import { DIST, launchChromium, requireBuild, sourceElements, type ElementInfo } from './support.js';

const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "require-trusted-types-for 'script'",
  'trusted-types lit-html',
].join('; ');

/**
 * Fetches and validates (zod) the pipeline list, one pipeline's metrics and its history through
 * the bundle's RestSource, waits for every element's first render, then reports what it saw.
 */
const PAGE_SCRIPT = `
import { RestSource } from '/pipeline-monitor.js';
const source = new RestSource({ endpoint: '/api/v1' });
const { signal } = new AbortController();
const { pipelines } = await source.listPipelines({ signal });
const id = pipelines[0].id;
await source.getMetrics(id, { signal });
await source.getHistory(id, { range: '1h' }, { signal });
const elements = [...document.body.children].filter((el) => el.localName.includes('-'));
await Promise.all(elements.map((el) => el.updateComplete));
window.pageResult = {
  pipelines: pipelines.length,
  undefinedTags: elements.filter((el) => !customElements.get(el.localName)).map((el) => el.localName),
  unrendered: elements
    .filter((el) => !el.shadowRoot || el.shadowRoot.childElementCount === 0 || el.shadowRoot.adoptedStyleSheets.length === 0)
    .map((el) => el.localName),
  metricCardValue: document.querySelector('metric-card')?.shadowRoot?.querySelector('[part=value]')?.textContent?.trim(),
  metricCardDisplay: getComputedStyle(document.querySelector('metric-card').shadowRoot.querySelector('[part=base]')).display,
};
`;

/** Loads the bundle twice under two URLs, as two copies of the library on one portal page. */
const twiceScript = (tags: string[]): string => `
const first = await import('/pipeline-monitor.js');
const second = await import('/pipeline-monitor.js?second-copy').then((module) => module, (error) => String(error));
const card = document.querySelector('metric-card');
await card.updateComplete;
window.pageResult = {
  secondCopy: typeof second === 'string' ? second : second.MetricCard !== first.MetricCard ? 'loaded' : 'same module',
  keptFirst: customElements.get('metric-card') === first.MetricCard,
  value: card.shadowRoot.querySelector('[part=value]').textContent.trim(),
  registered: ${JSON.stringify(tags)}.filter((tag) => customElements.get(tag)).length,
};
`;

function page(body: string, script: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>CSP</title>
<script type="module" src="/${script}"></script></head><body>${body}</body></html>`;
}

/** Markup for every element, with the attributes the data-bound ones need to fetch. */
function elementsMarkup(elements: ElementInfo[], pipelineId: string): string {
  return elements
    .map(({ tag }) =>
      tag === 'metric-card'
        ? '<metric-card label="Errors" value="42" unit="count"></metric-card>'
        : `<${tag} endpoint="/api/v1" pipeline-id="${pipelineId}"></${tag}>`,
    )
    .join('\n');
}

/** What the twice page reports. */
interface TwiceResult {
  /** 'loaded', or the error that stopped the second copy. */
  secondCopy: string;
  keptFirst: boolean;
  value: string;
  /** How many of the source's tags the page has defined. */
  registered: number;
}

/** The page's `pageResult`. */
function pageResult<T>(page: Page): Promise<T> {
  return page.evaluate(() => (window as unknown as { pageResult: T }).pageResult);
}

interface Report {
  violations: string[];
  warnings: string[];
  errors: string[];
}

/** Opens `path` with violation, console and page error recording in place before any script runs. */
async function open(browser: Browser, url: string): Promise<{ page: Page; report: Report }> {
  const report: Report = { violations: [], warnings: [], errors: [] };
  const page = await browser.newPage();
  await page.exposeFunction('reportViolation', (text: string) => report.violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener(
      'securitypolicyviolation',
      (e) => {
        const target = e.composedPath()[0];
        const where = target instanceof Element ? ` on <${target.localName}> in <${(target.getRootNode() as ShadowRoot).host?.localName}>` : '';
        (window as unknown as { reportViolation(t: string): void }).reportViolation(`${e.violatedDirective} ${e.blockedURI} ${e.sample}${where}`.trim());
      },
      true,
    );
  });
  page.on('console', (message) => {
    if (message.type() === 'warning') report.warnings.push(message.text());
    if (message.type() === 'error') report.errors.push(message.text());
  });
  page.on('pageerror', (error) => report.errors.push(String(error)));
  await page.goto(url);
  try {
    await page.waitForFunction(() => 'pageResult' in window, undefined, { timeout: 15_000 });
  } catch (error) {
    throw new Error(`The page script did not finish: ${JSON.stringify(report)}`, { cause: error });
  }
  return { page, report };
}

describe('the bundle under a strict CSP with Trusted Types', { timeout: 60_000 }, () => {
  let browser: Browser;
  let server: Server;
  let origin = '';
  let elements: ElementInfo[] = [];

  before(async () => {
    requireBuild();
    elements = await sourceElements();
    const sim = createSimulator({ seed: 3 });
    const pipelineId = sim.model.pipelines[0]?.def.id ?? '';
    const routes: Record<string, { type: string; body: string | Buffer }> = {
      '/': { type: 'text/html', body: page(elementsMarkup(elements, pipelineId), 'page.js') },
      '/twice': { type: 'text/html', body: page('<metric-card label="Lag" value="42" unit="count"></metric-card>', 'twice.js') },
      '/page.js': { type: 'text/javascript', body: PAGE_SCRIPT },
      '/twice.js': { type: 'text/javascript', body: twiceScript(elements.map((e) => e.tag)) },
      '/pipeline-monitor.js': { type: 'text/javascript', body: readFileSync(join(DIST, 'pipeline-monitor.js')) },
      '/favicon.ico': { type: 'image/x-icon', body: '' },
    };
    server = createServer((req, res) => {
      const route = routes[new URL(req.url ?? '/', 'http://x').pathname];
      if (route !== undefined) {
        // Each copy of Lit creates the 'lit-html' policy: a second copy needs 'allow-duplicates'.
        const csp = req.url?.endsWith('?allow-duplicates') ? `${CSP} 'allow-duplicates'` : CSP;
        res.writeHead(200, { 'content-type': `${route.type}; charset=utf-8`, 'content-security-policy': csp });
        res.end(route.body);
        return;
      }
      void sim.handle(req, res).then((handled) => {
        if (!handled) res.writeHead(404).end();
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await launchChromium();
  });

  after(async () => {
    await browser?.close();
    server?.closeAllConnections();
    await new Promise((resolve) => server?.close(resolve));
  });

  it('registers and renders every element, fetches and validates data, and reports no violation', async () => {
    const { page, report } = await open(browser, `${origin}/`);
    // The elements fetch on their own too: let their answers arrive and render before judging.
    await page.waitForLoadState('networkidle');
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    const result = await pageResult<{
      pipelines: number;
      undefinedTags: string[];
      unrendered: string[];
      metricCardValue: string;
      metricCardDisplay: string;
    }>(page);
    assert.deepEqual(report.violations, []);
    assert.deepEqual(report.errors, []);
    assert.ok(result.pipelines > 0, 'the simulated pipelines were fetched and validated');
    assert.deepEqual(result.undefinedTags, [], 'every element in src/ is registered by the bundle (add it to src/index.ts)');
    assert.deepEqual(result.unrendered, [], 'every element rendered into its shadow root with adopted styles');
    assert.equal(result.metricCardValue, '42');
    assert.equal(result.metricCardDisplay, 'flex', "the card's adopted stylesheet applies");
    assert.deepEqual(report.warnings, [], 'production Lit prints no dev-mode warning');
  });

  it("keeps the first copy's definitions when a second copy loads, warning once per tag", async () => {
    const { page, report } = await open(browser, `${origin}/twice?allow-duplicates`);
    const { registered, ...result } = await pageResult<TwiceResult>(page);
    assert.deepEqual(result, { secondCopy: 'loaded', keptFirst: true, value: '42' });
    assert.deepEqual(report.violations, []);
    assert.deepEqual(report.errors, []);
    assert.equal(report.warnings.length, registered, `one warning per tag: ${report.warnings.join('\n')}`);
    assert.ok(report.warnings.some((w) => w.includes('<metric-card> is already defined by another copy')));
  });

  it("keeps the first copy working when Trusted Types refuse a second copy's Lit", async () => {
    const { page, report } = await open(browser, `${origin}/twice`);
    const { secondCopy, keptFirst, value } = await pageResult<TwiceResult>(page);
    assert.match(secondCopy, /lit-html/);
    assert.deepEqual({ keptFirst, value }, { keptFirst: true, value: '42' });
    assert.equal(report.violations.length, 1);
    assert.match(report.violations[0] ?? '', /^trusted-types trusted-types-policy lit-html/);
  });
});
