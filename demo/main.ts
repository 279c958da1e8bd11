/**
 * The demo's home: the simulated fleet in `<pipeline-list>`, and a pipeline's `<pipeline-dashboard>`
 * at `#/pipelines/<id>`. The list's names are real links (`href-template`), so the back button,
 * new tabs and bookmarks work; the router only listens to the hash. `?pipelines=1000` reads a
 * simulated fleet of that size (vite.config.ts serves it under `/fleet/1000/`).
 */
import '../src/index.js';

const app = document.querySelector<HTMLElement>('#app')!;
const languagePicker = document.querySelector<HTMLSelectElement>('#language')!;

/** The elements' language: `?lang=de-DE`, else the last one picked, else English. */
let locale = new URLSearchParams(location.search).get('lang') ?? localStorage.getItem('pm-demo-locale') ?? 'en-US';

/** The demo's own few words; the elements' words come from their catalogue. */
const WORDS = {
  en: { pipelines: 'Pipelines', back: '← All pipelines', details: 'Pipeline details' },
  de: { pipelines: 'Pipelines', back: '← Alle Pipelines', details: 'Pipeline-Details' },
};
const words = () => WORDS[locale.startsWith('de') ? 'de' : 'en'];

/** Sets the language on every element of the page; each re-renders, German loading on first use. */
function applyLocale(next: string): void {
  locale = next;
  localStorage.setItem('pm-demo-locale', next);
  document.documentElement.lang = next;
  languagePicker.value = next;
  for (const el of app.querySelectorAll<HTMLElement & { locale: string | undefined }>('pipeline-list, pipeline-dashboard')) el.locale = next;
  const back = app.querySelector('.back');
  if (back) back.textContent = words().back;
  const heading = app.querySelector('h1');
  if (heading) heading.textContent = routedId() === undefined ? words().pipelines : words().details;
}
languagePicker.addEventListener('change', () => applyLocale(languagePicker.value));

/** The fleet size asked for in `?pipelines=`, if it is a whole number. */
const fleetSize = /^\d+$/.exec(new URLSearchParams(location.search).get('pipelines') ?? '')?.[0];
/** Where the elements read: the default four-pipeline simulator, or the fleet of the asked size. */
const endpoint = fleetSize === undefined ? '/api/v1' : `/fleet/${Number(fleetSize)}/api/v1`;

/** Links to the same page with other fleet sizes. */
function fleetChooser(): HTMLElement {
  const nav = Object.assign(document.createElement('nav'), { className: 'fleet' });
  nav.setAttribute('aria-label', 'Fleet size');
  nav.append('Simulated fleet: ');
  for (const size of [4, 1000, 10000]) {
    const link = Object.assign(document.createElement('a'), {
      href: size === 4 ? './' : `./?pipelines=${size}`,
      textContent: `${size.toLocaleString('en-US')} pipelines`,
    });
    if (Number(fleetSize ?? 4) === size) link.setAttribute('aria-current', 'page');
    nav.append(link, ' ');
  }
  return nav;
}

/** The pipeline id in `#/pipelines/<id>`, or undefined for the list. */
function routedId(): string | undefined {
  const match = /^#\/pipelines\/([^/?#]+)$/.exec(location.hash);
  return match?.[1] === undefined ? undefined : decodeURIComponent(match[1]);
}

function listView(): HTMLElement[] {
  const heading = Object.assign(document.createElement('h1'), { textContent: words().pipelines, tabIndex: -1 });
  const list = document.createElement('pipeline-list');
  list.locale = locale;
  list.hrefTemplate = '#/pipelines/{id}';
  list.endpoint = endpoint;
  const panel = Object.assign(document.createElement('div'), { className: 'panel' });
  panel.append(list);
  return [heading, fleetChooser(), panel];
}

function dashboardView(id: string): HTMLElement[] {
  const back = Object.assign(document.createElement('a'), { href: '#/', className: 'back', textContent: words().back });
  const heading = Object.assign(document.createElement('h1'), { textContent: words().details, tabIndex: -1, className: 'visually-hidden' });
  const dashboard = document.createElement('pipeline-dashboard');
  dashboard.locale = locale;
  dashboard.pipelineId = id;
  dashboard.endpoint = endpoint;
  // The range and time zone go into the address (?range=6h&tz=…), so a view can be shared as a link.
  dashboard.syncUrl = true;
  const panel = Object.assign(document.createElement('div'), { className: 'panel' });
  panel.append(dashboard);
  return [back, heading, panel];
}

/** Swaps the view in one task: the store outlives the swap, so going back shows the list at once. */
function route(moveFocus: boolean): void {
  const id = routedId();
  app.replaceChildren(...(id === undefined ? listView() : dashboardView(id)));
  document.title = `${id === undefined ? 'Pipelines' : 'Pipeline'} · pipeline-monitor demo`;
  if (moveFocus) app.querySelector('h1')?.focus();
}

addEventListener('hashchange', () => route(true));
route(false);
applyLocale(locale);
