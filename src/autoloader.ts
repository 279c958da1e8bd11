/**
 * The autoloader behind `dist/cdn/autoloader.js`: it watches a page for our tags and imports, on
 * first sight of a tag, the chunks that register it. The build (vite.cdn.config.ts) knows each
 * tag's whole chunk list and hands it over, so every chunk a tag needs is requested at once: the
 * page pays one round trip for the autoloader and one for the chunks, never a waterfall of
 * imports discovered one module at a time. Nothing here creates HTML from strings, so the
 * autoloader runs under `require-trusted-types-for 'script'` without a policy of its own.
 */

/** For each tag, every file its registration needs (its entry and what that imports), relative to `base`. */
export type ChunkManifest = Readonly<Record<string, readonly string[]>>;

/** A root the autoloader can watch: the document, or a shadow root (ours are watched without asking). */
export type WatchedRoot = Document | ShadowRoot;

/** The `detail` of `pm-load-error`, fired on an element whose chunks failed to load. */
export interface LoadErrorDetail {
  /** The tag that could not be registered. */
  tag: string;
  /** Why, in words: the same text the element shows. */
  message: string;
}

/** The autoloader of one manifest. */
export interface Autoloader {
  /** Loads the tags in `root` now and whenever they are added later, including inside our elements' shadow roots. */
  observe(root: WatchedRoot): void;
}

/** Marks the text the autoloader writes into an element that could not load. */
const ERROR_ATTRIBUTE = 'data-pm-load-error';

/**
 * An autoloader for the tags of `chunks`, whose files resolve against `base` (the autoloader's
 * own `import.meta.url`, so the folder can live on another origin). Tags already defined, by
 * another copy of the library for instance, are left as they are.
 */
export function createAutoloader(chunks: ChunkManifest, base: string): Autoloader {
  const selector = Object.keys(chunks).join(',');
  const started = new Set<string>();
  const failures = new Map<string, string>();
  const watched = new WeakSet<Node>();
  const roots = new Set<WatchedRoot>();
  // Chromium rejects a refused import() with the same message as a 404: the violation says which.
  const refused = new Set<string>();
  document.addEventListener('securitypolicyviolation', (event) => refused.add(event.blockedURI), true);
  const observer = new MutationObserver((records) => {
    for (const record of records) for (const node of record.addedNodes) if (node instanceof Element) scan(node);
  });

  /** Loads, marks or looks inside every tag of ours in `node` and its subtree. */
  function scan(node: Element | WatchedRoot): void {
    const found = [...node.querySelectorAll(selector)];
    if (node instanceof Element && node.matches(selector)) found.unshift(node);
    for (const element of found) {
      const tag = element.localName;
      const failure = failures.get(tag);
      if (customElements.get(tag) !== undefined) {
        // Our elements render our other tags in their shadow roots (the dashboard does).
        if (element.shadowRoot !== null) watch(element.shadowRoot);
      } else if (failure !== undefined) showFailure(element, tag, failure);
      else load(tag);
    }
  }

  /** Observes `root` once and scans it, again on every call: a load that settled may have changed it. */
  function watch(root: WatchedRoot): void {
    if (!watched.has(root)) {
      watched.add(root);
      observer.observe(root, { childList: true, subtree: true });
    }
    scan(root);
  }

  function load(tag: string): void {
    if (started.has(tag)) return;
    started.add(tag);
    const urls = (chunks[tag] ?? []).map((file) => new URL(file, base).href);
    Promise.all(urls.map((url) => import(/* @vite-ignore */ url)))
      .then(() => customElements.whenDefined(tag))
      .catch(async (error: unknown) => {
        const message = `<${tag}> could not load: ${await reasonOf(urls, error)}`;
        failures.set(tag, message);
        console.error(`pipeline-monitor: ${message}`, error);
      })
      .finally(() => {
        for (const root of roots) watch(root);
      });
  }

  async function reasonOf(urls: string[], error: unknown): Promise<string> {
    // The violation event is a task queued beside the rejection; let it arrive first.
    await new Promise((resolve) => setTimeout(resolve));
    const blocked = urls.find((url) => refused.has(url) || refused.has(new URL(url).origin));
    if (blocked !== undefined) return `the page's Content-Security-Policy refused ${blocked}`;
    if (!navigator.onLine) return 'the browser is offline';
    for (const url of urls) {
      const [entry] = performance.getEntriesByName(url) as PerformanceResourceTiming[];
      if (entry !== undefined && entry.responseStatus >= 400) return `HTTP ${entry.responseStatus} for ${url}`;
    }
    return error instanceof Error ? error.message : String(error);
  }

  return {
    observe(root) {
      roots.add(root);
      watch(root);
    },
  };
}

/** Writes `message` into the undefined `element` as text, once, and tells listeners with `pm-load-error`. */
function showFailure(element: Element, tag: string, message: string): void {
  if (element.querySelector(`:scope > [${ERROR_ATTRIBUTE}]`) !== null) return;
  const text = document.createElement('span');
  text.setAttribute(ERROR_ATTRIBUTE, '');
  text.setAttribute('role', 'alert');
  text.textContent = `pipeline-monitor: ${message}`;
  element.prepend(text);
  const detail: LoadErrorDetail = { tag, message };
  element.dispatchEvent(new CustomEvent('pm-load-error', { detail, bubbles: true, composed: true }));
}
