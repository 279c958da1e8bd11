import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/elements/pipeline-metrics-grid/pipeline-metrics-grid.js';
import { storyPipelines, storyStore, type StoryMode } from './support/story-store.js';
import { darkBackdrop } from './support/dark.js';

interface Args {
  mode: StoryMode;
  pipelineId: string;
  theme: 'auto' | 'light' | 'dark';
  width: string;
  lagWarning: number | undefined;
  lagCritical: number | undefined;
  bufferWarning: number | undefined;
  bufferCritical: number | undefined;
}

const meta: Meta<Args> = {
  title: 'Elements/pipeline-metrics-grid',
  component: 'pipeline-metrics-grid',
  args: {
    mode: 'data',
    pipelineId: storyPipelines.running,
    theme: 'auto',
    width: '64rem',
    lagWarning: undefined,
    lagCritical: undefined,
    bufferWarning: undefined,
    bufferCritical: undefined,
  },
  argTypes: { mode: { control: 'select', options: ['data', 'loading', 'empty', 'error', 'stale', 'partial'] } },
  render: (args) => html`<div style="max-width:${args.width}">
    <story-store .store=${storyStore(args.mode)}>
      <pipeline-metrics-grid
        pipeline-id=${args.pipelineId}
        theme=${args.theme}
        .lagWarning=${args.lagWarning}
        .lagCritical=${args.lagCritical}
        .bufferWarning=${args.bufferWarning}
        .bufferCritical=${args.bufferCritical}
      ></pipeline-metrics-grid>
    </story-store>
  </div>`,
};
export default meta;

type Story = StoryObj<Args>;

/** A running pipeline; trends and sparklines fill in as the 5 s polls arrive. */
export const Data: Story = {};

/** Before the first answer: skeleton cards and totals. */
export const Loading: Story = { args: { mode: 'loading' } };

/** No pipeline selected yet. */
export const Empty: Story = { args: { pipelineId: '' } };

/** A stopped pipeline: zero rates, held counters, no uptime. */
export const Stopped: Story = { args: { pipelineId: storyPipelines.stopped } };

/** Limits lowered so the live values cross them: lag in warning, buffer critical. */
export const Thresholds: Story = {
  args: { lagWarning: 0, lagCritical: 1_000_000, bufferWarning: 0, bufferCritical: 1 },
};

/** The first answer arrived, every poll after it fails: data kept, marked stale, with Retry. */
export const Stale: Story = { args: { mode: 'stale' } };

/** Every answer marked partial, as the gateway marks what Prometheus answered in part (`warnings`). */
export const Partial: Story = { args: { mode: 'partial' } };

/** Nothing could be loaded: the message and Retry. */
export const Failed: Story = { args: { mode: 'error' } };

/** Forced dark palette. */
export const Dark: Story = {
  args: { theme: 'dark' },
  decorators: [darkBackdrop],
};

/** A phone-width column. */
export const Narrow: Story = { args: { width: '22rem' } };
