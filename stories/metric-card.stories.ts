import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/elements/metric-card/metric-card.js';
import type { MetricCard } from '../src/elements/metric-card/metric-card.js';
import { darkBackdrop } from './support/dark.js';

type Args = Pick<MetricCard, 'label' | 'value' | 'unit' | 'previous' | 'history' | 'lowerIsBetter' | 'warning' | 'critical' | 'loading' | 'staleSince' | 'theme' | 'unitLabel' | 'note'> & {
  width: string;
};

const lagHistory = [0.4, 0.6, 0.5, 1.2, 2.4, 3.8, 4.1, 6.2, 5.9, 7.4];

const meta: Meta<Args> = {
  title: 'Elements/metric-card',
  component: 'metric-card',
  args: {
    label: 'Replication lag',
    value: 3.2,
    unit: 'seconds',
    previous: 4.1,
    history: lagHistory,
    lowerIsBetter: true,
    warning: 5,
    critical: 30,
    loading: false,
    unitLabel: '',
    note: 'p95 lag 4.2 s',
    theme: 'auto',
    width: '18rem',
  },
  render: (args) => html`<div style="width:${args.width}">
    <metric-card
      label=${args.label}
      .value=${args.value}
      unit=${args.unit}
      .previous=${args.previous}
      .history=${args.history}
      ?lower-is-better=${args.lowerIsBetter}
      .warning=${args.warning}
      .critical=${args.critical}
      ?loading=${args.loading}
      unit-label=${args.unitLabel}
      note=${args.note}
      .staleSince=${args.staleSince}
      theme=${ifDefined(args.theme)}
    ></metric-card>
  </div>`,
};
export default meta;

type Story = StoryObj<Args>;

/** A healthy value with its trend and sparkline. */
export const Data: Story = {};

/** Lag past the 5 s warning threshold: badge with icon and text, not colour alone. */
export const Warning: Story = { args: { value: 7.4, previous: 5.9 } };

/** Lag past the 30 s critical threshold. */
export const Critical: Story = { args: { value: 42, previous: 7.4, history: [...lagHistory, 18, 42] } };

/** Events per second, where higher is better. */
export const Throughput: Story = {
  args: { label: 'Events per second', unit: 'rate', value: 1840, previous: 1620, lowerIsBetter: false, warning: undefined, critical: undefined, history: [900, 1100, 1300, 1250, 1620, 1840] },
};

/** First load: a skeleton instead of a value. */
export const Loading: Story = { args: { value: undefined, previous: undefined, history: [], loading: true } };

/** No value from the source: a dash read as "No data". */
export const Empty: Story = { args: { value: undefined, previous: undefined, history: [] } };

/** The last refresh failed: the value stays, marked stale with its age. */
export const Stale: Story = { args: { staleSince: new Date(Date.now() - 95_000) } };

/** Forced dark palette. */
export const Dark: Story = {
  args: { theme: 'dark', value: 7.4 },
  decorators: [darkBackdrop],
};

/** A phone-width column. */
export const Narrow: Story = { args: { width: '11rem', value: 12.5 } };

/** A count with its unit (`unit-label="events"`). */
export const WithUnit: Story = {
  args: { label: 'Buffer depth', unit: 'count', unitLabel: 'events', value: 1230, previous: 1200, history: [1200, 1150, 1260, 1190, 1230], warning: 5000, critical: 8000, note: '' },
};
