import type { Plugin } from 'vite';
/** `code` with each css`…` template compacted (comments and layout whitespace dropped). */
export function compactStyles(code: string): string;
/** A vite plugin applying {@link compactStyles} to the library's own TypeScript sources. */
export function compactStylesPlugin(): Plugin;
