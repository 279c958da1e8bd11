// Fails when custom-elements.json differs from what the analyzer generates from src/ now.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

// The analyzer joins --outdir to the working directory, so the scratch dir must be relative.
mkdirSync('.tmp', { recursive: true });
const outdir = mkdtempSync(join('.tmp', 'cem-'));
try {
  execFileSync('npx', ['--no-install', 'custom-elements-manifest', 'analyze', '--outdir', outdir], { stdio: 'pipe' });
  const fresh = JSON.stringify(JSON.parse(readFileSync(join(outdir, 'custom-elements.json'), 'utf8')));
  let committed = '';
  try {
    committed = JSON.stringify(JSON.parse(readFileSync('custom-elements.json', 'utf8')));
  } catch {
    committed = '';
  }
  if (fresh !== committed) {
    console.error('custom-elements.json is stale: run `npm run analyze` and commit the result.');
    process.exit(1);
  }
  console.log('custom-elements.json is up to date.');
} finally {
  rmSync(outdir, { recursive: true, force: true });
}
