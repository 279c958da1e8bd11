import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/elements/pipeline-dashboard/pipeline-dashboard.js';
import { storyPipelines, storyStore, type StoryMode } from './support/story-store.js';

interface Args {
  mode: StoryMode;
  pipelineId: string;
  readonly: boolean;
  theme: 'auto' | 'light' | 'dark';
  width: string;
}

const meta: Meta<Args> = {
  title: 'Elements/pipeline-dashboard',
  component: 'pipeline-dashboard',
  args: { mode: 'data', pipelineId: storyPipelines.running, readonly: false, theme: 'auto', width: '80rem' },
  argTypes: { mode: { control: 'select', options: ['data', 'loading', 'empty', 'error', 'stale'] } },
  parameters: { layout: 'fullscreen' },
  render: (args) => html`<div style="max-width:${args.width};padding:1rem">
    <story-store .store=${storyStore(args.mode)}>
      <pipeline-dashboard pipeline-id=${args.pipelineId} theme=${args.theme} ?readonly=${args.readonly}></pipeline-dashboard>
    </story-store>
  </div>`,
};
export default meta;

type Story = StoryObj<Args>;

/** The whole detail page of a running pipeline against the in-browser simulator. */
export const Data: Story = {};

/** A failed pipeline: its error message in the header, Start offered, rates at zero. */
export const FailedPipeline: Story = { args: { pipelineId: storyPipelines.error } };

/** For viewers: everything but Start and Stop. */
export const Readonly: Story = { args: { readonly: true } };

/** A portal's own content in the slots around the sections. */
export const Slotted: Story = {
  render: (args) => html`<div style="max-width:${args.width};padding:1rem">
    <story-store .store=${storyStore(args.mode)}>
      <pipeline-dashboard pipeline-id=${args.pipelineId} theme=${args.theme}>
        <p slot="before-header" style="margin:0">Portal › Data platform › Pipelines</p>
        <p slot="after-errors" style="margin:0">Questions? Ask in #data-platform.</p>
      </pipeline-dashboard>
    </story-store>
  </div>`,
};

/** Before the first answers: every section's placeholder. */
export const Loading: Story = { args: { mode: 'loading' } };

/** A pipeline with no tables, samples or errors yet. */
export const Empty: Story = { args: { mode: 'empty' } };

/** Loaded once, then every refresh fails: one message with one Retry at the top, each section's data kept and marked stale. */
export const Stale: Story = { args: { mode: 'stale' } };

/** Nothing could be loaded: one message with one Retry at the top, each section saying it is not loaded. */
export const Failed: Story = { args: { mode: 'error' } };

/** An id the server does not know: one "Pipeline not found" in place of the sections. */
export const NotFound: Story = { args: { pipelineId: '00000000-0000-4000-8000-000000000000' } };

/** No pipeline selected. */
export const NoPipeline: Story = { args: { pipelineId: '' } };

/** Forced dark palette. */
export const Dark: Story = {
  args: { theme: 'dark' },
  decorators: [(story) => html`<div style="background:#0f1115">${story()}</div>`],
};

/** A phone-width column: sections and charts stack. */
export const Narrow: Story = { args: { width: '24rem' } };
