import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/elements/error-log/error-log.js';
import type { PipelineError } from '../src/schemas/index.js';
import type { MetricsStore } from '../src/store/metrics-store.js';
import { CANNED_PIPELINE, cannedStore, hostile } from './tables-canned-store.js';
import { storyPipelines, storyStore, type StoryMode } from './support/story-store.js';
import { darkBackdrop } from './support/dark.js';
import { exportStore, pressing } from './support/export-store.js';

interface Args {
  mode: StoryMode;
  pipelineId: string;
  theme: 'auto' | 'light' | 'dark';
  width: string;
  pageSize: number;
  grouping: 'repeats' | 'none';
  search: string;
  /** A store other than the simulator's (hostile text, counts only, a long log). */
  store: (() => MetricsStore) | undefined;
}

const meta: Meta<Args> = {
  title: 'Elements/error-log',
  component: 'error-log',
  args: {
    mode: 'data',
    pipelineId: storyPipelines.error,
    theme: 'auto',
    width: '56rem',
    pageSize: 25,
    grouping: 'repeats',
    search: '',
    store: undefined,
  },
  argTypes: {
    mode: { control: 'select', options: ['data', 'loading', 'empty', 'error', 'stale'] },
    grouping: { control: 'inline-radio', options: ['repeats', 'none'] },
    store: { table: { disable: true } },
  },
  render: (args) => html`<div style="max-width:${args.width}">
    <story-store .store=${args.store ? args.store() : storyStore(args.mode)}>
      <error-log
        pipeline-id=${args.pipelineId}
        theme=${args.theme}
        page-size=${args.pageSize}
        grouping=${args.grouping}
        search=${args.search}
      ></error-log>
    </story-store>
  </div>`,
};
export default meta;

type Story = StoryObj<Args>;

/** The simulator's failing pipeline: repeats collapsed, "Load older" pages back 25 at a time. */
export const Data: Story = {};

/** Every occurrence on its own line. */
export const EveryOccurrence: Story = { args: { grouping: 'none' } };

/** Before the first answer. */
export const Loading: Story = { args: { mode: 'loading' } };

/** A pipeline without errors. */
export const Empty: Story = { args: { mode: 'empty' } };

/** A search nothing matches, with the way back. */
export const NoMatch: Story = { args: { search: 'no such error' } };

/** The first request failed: the message as text, and Retry. */
export const Failed: Story = { args: { mode: 'error' } };

/** Later polls fail: the errors stay, marked stale with their age. */
export const Stale: Story = { args: { mode: 'stale' } };

/** A source without an error log that counts errors by type (Prometheus). */
export const CountsByType: Story = {
  args: { store: () => cannedStore({ countsOnly: { byType: { connection: 12, write: 3, schema: 1 }, total: 16 } }), pipelineId: CANNED_PIPELINE },
};

/** A source without an error log or counts by type: the metrics total only. */
export const TotalOnly: Story = { args: { store: () => cannedStore({ countsOnly: { total: 42 } }), pipelineId: CANNED_PIPELINE } };

/** Markup, control characters, right-to-left overrides and a 100 KB message, shown as text. */
export const HostileText: Story = { args: { store: () => cannedStore({ errors: hostile.errors }), pipelineId: CANNED_PIPELINE } };

/** Two thousand errors: the first page renders, the rest one "Load older" away. */
export const LongLog: Story = {
  args: {
    store: () =>
      cannedStore({
        errors: Array.from({ length: 2000 }, (_, i): PipelineError => ({
          id: `long-${i}`,
          timestamp: new Date(Date.now() - i * 30_000),
          type: (['connection', 'write', 'schema', 'replication'] as const)[i % 4]!,
          table: `public.table_${i % 9}`,
          message: i % 3 === 0 ? 'dial tcp 10.0.3.17:5432: connect: connection refused' : `commit ${i} failed: branch main was updated concurrently`,
        })),
      }),
    pipelineId: CANNED_PIPELINE,
    pageSize: 100,
  },
};

/** Forced dark palette. */
export const Dark: Story = {
  args: { theme: 'dark' },
  decorators: [darkBackdrop],
};

/** A phone-width column: controls wrap, messages break anywhere. */
export const Narrow: Story = { args: { width: '20rem' } };

/** A server without counts or search (the canned log): the log says both cover the loaded errors only. */
export const LoadedOnly: Story = { args: { ...LongLog.args, search: 'connection refused' } };

/** Download pressed: the whole log is read 500 errors at a time, with progress and Cancel. */
export const Exporting: Story = {
  args: { store: () => exportStore('never') },
  decorators: [pressing('download')],
};

/** Cancel pressed during an export: nothing saved, and said so. */
export const ExportCancelled: Story = {
  args: { store: () => exportStore('never') },
  decorators: [pressing('download', 'export-cancel')],
};

/** A page of the export failed (503): nothing saved, the log as it was. */
export const ExportFailed: Story = {
  args: { store: () => exportStore('unavailable') },
  decorators: [pressing('download')],
};
