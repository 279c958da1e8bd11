/** The error log (CONTRACT.md §1 "PipelineError", an extension): `GET /pipelines/:id/errors`. */
import { z } from './zod.js';
import { counter, list, openEnum, text, timestamp } from './fields.js';

/** Every error type the contract names; any other string is read as `'unknown'`. */
export const PIPELINE_ERROR_TYPES = ['replication', 'schema', 'connection', 'write', 'unknown'] as const;

/** What part of the pipeline failed; an unrecognised string becomes `'unknown'`. */
export const PipelineErrorType = openEnum(PIPELINE_ERROR_TYPES);
/** `'replication' | 'schema' | 'connection' | 'write' | 'unknown'`. */
export type PipelineErrorType = z.output<typeof PipelineErrorType>;

/** One logged pipeline failure. `message` is server text: render it as text, never as markup. */
export const PipelineError = z.object({
  id: text,
  timestamp,
  type: PipelineErrorType,
  message: text,
  /** `schema.table` when the error concerns one table. */
  table: z.optional(text),
});
/** One logged pipeline failure. */
export type PipelineError = z.output<typeof PipelineError>;

/**
 * `counts`: errors by type over the whole log (an extension), as the server sent them; a
 * malformed value reads as absent, as from a server that sends none (the widget then counts what
 * it loaded), rather than failing the page. `<error-log>` folds types outside the contract's into
 * `unknown` (scope-view.ts), so the pages that never show a log carry no more schema than this.
 */
const typeCounts = z.catch(z.optional(z.record(z.string(), counter)), undefined);

/**
 * The body of `GET /pipelines/:id/errors`: newest first; `errors: null` reads as `[]`.
 * `counts` and `search` are optional extensions: the whole log's errors by type, and the search
 * the server applied (its echo tells that the server searches; without it the search was ignored).
 */
export const PipelineErrorPage = z.object({
  errors: list(PipelineError),
  total_count: counter,
  counts: typeCounts,
  search: z.catch(z.optional(text), undefined),
});
/** One page of the error log, newest first. */
export type PipelineErrorPage = z.output<typeof PipelineErrorPage>;
