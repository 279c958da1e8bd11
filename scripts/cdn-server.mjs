// A local static server for dist/cdn/ as a CDN serves it (gzip, CORS, long-lived names), and
// the page measurement the size bench and the package tests share: what a page with some of our
// tags downloads from that folder through the autoloader, in bytes and in round trips, in Chromium.
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';

const TYPES = { '.js': 'text/javascript', '.json': 'application/json', '.map': 'application/json', '.txt': 'text/plain', '.html': 'text/html' };

/**
 * Serves `dir` under `/cdn/` (gzip level 9, `Access-Control-Allow-Origin: *`) and `pages` by path
 * (HTML, or JavaScript when the path ends in `.js`)
 * (with `csp` as their Content-Security-Policy) and `files` (path → file on disk) the same way as
 * the folder, on 127.0.0.1 and an ephemeral port. `fault(path)`
 * may answer `'missing'` (404) or `'drop'` (the connection closes without an answer) for a file;
 * `fallback(req, res)` answers the rest (the simulator), else 404. Every file sent is logged.
 */
export async function serveCdn({ dir, files = {}, pages = {}, csp, fault, fallback } = {}) {
  const log = [];
  const gzipped = new Map();
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const headers = { 'cache-control': 'no-store' };
    // Chromium asks every origin for one; a 404 would be a console error in every test.
    if (path === '/favicon.ico') return void res.writeHead(204, headers).end();
    if (pages[path] !== undefined) {
      if (csp) headers['content-security-policy'] = typeof csp === 'function' ? csp(req) : csp;
      const type = path.endsWith('.js') ? 'text/javascript' : 'text/html';
      res.writeHead(200, { ...headers, 'content-type': `${type}; charset=utf-8` }).end(pages[path]);
      return;
    }
    if (files[path] !== undefined || (dir !== undefined && path.startsWith('/cdn/'))) {
      const action = fault?.(path);
      if (action === 'drop') {
        req.socket.destroy();
        return;
      }
      const file = files[path] ?? normalize(join(dir, path.slice('/cdn/'.length)));
      if (action === 'missing' || !(files[path] !== undefined || file.startsWith(dir)) || !existsSync(file)) {
        res.writeHead(404, { ...headers, 'content-type': 'text/plain', 'access-control-allow-origin': '*' }).end('Not found');
        return;
      }
      if (!gzipped.has(file)) gzipped.set(file, gzipSync(readFileSync(file), { level: 9 }));
      const body = gzipped.get(file);
      log.push({ path, bytes: body.length });
      const type = TYPES[path.slice(path.lastIndexOf('.'))] ?? 'application/octet-stream';
      res
        .writeHead(200, { ...headers, 'content-type': `${type}; charset=utf-8`, 'content-encoding': 'gzip', 'access-control-allow-origin': '*' })
        .end(body);
      return;
    }
    if (fallback) return void fallback(req, res);
    res.writeHead(404).end();
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${server.address().port}`,
    log,
    close: async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

/** Headless Chromium (`CHROMIUM_PATH`, else /usr/bin/chromium) with the flags the tests use. */
export function launchChromium() {
  const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(executablePath)) throw new Error(`No Chromium at ${executablePath} (set CHROMIUM_PATH).`);
  return chromium.launch({
    executablePath,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

/** A plain page with the autoloader at `src` and `body`. */
export function autoloaderPage(body, src = '/cdn/autoloader.js') {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>autoloader</title>
<script type="module" src="${src}"></script></head><body>${body}</body></html>`;
}

/**
 * Opens `url` in a new page of `browser`, waits until `tags` are defined and the network is idle,
 * and returns the requests to `/cdn/` with the waterfall's depth: a request is one round trip
 * deeper than the deepest response that had begun to arrive before it started (the page is
 * depth 0). Chromium's end-of-response times lag behind its start times, so those are not used.
 * Chromium adds 200 ms of latency to each request so that requests made together overlap even
 * when a loaded machine starts some of them late (at 40 ms, a busy main thread split one burst
 * of chunk requests into two "round trips").
 */
export async function loadPage(browser, url, tags) {
  const page = await browser.newPage();
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 200, downloadThroughput: -1, uploadThroughput: -1 });
  const finished = [];
  page.on('requestfinished', (request) => {
    const { startTime, responseStart } = request.timing();
    finished.push({ url: request.url(), start: startTime, end: startTime + responseStart });
  });
  await page.goto(url);
  await page.evaluate((names) => Promise.all(names.map((tag) => customElements.whenDefined(tag))), tags);
  await page.waitForLoadState('networkidle');
  await page.close();
  const document = finished.find((request) => request.url === url);
  const depth = new Map([[document, 0]]);
  const ordered = finished.filter((request) => request !== document).sort((a, b) => a.start - b.start);
  for (const request of ordered) {
    const before = [...depth].filter(([done]) => done.end <= request.start).map(([, d]) => d);
    depth.set(request, 1 + Math.max(0, ...before));
  }
  const cdn = ordered.filter((request) => new URL(request.url).pathname.startsWith('/cdn/'));
  return { files: cdn.map((request) => new URL(request.url).pathname), roundTrips: Math.max(0, ...cdn.map((request) => depth.get(request))) };
}
