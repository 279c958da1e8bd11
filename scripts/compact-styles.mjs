// The elements' `css` templates without comments and layout whitespace. Used on every shipped
// build: the single file and the CDN chunks (vite plugins in vite.lib.config.ts and
// vite.cdn.config.ts) and the modules for bundlers (`npm run build` runs this file over dist/
// after tsc), so an app's bundle gets the same style sheets the size budget measures.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * `code` with each css`…` template compacted: comments, line breaks with their indentation, and the
 * spaces around braces, semicolons, commas and after colons dropped, and the last semicolon of a
 * block. None of them means anything in these style sheets (they hold no strings with such text).
 */
export function compactStyles(code) {
  return code.replace(/css\s*`[^`]*`/g, (styles) =>
    styles
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/\s*\n\s*/g, '\n')
      .replace(/\s*([{};,])\s*/g, '$1')
      .replace(/:\s+/g, ':')
      .replace(/;}/g, '}'),
  );
}

/** A vite plugin applying {@link compactStyles} to the library's own TypeScript sources. */
export function compactStylesPlugin() {
  return {
    name: 'pipeline-monitor-compact-styles',
    transform(code, id) {
      if (!id.includes('/src/') || !id.endsWith('.ts') || !code.includes('css`')) return null;
      const compact = compactStyles(code);
      return compact === code ? null : { code: compact, map: null };
    },
  };
}

/** Compacts the style sheets of every `.js` module under `dir` in place. */
function compactDir(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) compactDir(path);
    else if (name.endsWith('.js')) {
      const code = readFileSync(path, 'utf8');
      if (/css\s*`/.test(code)) writeFileSync(path, compactStyles(code));
    }
  }
}

if (import.meta.url === `file://${process.argv[1]}`) compactDir(process.argv[2] ?? 'dist');
