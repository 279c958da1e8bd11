import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/elements/pipeline-list/pipeline-list.js';
import type { StatusFilter } from '../src/elements/pipeline-list/pipeline-list.js';
import { storyStore, type StoryMode } from './support/story-store.js';
import { darkBackdrop } from './support/dark.js';

interface Args {
  mode: StoryMode;
  statusFilter: StatusFilter;
  search: string;
  hrefTemplate: string;
  readonly: boolean;
  theme: 'auto' | 'light' | 'dark';
  width: string;
}

const meta: Meta<Args> = {
  title: 'Elements/pipeline-list',
  component: 'pipeline-list',
  args: { mode: 'data', statusFilter: 'all', search: '', hrefTemplate: '', readonly: false, theme: 'auto', width: '72rem' },
  argTypes: {
    mode: { control: 'select', options: ['data', 'loading', 'empty', 'error', 'stale'] },
    statusFilter: { control: 'select', options: ['all', 'running', 'starting', 'stopping', 'stopped', 'error', 'unknown'] },
  },
  render: (args) => html`<div style="max-width:${args.width}">
    <story-store .store=${storyStore(args.mode)}>
      <pipeline-list
        status-filter=${args.statusFilter}
        search=${args.search}
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

/** A phone-width column: each row stacks its figures under the name. */
export const Narrow: Story = { args: { width: '22rem' } };
