import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/elements/pipeline-alerts/pipeline-alerts.js';
import type { MetricsStore } from '../src/store/metrics-store.js';
import { ALERTS_PIPELINE, cannedAlertsStore, DELETED_PIPELINE, type CannedAlertsOptions } from './alerts-canned-store.js';
import { darkBackdrop } from './support/dark.js';
import { storyPipelines, storyStore, type StoryMode } from './support/story-store.js';

interface Args {
  mode: StoryMode;
  pipelineId: string;
  theme: 'auto' | 'light' | 'dark';
  compact: boolean;
  readonly: boolean;
  source: 'rest' | 'prometheus';
  width: string;
  /** A canned alerting server instead of the simulator (every case on demand). */
  canned: CannedAlertsOptions | undefined;
}

const storeOf = (args: Args): MetricsStore => (args.canned ? cannedAlertsStore(args.canned).store : storyStore(args.mode));

const meta: Meta<Args> = {
  title: 'Elements/pipeline-alerts',
  component: 'pipeline-alerts',
  args: {
    mode: 'data',
    pipelineId: ALERTS_PIPELINE,
    theme: 'auto',
    compact: false,
    readonly: false,
    source: 'rest',
    width: '44rem',
    canned: {},
  },
  argTypes: {
    mode: { control: 'select', options: ['data', 'loading', 'empty', 'error', 'stale'] },
    source: { control: 'select', options: ['rest', 'prometheus'] },
    canned: { table: { disable: true } },
  },
  render: (args) => html`<div style="max-width:${args.width}">
    <story-store .store=${storeOf(args)}>
      <pipeline-alerts
        pipeline-id=${args.pipelineId}
        theme=${args.theme}
        source=${args.source}
        selector=${args.source === 'prometheus' ? 'source="postgres-shop"' : ''}
        ?compact=${args.compact}
        ?readonly=${args.readonly}
        acknowledged-by="Storybook"
      ></pipeline-alerts>
    </story-store>
  </div>`,
};
export default meta;

type Story = StoryObj<Args>;

/**
 * Firing and recently resolved alerts, critical first: one acknowledged, one of a severity and one
 * of a status this version does not know, one with markup in its labels (shown as text).
 */
export const Data: Story = {};

/** The count badge by severity, for headers and list rows. */
export const Compact: Story = { args: { compact: true } };

/** The simulator's busiest running pipeline: rules over lag and buffer fire and resolve with its episodes. */
export const Simulator: Story = { args: { canned: undefined, pipelineId: storyPipelines.running } };

/** Before the first answer. */
export const Loading: Story = { args: { canned: undefined, mode: 'loading', pipelineId: storyPipelines.running } };

/** Nothing firing or resolved lately. */
export const Empty: Story = { args: { canned: { alerts: [] } } };

/** The first request failed: the message as text, and Retry. */
export const Failed: Story = { args: { canned: undefined, mode: 'error', pipelineId: storyPipelines.running } };

/** Later polls fail: the alerts stay, marked stale with their age. */
export const Stale: Story = { args: { canned: undefined, mode: 'stale', pipelineId: storyPipelines.running } };

/** The server has no alerting (404 on /alerts): said once, and not asked again. */
export const AlertingDisabled: Story = { args: { canned: { alertingAbsent: true } } };

/** Acknowledge answers 409: the form says the alert changed meanwhile, with the server's words. */
export const AcknowledgeConflict: Story = { args: { canned: { acknowledgeStatus: 409 } } };

/** For viewers: no Acknowledge. */
export const ReadOnly: Story = { args: { readonly: true } };

/** Prometheus' own alerts (ALERTS): no Acknowledge, and the element says so. */
export const Prometheus: Story = { args: { source: 'prometheus' } };

/** A pipeline deleted since its alert fired: the alert is still listed, with a note. */
export const DeletedPipeline: Story = { args: { pipelineId: DELETED_PIPELINE } };

/** Forced dark palette. */
export const Dark: Story = { args: { theme: 'dark' }, decorators: [darkBackdrop] };

/** Compact, dark. */
export const CompactDark: Story = { args: { theme: 'dark', compact: true }, decorators: [darkBackdrop] };
