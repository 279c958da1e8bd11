/**
 * What the package tests share: where the build is, the elements the analyzer finds in src/,
 * and a headless Chromium. They test what `npm run build` produced, so they run after it
 * (`npm run test:package` does both).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyze, elementsOf } from '../../scripts/elements.mjs';

/** The repository root. */
export const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** The build output. */
export const DIST = join(ROOT, 'dist');

/** Fails with the fix when there is nothing built to test. */
export function requireBuild(): void {
  for (const file of ['pipeline-monitor.js', 'cdn/autoloader.js', 'cdn/chunks.json', 'index.js', 'index.d.ts', 'jsx.d.ts']) {
    if (!existsSync(join(DIST, file))) throw new Error(`dist/${file} is missing: run \`npm run build\` first.`);
  }
}

/** One element as the manifest analyzer sees it in src/. */
export interface ElementInfo {
  /** The tag it registers under. */
  tag: string;
  /** Its class name. */
  className: string;
}

/** Every element declared in src/ (by its `@tag`), sorted by tag. */
export async function sourceElements(): Promise<ElementInfo[]> {
  return elementsOf(await analyze(ROOT)).map(({ tag, className }) => ({ tag, className }));
}

/** Headless Chromium with the flags the browser tests use (shared with the size bench). */
export { launchChromium } from '../../scripts/cdn-server.mjs';
