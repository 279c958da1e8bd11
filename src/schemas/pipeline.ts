/** The pipeline resource (CONTRACT.md §1 "Pipeline"): `GET /pipelines` and `GET /pipelines/:id`. */
import { z } from './zod.js';
import { counter, flag, jsonObject, list, openEnum, partialMark, text, timestamp } from './fields.js';

/** Every status the contract names; anything else a server sends is read as `'unknown'`. */
export const PIPELINE_STATUSES = ['stopped', 'starting', 'running', 'stopping', 'error'] as const;

/** A pipeline's lifecycle state; an unrecognised string becomes `'unknown'` instead of failing. */
export const PipelineStatus = openEnum(PIPELINE_STATUSES);
/** `'stopped' | 'starting' | 'running' | 'stopping' | 'error' | 'unknown'`. */
export type PipelineStatus = z.output<typeof PipelineStatus>;

/** One source table replicated by a pipeline. */
export const TableMapping = z.object({
  id: text,
  pipeline_id: text,
  source_schema: text,
  source_table: text,
  enabled: flag,
  created_at: timestamp,
  config: z.optional(jsonObject),
});
/** One source table replicated by a pipeline. */
export type TableMapping = z.output<typeof TableMapping>;

/** A CDC pipeline as the REST API describes it. */
export const Pipeline = z.object({
  id: text,
  name: text,
  source_id: text,
  status: PipelineStatus,
  created_at: timestamp,
  updated_at: timestamp,
  tenant_id: z.optional(text),
  config: z.optional(jsonObject),
  error_message: z.optional(text),
  tables: z.optional(list(TableMapping)),
  started_at: z.optional(timestamp),
  stopped_at: z.optional(timestamp),
  /** The gateway's mark: Prometheus answered with partial data. */
  partial: partialMark,
});
/** A CDC pipeline as the REST API describes it. */
export type Pipeline = z.output<typeof Pipeline>;

/** The body of `GET /pipelines`; `pipelines: null` (Go's empty slice) reads as `[]`. */
export const PipelineList = z.object({
  pipelines: list(Pipeline),
  total_count: counter,
});
/** The body of `GET /pipelines`. */
export type PipelineList = z.output<typeof PipelineList>;

/** The body of `GET /pipelines/:id`: `{pipeline}`. */
export const PipelineResponse = z.object({ pipeline: Pipeline });
/** The body of `GET /pipelines/:id`. */
export type PipelineResponse = z.output<typeof PipelineResponse>;
