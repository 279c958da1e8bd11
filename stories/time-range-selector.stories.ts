import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/elements/time-range-selector/time-range-selector.js';
import { storyPipelines, storyStore } from './support/story-store.js';
import { darkBackdrop } from './support/dark.js';

interface Args {
  pipelineId: string;
  presets: string;
  syncUrl: boolean;
  theme: 'auto' | 'light' | 'dark';
  width: string;
  custom: boolean;
}

/** A store whose shared range is absolute when `custom` is set, as after a zoom. */
function storeFor(args: Args) {
  const store = storyStore('data');
  if (args.custom) {
    const end = new Date(Math.floor(Date.now() / 3_600_000) * 3_600_000);
    store.setRange(args.pipelineId, { start: new Date(end.getTime() - 2 * 3_600_000), end });
  }
  return store;
}

const meta: Meta<Args> = {
  title: 'Elements/time-range-selector',
  component: 'time-range-selector',
  args: {
    pipelineId: storyPipelines.running,
    presets: '15m 1h 6h 24h 7d',
    syncUrl: false,
    theme: 'auto',
    width: '40rem',
    custom: false,
  },
  argTypes: { theme: { control: 'select', options: ['auto', 'light', 'dark'] } },
  render: (args) => html`<div style="max-width:${args.width}">
    <story-store .store=${storeFor(args)}>
      <time-range-selector
        pipeline-id=${args.pipelineId}
        presets=${args.presets}
        ?sync-url=${args.syncUrl}
        theme=${args.theme}
      ></time-range-selector>
    </story-store>
  </div>`,
};
export default meta;

type Story = StoryObj<Args>;

/** The presets, the shared range (1 h by default) pressed. */
export const Presets: Story = {};

/** Presets chosen by the embedder. */
export const CustomPresets: Story = { args: { presets: '5m 30m 2h 12h 3d' } };

/** An absolute range in force (a custom range or a chart's zoom): no preset pressed, the window in words. */
export const CustomRange: Story = { args: { custom: true } };

/** Keeps the range in the page URL (`?range=…`, `?from=…&to=…`). */
export const SyncUrl: Story = { args: { syncUrl: true } };

/** Forced dark palette. */
export const Dark: Story = {
  args: { theme: 'dark' },
  decorators: [darkBackdrop],
};

/** A phone-width column: the buttons wrap. */
export const Narrow: Story = { args: { width: '12rem' } };
