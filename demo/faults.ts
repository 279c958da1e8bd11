/**
 * The fault panel: reads and replaces the simulator's faults (`/__sim/faults`, see sim/README.md)
 * while the dashboard beside it keeps polling, so every failure mode can be watched live.
 */
import type { Pipeline, PipelineDashboard } from '../src/index.js';
import '../src/index.js';

type Faults = Record<string, Record<string, unknown>>;

const dashboard = document.querySelector<PipelineDashboard>('#dashboard')!;
const pipelineSelect = document.querySelector<HTMLSelectElement>('#pipeline')!;
const form = document.querySelector<HTMLFormElement>('#fault-form')!;
const active = document.querySelector<HTMLUListElement>('#active')!;
const healthy = document.querySelector<HTMLElement>('#healthy')!;
const outcome = document.querySelector<HTMLElement>('#outcome')!;

async function readFaults(): Promise<Faults> {
  const response = await fetch('/__sim/faults');
  return (await response.json()) as Faults;
}

/** Replaces every fault with `faults` and shows what is now in force. */
async function writeFaults(faults: Faults, what: string): Promise<void> {
  const response = await fetch('/__sim/faults', { method: 'PUT', body: JSON.stringify(faults) });
  if (!response.ok) {
    outcome.textContent = `The simulator refused: ${await response.text()}`;
    return;
  }
  outcome.textContent = what;
  showFaults((await response.json()) as Faults);
}

function describe(fault: Record<string, unknown>): string {
  const parts = [fault['mode'] ?? 'no error', fault['latencyMs'] ? `${String(fault['latencyMs'])} ms late` : '', fault['times'] ? `${String(fault['times'])} left` : ''];
  return parts.filter(Boolean).join(', ');
}

function showFaults(faults: Faults): void {
  const entries = Object.entries(faults);
  healthy.hidden = entries.length > 0;
  active.replaceChildren(
    ...entries.map(([route, fault]) => {
      const item = document.createElement('li');
      const text = document.createElement('span');
      const name = Object.assign(document.createElement('code'), { textContent: route === '*' ? 'every route' : route });
      text.append(name, `: ${describe(fault)}`);
      const remove = Object.assign(document.createElement('button'), { type: 'button', textContent: 'Remove' });
      remove.setAttribute('aria-label', `Remove the fault on ${route === '*' ? 'every route' : route}`);
      remove.addEventListener('click', () => {
        const rest = Object.fromEntries(entries.filter(([name]) => name !== route));
        void writeFaults(rest, `Removed the fault on ${route === '*' ? 'every route' : route}.`);
      });
      item.append(text, remove);
      return item;
    }),
  );
}

/** Adds `added` to the faults in force (a route's new fault replaces its old one). */
async function inject(added: Faults): Promise<void> {
  const routes = Object.keys(added).map((route) => (route === '*' ? 'every route' : route));
  await writeFaults({ ...(await readFaults()), ...added }, `Injected on ${routes.join(', ')}.`);
}

document.querySelector('#presets')!.addEventListener('click', (event) => {
  const button = (event.target as Element).closest<HTMLButtonElement>('button[data-faults]');
  if (button) void inject(JSON.parse(button.dataset['faults']!) as Faults);
});

form.addEventListener('submit', (event) => {
  event.preventDefault();
  const data = new FormData(form);
  const fault: Record<string, unknown> = {};
  const mode = String(data.get('mode'));
  if (mode) fault['mode'] = mode;
  if (mode === 'error-503' || mode === 'rate-limit') fault['retryAfter'] = 5;
  const latency = Number(data.get('latencyMs'));
  if (latency > 0) fault['latencyMs'] = latency;
  const times = Number(data.get('times'));
  if (times >= 1) fault['times'] = times;
  void inject({ [String(data.get('route'))]: fault });
});

document.querySelector('#clear')!.addEventListener('click', async () => {
  await fetch('/__sim/faults', { method: 'DELETE' });
  outcome.textContent = 'Every fault cleared: the elements recover at their next poll.';
  showFaults({});
});

document.querySelector('#reset')!.addEventListener('click', async () => {
  await fetch('/__sim/reset', { method: 'POST' });
  outcome.textContent = 'Simulator reset: faults cleared and every start or stop undone.';
  showFaults({});
});

/** Fills the pipeline menu once from the dashboard's own store: the demo fetches no pipeline data itself. */
function choosePipeline(pipelines: readonly Pipeline[]): void {
  if (pipelines.length === 0 || pipelineSelect.options.length > 0) return;
  const wanted = new URLSearchParams(location.search).get('pipeline');
  const first = pipelines.find((p) => p.id === wanted) ?? pipelines.find((p) => p.status === 'running') ?? pipelines[0]!;
  pipelineSelect.replaceChildren(...pipelines.map((p) => new Option(p.name, p.id, p === first, p === first)));
  dashboard.pipelineId = first.id;
}

pipelineSelect.addEventListener('change', () => {
  dashboard.pipelineId = pipelineSelect.value;
});

await dashboard.updateComplete;
dashboard.store?.pipelines().subscribe(({ data }) => choosePipeline(data?.pipelines ?? []));
// A short poll so a fault shows within seconds.
dashboard.store?.setInterval(5000);
showFaults(await readFaults());
