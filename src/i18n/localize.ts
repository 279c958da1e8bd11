/**
 * The message runtime: which catalogue an element's `locale` reads, German (or any added language)
 * loaded on first use by a dynamic `import()`, and elements re-rendered when it arrives.
 *
 * Not @lit/localize: its `msg()` reads one locale per page (`configureLocalization` may be called
 * once, `setLocale` switches every element), while each of our elements has its own `locale`, so
 * two dashboards in two languages can share a page. See README, "Adding a language".
 */
import type { ReactiveControllerHost } from 'lit';
import type { Catalogue } from './en/index.js';

type Loader = () => Promise<{ default: Catalogue }>;

/** Languages beside English, by primary subtag; each is its own chunk, fetched only when used. */
const loaders: Record<string, Loader> = { de: () => import('./de.js') };
const loaded: Record<string, Catalogue> = {};
const pending: Record<string, Promise<unknown>> = {};

/** The primary language of `locale` ("de" for "de-AT"); unset means the browser's. */
function languageOf(locale: string | undefined): string {
  return (locale || navigator.language).split('-')[0]!.toLowerCase();
}

/**
 * Adds a language for every element whose `locale` starts with `language` ("fr" serves "fr-CA"):
 * `defineLanguage('fr', () => import('./fr.js'))`, the module's default export a {@link Catalogue}.
 */
export function defineLanguage(language: string, loader: Loader): void {
  loaders[language.toLowerCase()] = loader;
}

/**
 * Loads the catalogue `locale` needs, if any; resolves at once for English or a language already
 * loaded. Embedders may await it before showing elements, to skip the English first frame.
 */
export function loadLanguage(locale: string | undefined): Promise<unknown> {
  const language = languageOf(locale);
  const loader = loaders[language];
  if (!loader || loaded[language]) return Promise.resolve();
  // A language that cannot load (offline, refused by the CSP) leaves the element in English.
  return (pending[language] ??= loader().then(
    (module) => (loaded[language] = module.default),
    (error: unknown) => console.warn(error),
  ));
}

/**
 * The accessor of one part of the catalogue, bundled with the English strings of that part only,
 * so a page pays for the words of the elements it shows.
 */
export function messages<K extends keyof Catalogue>(part: K, english: Catalogue[K]): (locale: string | undefined) => Catalogue[K] {
  return (locale) => loaded[languageOf(locale)]?.[part] ?? english;
}

/** Re-renders `host` (an element with `locale`) once the catalogue its locale needs has loaded. */
export function localize(host: ReactiveControllerHost & { locale: string | undefined }): void {
  let asked = '';
  host.addController({
    hostUpdate: () => {
      const language = languageOf(host.locale);
      if (language === asked || loaded[language] || !loaders[language]) return;
      asked = language;
      void loadLanguage(host.locale).then(() => host.requestUpdate());
    },
  });
}
