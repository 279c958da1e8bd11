// Screenshots a page in headless Debian Chromium: node scripts/screenshot.mjs <url> <out.png> [width] [dark]
import { chromium } from 'playwright-core';

const [url, out, width = '1280', scheme = 'light'] = process.argv.slice(2);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
const page = await browser.newPage({ viewport: { width: Number(width), height: 900 }, colorScheme: scheme === 'dark' ? 'dark' : 'light' });
page.on('console', (msg) => msg.type() === 'error' && console.error('console:', msg.text()));
await page.goto(url, { waitUntil: 'networkidle' });
await page.waitForTimeout(1500);
// Content below the fold with `content-visibility: auto` is drawn only near the viewport: make
// the viewport the whole page, so a full-page shot shows every row.
const height = await page.evaluate(() => document.documentElement.scrollHeight);
await page.setViewportSize({ width: Number(width), height });
await page.waitForTimeout(500);
await page.screenshot({ path: out, fullPage: true });
await browser.close();
