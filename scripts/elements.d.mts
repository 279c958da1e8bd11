/** Types of scripts/elements.mjs for the TypeScript callers (the package tests). */

/** The parts of a manifest this module reads. */
export interface Manifest {
  modules: { path: string; declarations?: { name: string; tagName?: string }[] }[];
}

/** One custom element of the manifest. */
export interface ElementInfo {
  /** The registered tag name (`@tag` in the class JSDoc). */
  tag: string;
  /** The class name. */
  className: string;
  /** The module declaring the class, relative to dist/, e.g. `./elements/metric-card/metric-card.class.js`. */
  module: string;
  /** The manifest's class declaration. */
  declaration: object;
}

/** Runs the analyzer over src/ without writing custom-elements.json. */
export function analyze(cwd?: string): Promise<Manifest>;

/** Every custom element in `manifest`, sorted by tag. */
export function elementsOf(manifest: Manifest): ElementInfo[];
