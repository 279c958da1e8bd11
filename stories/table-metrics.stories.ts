import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/elements/table-metrics/table-metrics.js';
import type { MetricsStore } from '../src/store/metrics-store.js';
import { CANNED_PIPELINE, cannedStore, hostile, manyTables } from './tables-canned-store.js';
import { storyPipelines, storyStore, type StoryMode } from './support/story-store.js';
import { darkBackdrop } from './support/dark.js';

interface Args {
  mode: StoryMode;
  pipelineId: string;
  theme: 'auto' | 'light' | 'dark';
  width: string;
  lagWarning: number;
  lagCritical: number;
  filter: string;
  laggingOnly: boolean;
  /** A store other than the simulator's (ten thousand tables, hostile names). */
  store: (() => MetricsStore) | undefined;
}

const meta: Meta<Args> = {
  title: 'Elements/table-metrics',
  component: 'table-metrics',
  args: {
    mode: 'data',
    pipelineId: storyPipelines.running,
    theme: 'auto',
    width: '60rem',
    lagWarning: 5,
    lagCritical: 30,
    filter: '',
    laggingOnly: false,
    store: undefined,
  },
  argTypes: {
    mode: { control: 'select', options: ['data', 'loading', 'empty', 'error', 'stale'] },
    store: { table: { disable: true } },
  },
  render: (args) => html`<div style="max-width:${args.width}">
    <story-store .store=${args.store ? args.store() : storyStore(args.mode)}>
      <table-metrics
        pipeline-id=${args.pipelineId}
        theme=${args.theme}
        lag-warning=${args.lagWarning}
        lag-critical=${args.lagCritical}
        filter=${args.filter}
        ?lagging-only=${args.laggingOnly}
      ></table-metrics>
    </story-store>
  </div>`,
};
export default meta;

type Story = StoryObj<Args>;

/** The simulator's busiest running pipeline; events/s appear from the second poll (5 s). */
export const Data: Story = {};

/** Before the first answer. */
export const Loading: Story = { args: { mode: 'loading' } };

/** A pipeline without tables. */
export const Empty: Story = { args: { mode: 'empty' } };

/** The first request failed: the message as text, and Retry. */
export const Failed: Story = { args: { mode: 'error' } };

/** Later polls fail: the rows stay, marked stale with their age. */
export const Stale: Story = { args: { mode: 'stale' } };

/** Limits lowered so live tables cross them: whole rows highlighted, with Warning/Critical in words. */
export const Thresholds: Story = { args: { lagWarning: 0.5, lagCritical: 2 } };

/** Only the tables past a threshold. */
export const LaggingOnly: Story = { args: { store: () => cannedStore({ tables: manyTables(300) }), pipelineId: CANNED_PIPELINE, laggingOnly: true } };

/** A filter nothing matches. */
export const NoMatch: Story = { args: { filter: 'no-such-table' } };

/** Ten thousand tables: only the rows in view are in the DOM, the header stays put. */
export const TenThousandTables: Story = { args: { store: () => cannedStore({ tables: manyTables(10_000) }), pipelineId: CANNED_PIPELINE } };

/** Markup, control characters, right-to-left overrides and a 5,000-character name, shown as text. */
export const HostileNames: Story = { args: { store: () => cannedStore({ tables: hostile.tables }), pipelineId: CANNED_PIPELINE } };

/** Forced dark palette. */
export const Dark: Story = {
  args: { theme: 'dark', lagWarning: 0.5, lagCritical: 2 },
  decorators: [darkBackdrop],
};

/** A phone-width column: the table scrolls sideways inside its frame, a shadow marking the edge with more columns. */
export const Narrow: Story = { args: { width: '20rem' } };
