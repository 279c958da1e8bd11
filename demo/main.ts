/**
 * The demo's home: the simulated fleet in `<pipeline-list>`, and a pipeline's `<pipeline-dashboard>`
 * at `#/pipelines/<id>`. The list's names are real links (`href-template`), so the back button,
 * new tabs and bookmarks work; the router only listens to the hash.
 */
import '../src/index.js';

const app = document.querySelector<HTMLElement>('#app')!;

/** The pipeline id in `#/pipelines/<id>`, or undefined for the list. */
function routedId(): string | undefined {
  const match = /^#\/pipelines\/([^/?#]+)$/.exec(location.hash);
  return match?.[1] === undefined ? undefined : decodeURIComponent(match[1]);
}

function listView(): HTMLElement[] {
  const heading = Object.assign(document.createElement('h1'), { textContent: 'Pipelines', tabIndex: -1 });
  const list = document.createElement('pipeline-list');
  list.hrefTemplate = '#/pipelines/{id}';
  const panel = Object.assign(document.createElement('div'), { className: 'panel' });
  panel.append(list);
  return [heading, panel];
}

function dashboardView(id: string): HTMLElement[] {
  const back = Object.assign(document.createElement('a'), { href: '#/', className: 'back', textContent: '← All pipelines' });
  const heading = Object.assign(document.createElement('h1'), { textContent: 'Pipeline details', tabIndex: -1, className: 'visually-hidden' });
  const dashboard = document.createElement('pipeline-dashboard');
  dashboard.pipelineId = id;
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
