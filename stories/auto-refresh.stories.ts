import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/elements/auto-refresh/auto-refresh.js';
import { DEFAULT_INTERVALS } from '../src/elements/auto-refresh/intervals.js';
import '../src/elements/pipeline-status/pipeline-status.js';
import { storyPipelines, storyStore, type StoryMode } from './support/story-store.js';
import { darkBackdrop } from './support/dark.js';

interface Args {
  mode: StoryMode;
  intervalMs: number;
  intervals: readonly number[] | undefined;
  theme: 'auto' | 'light' | 'dark';
  width: string;
}

const meta: Meta<Args> = {
  title: 'Elements/auto-refresh',
  component: 'auto-refresh',
  args: { mode: 'data', intervalMs: 5000, intervals: undefined, theme: 'auto', width: '40rem' },
  argTypes: { mode: { control: 'select', options: ['data', 'loading', 'empty', 'error', 'stale'] } },
  // The status beside it gives the store something to poll, so the spinner and the time move.
  render: (args) => html`<div style="max-width:${args.width};display:grid;gap:1rem">
    <story-store .store=${storyStore(args.mode, args.intervalMs)}>
      <auto-refresh pipeline-id=${storyPipelines.running} theme=${args.theme} .intervals=${args.intervals ?? DEFAULT_INTERVALS}></auto-refresh>
      <pipeline-status pipeline-id=${storyPipelines.running} theme=${args.theme} readonly></pipeline-status>
    </story-store>
  </div>`,
};
export default meta;

type Story = StoryObj<Args>;

/** Refreshing every 5 s, with the time of the last update. */
export const Data: Story = {};

/** Refreshing is off; Resume returns to the first interval offered. */
export const Paused: Story = { args: { intervalMs: 0 } };

/** The first request has not answered: the spinner turns. */
export const Loading: Story = { args: { mode: 'loading' } };

/** Every refresh fails: the time stays at the last success (none yet). */
export const Failed: Story = { args: { mode: 'error' } };

/** The embedder's own choices, including one minute and two. */
export const CustomIntervals: Story = { args: { intervals: [0, 10_000, 60_000, 120_000], intervalMs: 10_000 } };

/** Forced dark palette. */
export const Dark: Story = {
  args: { theme: 'dark' },
  decorators: [darkBackdrop],
};

/** A phone-width column: the controls wrap. */
export const Narrow: Story = { args: { width: '18rem' } };
