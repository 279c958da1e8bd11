/**
 * What the bench runners share: command-line options, the median, a page bundle built like an
 * app ships it, and headless Debian Chromium.
 */
import { build } from 'esbuild';
import { chromium } from 'playwright-core';

/** The value after `--name` on the command line, or `fallback`. */
export function option(name, fallback) {
  const args = process.argv.slice(2);
  const i = args.indexOf(`--${name}`);
  return i === -1 ? fallback : args[i + 1];
}

/** Whether `--name` is on the command line. */
export const flag = (name) => process.argv.slice(2).includes(`--${name}`);

/** The median of `values`. */
export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** `entry` bundled and minified into one ES module, with Lit's production build as an app ships it. */
export async function bundle(entry) {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    format: 'esm',
    target: 'es2022',
    write: false,
    minify: true,
    tsconfig: 'tsconfig.json',
    conditions: ['production'],
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'warning',
  });
  return result.outputFiles[0].text;
}

/** Headless Chromium (CHROMIUM_PATH, else /usr/bin/chromium) started as the machine requires, plus `extraArgs`. */
export function launch(extraArgs = []) {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', ...extraArgs],
  });
}
