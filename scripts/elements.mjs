// The elements as the manifest analyzer sees them in src/ now (never a stale committed manifest):
// shared by the JSX typings generator, the size bench and the package tests.
import { cli } from '@custom-elements-manifest/analyzer/cli.js';

/** Runs the analyzer without writing custom-elements.json. */
export async function analyze(cwd = process.cwd()) {
  return cli({ argv: ['analyze', '--quiet'], cwd, noWrite: true });
}

/** Every custom element in `manifest`, sorted by tag (types in elements.d.mts). */
export function elementsOf(manifest) {
  return manifest.modules
    .flatMap((module) =>
      (module.declarations ?? [])
        .filter((declaration) => typeof declaration.tagName === 'string')
        .map((declaration) => ({
          tag: declaration.tagName,
          className: declaration.name,
          module: `./${module.path.replace(/^src\//, '').replace(/\.ts$/, '.js')}`,
          declaration,
        })),
    )
    .sort((a, b) => a.tag.localeCompare(b.tag));
}
