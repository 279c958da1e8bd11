import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/elements/metric-chart/metric-chart.js';
import '../src/elements/time-range-selector/time-range-selector.js';
import { storyPipelines, storyStore, type StoryMode } from './support/story-store.js';
import { ALERTS_PIPELINE, cannedAlertsStore } from './alerts-canned-store.js';
import { darkBackdrop } from './support/dark.js';

interface Args {
  mode: StoryMode;
  pipelineId: string;
  series: string;
  range: string;
  label: string;
  timeZone: string | undefined;
  theme: 'auto' | 'light' | 'dark';
  width: string;
  withSelector: boolean;
  /** A canned server with alert rules (and a flat history) instead of the simulator. */
  rules: boolean;
}

/** A store in `mode` whose shared range for `pipelineId` is `range`. */
function storeFor(args: Args) {
  const store = args.rules ? cannedAlertsStore().store : storyStore(args.mode);
  store.setRange(args.pipelineId, { range: args.range });
  return store;
}

const meta: Meta<Args> = {
  title: 'Elements/metric-chart',
  component: 'metric-chart',
  args: {
    mode: 'data',
    pipelineId: storyPipelines.running,
    series: 'events_per_second lag_seconds buffer_depth error_rate',
    range: '1h',
    label: 'Pipeline history',
    timeZone: undefined,
    theme: 'auto',
    width: '56rem',
    withSelector: false,
    rules: false,
  },
  argTypes: {
    mode: { control: 'select', options: ['data', 'loading', 'empty', 'error', 'stale', 'partial'] },
    range: { control: 'select', options: ['15m', '1h', '6h', '24h', '7d'] },
    theme: { control: 'select', options: ['auto', 'light', 'dark'] },
  },
  render: (args) => html`<div style="max-width:${args.width};display:grid;gap:0.75rem">
    <story-store .store=${storeFor(args)}>
      ${args.withSelector ? html`<time-range-selector pipeline-id=${args.pipelineId} theme=${args.theme}></time-range-selector>` : ''}
      <metric-chart
        pipeline-id=${args.pipelineId}
        series=${args.series}
        label=${args.label}
        time-zone=${ifDefined(args.timeZone)}
        theme=${args.theme}
      ></metric-chart>
    </story-store>
  </div>`,
};
export default meta;

type Story = StoryObj<Args>;

/** The last hour of a running pipeline, every series; live snapshots append every 5 s. Drag across the plot to zoom. */
export const Data: Story = {};

/** A selector and the chart on one store: a preset or a drag zoom moves both. */
export const WithSelector: Story = { args: { withSelector: true, range: '6h' } };

/** A week of history, decimated to the plot's width. */
export const Week: Story = { args: { range: '7d' } };

/** One series, as a dashboard tile for lag would show it. */
export const LagOnly: Story = { args: { series: 'lag_seconds', label: 'Replication lag' } };

/** The axis, readout and table in UTC instead of the viewer's zone. */
export const Utc: Story = { args: { timeZone: 'UTC', range: '24h' } };

/** Before the first history arrives: a skeleton the size of the plot. */
export const Loading: Story = { args: { mode: 'loading' } };

/** The range holds no samples. */
export const Empty: Story = { args: { mode: 'empty' } };

/** The first history arrived, every refresh after it fails: the chart stays, marked stale, with Retry. */
export const Stale: Story = { args: { mode: 'stale' } };

/** Every answer marked partial, as the gateway marks what Prometheus answered in part (`warnings`). */
export const Partial: Story = { args: { mode: 'partial' } };

/** Nothing could be loaded: the message and Retry. */
export const Failed: Story = { args: { mode: 'error' } };

/** Forced dark palette: the canvas reads its colours from the dark tokens. */
export const Dark: Story = {
  args: { theme: 'dark' },
  decorators: [darkBackdrop],
};

/** A phone-width column with a single series. */
export const Narrow: Story = { args: { width: '20rem', series: 'events_per_second', label: 'Events/s' } };

/** Lag and buffer depth with their warning and critical lines (`lag-warning="3"` lowers one), and the events/s chart: hover any of them, the crosshair moves on all three. */
export const ThresholdsAndCrosshair: Story = {
  render: (args) => html`<div style="max-width:${args.width};display:grid;gap:0.75rem">
    <story-store .store=${storeFor(args)}>
      <metric-chart pipeline-id=${args.pipelineId} series="lag_seconds" label="Replication lag" lag-warning="3" theme=${args.theme}></metric-chart>
      <metric-chart pipeline-id=${args.pipelineId} series="buffer_depth" label="Buffer depth" theme=${args.theme}></metric-chart>
      <metric-chart pipeline-id=${args.pipelineId} series="events_per_second" label="Events per second" theme=${args.theme}></metric-chart>
    </story-store>
  </div>`,
};

/** `time-zone="local"`: the viewer's zone, named on the axis. */
/** Levels set by the server's alert rules (20 s, 90 s, 4,000 events), each named in the legend. */
export const AlertRuleLevels: Story = {
  args: { rules: true, pipelineId: ALERTS_PIPELINE, series: 'lag_seconds buffer_depth', label: 'Lag and buffer' },
};

export const LocalZone: Story = { args: { timeZone: 'local', series: 'lag_seconds buffer_depth' } };
