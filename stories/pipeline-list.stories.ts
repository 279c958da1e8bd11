import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { SimModel } from '../sim/model.js';
import '../src/elements/pipeline-list/pipeline-list.js';
import { parseListSort } from '../src/elements/pipeline-list/list-sort.js';
import type { StatusFilter } from '../src/elements/pipeline-list/pipeline-list.js';
import { RestSource } from '../src/sources/rest-source.js';
import { MetricsStore } from '../src/store/metrics-store.js';
import { darkBackdrop } from './support/dark.js';
import { simFetch } from './support/sim-fetch.js';
import { storyStore, type StoryMode } from './support/story-store.js';

interface Args {
  mode: StoryMode | 'fleet' | 'untrusted';
  /** Pipelines of the simulated fleet in the `fleet` mode. */
  pipelines: number;
  statusFilter: StatusFilter;
  search: string;
  sort: string;
  hrefTemplate: string;
  readonly: boolean;
  theme: 'auto' | 'light' | 'dark';
  width: string;
}

/** A live simulated fleet of `size` pipelines, answered in the browser. */
function fleetStore(size: number): MetricsStore {
  const source = new RestSource({ endpoint: '/api/v1', fetch: simFetch(new SimModel(1, Date.now(), size)) });
  return new MetricsStore(source, { intervalMs: 5000, keepPollingWhenHidden: true });
}

/**
 * The simulated fleet as a careless or hostile server might list it: a count that disagrees with
 * the array, one pipeline twice, a name of 10,000 characters, markup, a direction override and a
 * zero-width space in names.
 */
function untrustedStore(): MetricsStore {
  const live = simFetch(new SimModel(1, Date.now(), 8));
  const fetch: typeof globalThis.fetch = async (input, init) => {
    const response = await live(input, init);
    if (!new URL(String(input instanceof Request ? input.url : input), location.href).pathname.endsWith('/pipelines')) return response;
    const body = (await response.json()) as { pipelines: { id: string; name: string }[]; total_count: number };
    const [a, b, c, d] = body.pipelines;
    Object.assign(a!, { name: `${'very-long-name-'.repeat(666)}end` });
    Object.assign(b!, { name: '<img src=x onerror="alert(1)">inventory' });
    Object.assign(c!, { name: 'billing\u202Egnp.exe' });
    Object.assign(d!, { name: 'orders\u200B-cdc' });
    const pipelines = [...body.pipelines, { ...body.pipelines[5]! }];
    return new Response(JSON.stringify({ pipelines, total_count: 1200 }), { status: 200, headers: { 'Content-Type': 'application/json' } });
  };
  return new MetricsStore(new RestSource({ endpoint: '/api/v1', fetch }), { intervalMs: 5000, keepPollingWhenHidden: true });
}

const storeFor = (args: Args): MetricsStore =>
  args.mode === 'fleet' ? fleetStore(args.pipelines) : args.mode === 'untrusted' ? untrustedStore() : storyStore(args.mode);

const meta: Meta<Args> = {
  title: 'Elements/pipeline-list',
  component: 'pipeline-list',
  args: {
    mode: 'data',
    pipelines: 1000,
    statusFilter: 'all',
    search: '',
    sort: '',
    hrefTemplate: '',
    readonly: false,
    theme: 'auto',
    width: '80rem',
  },
  argTypes: {
    mode: { control: 'select', options: ['data', 'loading', 'empty', 'error', 'stale', 'fleet', 'untrusted'] },
    pipelines: { control: { type: 'number', min: 0, max: 100_000, step: 1000 } },
    statusFilter: { control: 'select', options: ['all', 'running', 'starting', 'stopping', 'stopped', 'error', 'unknown'] },
    sort: { control: 'text', description: 'Levels such as "events desc, name"' },
  },
  render: (args) => html`<div style="max-width:${args.width}">
    <story-store .store=${storeFor(args)}>
      <pipeline-list
        status-filter=${args.statusFilter}
        search=${args.search}
        .sort=${parseListSort(args.sort)}
        href-template=${args.hrefTemplate}
        theme=${args.theme}
        ?readonly=${args.readonly}
      ></pipeline-list>
    </story-store>
  </div>`,
};
export default meta;

type Story = StoryObj<Args>;

/** The simulated fleet: two running with live metrics, one failed with its message, one stopped. */
export const Data: Story = {};

/** Names as links to a detail page, as a router would want them. */
export const Links: Story = { args: { hrefTemplate: '#/pipelines/{id}' } };

/** Filtered to running pipelines. */
export const FilteredRunning: Story = { args: { statusFilter: 'running' } };

/** A search nothing matches, with the way back to every pipeline. */
export const NoMatch: Story = { args: { search: 'payments' } };

/** Sorted by events/s: the rows whose metrics had loaded first, the note saying so, and "Sort again". */
export const SortedByEvents: Story = { args: { sort: 'events desc' } };

/**
 * A fleet of 1,000 simulated pipelines (set `pipelines` to 10,000 to try more): only the rows in
 * view are drawn and polled; scroll, sort, filter and search.
 */
export const LargeFleet: Story = { args: { mode: 'fleet', pipelines: 1000 } };

/** An answer that cannot be trusted: count and array disagree, an id twice, hostile and huge names. */
export const Untrusted: Story = { args: { mode: 'untrusted' } };

/** For viewers: no Start or Stop. */
export const Readonly: Story = { args: { readonly: true } };

/** Before the first answer. */
export const Loading: Story = { args: { mode: 'loading' } };

/** A back end with no pipeline yet. */
export const Empty: Story = { args: { mode: 'empty' } };

/** The list was loaded once, then every refresh fails: kept, marked stale, with Retry. */
export const Stale: Story = { args: { mode: 'stale' } };

/** Nothing could be loaded: the message and Retry. */
export const Failed: Story = { args: { mode: 'error' } };

/** Forced dark palette. */
export const Dark: Story = {
  args: { theme: 'dark' },
  decorators: [darkBackdrop],
};

/** A phone-width column: the table scrolls sideways under its toolbar, a shadow marking the edge with more columns. */
export const Narrow: Story = { args: { width: '22rem' } };
