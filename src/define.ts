const warned = new Set<string>();

/**
 * Registers a custom element unless the tag is taken. A page can load two copies of this
 * library (two bundles, two versions); `customElements.define` would throw on the second and
 * break the whole module, so the first definition wins and the clash is reported once per tag.
 */
export function defineElement(tag: string, ctor: CustomElementConstructor): void {
  const existing = customElements.get(tag);
  if (existing === undefined) {
    customElements.define(tag, ctor);
    return;
  }
  if (existing === ctor || warned.has(tag)) return;
  warned.add(tag);
  console.warn(
    `pipeline-monitor: <${tag}> is already defined by another copy of the library; keeping it. Load the library once per page.`,
  );
}
