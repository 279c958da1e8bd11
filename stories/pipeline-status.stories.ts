import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/elements/pipeline-status/pipeline-status.js';
import type { Pipeline, PipelineStatus } from '../src/schemas/index.js';
import type { DataSource, RequestOptions } from '../src/sources/source.js';
import { MetricsStore } from '../src/store/metrics-store.js';
import { storyPipelines, storyStore, type StoryMode } from './support/story-store.js';
import { darkBackdrop } from './support/dark.js';

interface Args {
  mode: StoryMode | 'fixed';
  /** With mode `fixed`: the status shown, for the transient ones the simulator only passes through. */
  status: PipelineStatus;
  pipelineId: string;
  readonly: boolean;
  theme: 'auto' | 'light' | 'dark';
  width: string;
}

const waitForAbort = ({ signal }: RequestOptions) =>
  new Promise<never>((_, reject) => signal.addEventListener('abort', () => reject(signal.reason), { once: true }));

/** A store whose pipeline holds one status; start and stop never answer, so progress stays visible. */
function fixedStore(status: PipelineStatus): MetricsStore {
  const pipeline: Pipeline = {
    id: 'b7e0c6f2-1d3a-4c5e-8f9a-0b1c2d3e4f50',
    name: 'orders-cdc',
    source_id: 'postgres-orders',
    status,
    created_at: new Date(Date.now() - 30 * 86_400_000),
    updated_at: new Date(Date.now() - 4000),
  };
  const source: DataSource = {
    key: `story:fixed:${status}`,
    capabilities: { errorLog: false, control: true },
    getPipeline: async () => pipeline,
    listPipelines: async () => ({ pipelines: [pipeline], total_count: 1 }),
    getMetrics: (_id, options) => waitForAbort(options),
    getHistory: (_id, _range, options) => waitForAbort(options),
    getErrors: (_id, _query, options) => waitForAbort(options),
    startPipeline: (_id, options) => waitForAbort(options),
    stopPipeline: (_id, options) => waitForAbort(options),
  };
  return new MetricsStore(source, { intervalMs: 0 });
}

const meta: Meta<Args> = {
  title: 'Elements/pipeline-status',
  component: 'pipeline-status',
  args: { mode: 'data', status: 'starting', pipelineId: storyPipelines.running, readonly: false, theme: 'auto', width: '32rem' },
  argTypes: {
    mode: { control: 'select', options: ['data', 'loading', 'empty', 'error', 'stale', 'fixed'] },
    status: { control: 'select', options: ['stopped', 'starting', 'running', 'stopping', 'error', 'unknown'] },
  },
  render: (args) => {
    const store = args.mode === 'fixed' ? fixedStore(args.status) : storyStore(args.mode);
    const id = args.mode === 'fixed' ? 'b7e0c6f2-1d3a-4c5e-8f9a-0b1c2d3e4f50' : args.pipelineId;
    return html`<div style="max-width:${args.width}">
      <story-store .store=${store}>
        <pipeline-status pipeline-id=${id} theme=${args.theme} ?readonly=${args.readonly}></pipeline-status>
      </story-store>
    </div>`;
  },
};
export default meta;

type Story = StoryObj<Args>;

/** A running pipeline with its uptime; Stop asks for confirmation first. */
export const Running: Story = {};

/** A stopped pipeline; Start works against the in-browser simulator and passes through starting. */
export const Stopped: Story = { args: { pipelineId: storyPipelines.stopped } };

/** A failed pipeline with its error message as text; Start is offered. */
export const ErrorStatus: Story = { args: { pipelineId: storyPipelines.error } };

/** Starting: Stop is still allowed. */
export const Starting: Story = { args: { mode: 'fixed', status: 'starting' } };

/** Stopping: neither action makes sense. */
export const Stopping: Story = { args: { mode: 'fixed', status: 'stopping' } };

/** A status this version does not know: shown as Unknown, no action offered. */
export const Unknown: Story = { args: { mode: 'fixed', status: 'unknown' } };

/** For viewers: status only, no buttons. */
export const Readonly: Story = { args: { readonly: true } };

/** Before the first answer. */
export const Loading: Story = { args: { mode: 'loading' } };

/** The status was loaded once, then every refresh fails: kept, with its age and Retry. */
export const Stale: Story = { args: { mode: 'stale' } };

/** Nothing could be loaded. */
export const Failed: Story = { args: { mode: 'error' } };

/** Forced dark palette, on a failed pipeline. */
export const Dark: Story = {
  args: { theme: 'dark', pipelineId: storyPipelines.error },
  decorators: [darkBackdrop],
};

/** A phone-width column. */
export const Narrow: Story = { args: { width: '16rem' } };
