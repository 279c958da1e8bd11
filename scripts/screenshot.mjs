// Refreshes the screenshots under docs/: the demo (its dev server with the built-in simulator, on
// an ephemeral port) in headless Debian Chromium, at a phone's 390 px and a laptop's 1280 px, light
// and dark, and as printed.
//
//   node scripts/screenshot.mjs                 every shot below, into docs/
//   node scripts/screenshot.mjs <url> <out.png> [width] [light|dark|print]   one page
import { chromium } from 'playwright-core';
import { createServer } from 'vite';

/** Each shot: the demo route, width, colour scheme or print, and the file under docs/. */
const SHOTS = [
  { route: 'dashboard', width: 1280, mode: 'light', out: 'docs/dashboard-light.png' },
  { route: 'dashboard', width: 1280, mode: 'dark', out: 'docs/dashboard-dark.png' },
  { route: 'dashboard', width: 390, mode: 'light', out: 'docs/dashboard-phone.png' },
  { route: 'dashboard', width: 1280, mode: 'print', out: 'docs/dashboard-print.png' },
  { route: 'list', width: 1280, mode: 'light', out: 'docs/list-light.png' },
  { route: 'list', width: 390, mode: 'dark', out: 'docs/list-phone-dark.png' },
];

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});

/** Shoots `url` at `width` in `mode` into `out`, the whole page. */
async function shoot(url, out, width, mode) {
  const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme: mode === 'dark' ? 'dark' : 'light' });
  page.on('console', (msg) => msg.type() === 'error' && console.error('console:', msg.text()));
  await page.goto(url, { waitUntil: 'networkidle' });
  await page.waitForTimeout(1500);
  if (mode === 'print') {
    // The elements render every lazily drawn row when print media applies (print-rows.ts).
    await page.emulateMedia({ media: 'print' });
    await page.waitForTimeout(1000);
  }
  // Content below the fold with `content-visibility: auto` is drawn only near the viewport: make
  // the viewport the whole page, so a full-page shot shows every row.
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  await page.setViewportSize({ width, height: Math.min(height, 16_000) });
  await page.waitForTimeout(800);
  await page.screenshot({ path: out, fullPage: true });
  await page.close();
  console.log(`${out}  ${width} px ${mode}`);
}

const [url, out, width = '1280', mode = 'light'] = process.argv.slice(2);
try {
  if (url && out) {
    await shoot(url, out, Number(width), mode);
  } else {
    const server = await createServer({ configFile: 'vite.config.ts', logLevel: 'warn', server: { host: '127.0.0.1', port: 0, strictPort: false } });
    await server.listen();
    try {
      const origin = server.resolvedUrls.local[0].replace(/\/$/, '');
      // The demo fleet's pipeline with the most tables is the one worth showing.
      const { pipelines } = await (await fetch(`${origin}/api/v1/pipelines`)).json();
      const busiest = pipelines.toSorted((a, b) => (b.tables?.length ?? 0) - (a.tables?.length ?? 0))[0];
      for (const shot of SHOTS) {
        const path = shot.route === 'list' ? '/' : `/#/pipelines/${encodeURIComponent(busiest.id)}`;
        await shoot(`${origin}${path}`, shot.out, shot.width, shot.mode);
      }
    } finally {
      await server.close();
    }
  }
} finally {
  await browser.close();
}
