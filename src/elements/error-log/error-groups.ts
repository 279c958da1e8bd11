/**
 * What the log shows of the loaded errors: the type filter and text search, and identical errors
 * (same type, table and message) collapsed into one entry with a count.
 */
import type { PipelineError, PipelineErrorType } from '../../schemas/index.js';

/** Every error type in display order. */
export const ERROR_TYPES: readonly PipelineErrorType[] = ['replication', 'schema', 'connection', 'write', 'unknown'];

/** The type filter: one type, or every type. */
export type TypeFilter = PipelineErrorType | 'all';

/** Identical errors, shown once. */
export interface ErrorGroup {
  /** Identity of the group across renders and filters. */
  readonly key: string;
  /** Every occurrence, newest first; the first is the one shown. */
  readonly entries: readonly PipelineError[];
}

/** What makes two errors identical: the same type, table and message. */
export function groupKey(error: PipelineError): string {
  return `${error.type}\u0000${error.table ?? ''}\u0000${error.message}`;
}

/**
 * Identical errors in one group. Its key is built on first read: only rendered entries need one,
 * and building 50,000 keys from long messages is what made grouping slow.
 */
export class Repeats implements ErrorGroup {
  readonly entries: PipelineError[];
  #key: string | undefined;

  constructor(first: PipelineError) {
    this.entries = [first];
  }

  get key(): string {
    return (this.#key ??= groupKey(this.entries[0]!));
  }

  /** Whether `error` belongs here (given that its message already matched). */
  matches(error: PipelineError): boolean {
    const first = this.entries[0]!;
    return first.type === error.type && first.table === error.table;
  }
}

/**
 * Groups of identical errors, found by message first (the message string's own hash, no key
 * built) and then by type and table among the few groups sharing a message.
 */
export class RepeatIndex {
  #byMessage = new Map<string, Repeats[]>();

  /** The group `error` belongs to, created (and reported as `created`) when there is none. */
  place(error: PipelineError): { group: Repeats; created: boolean } {
    let bucket = this.#byMessage.get(error.message);
    if (bucket === undefined) {
      bucket = [];
      this.#byMessage.set(error.message, bucket);
    }
    const found = bucket.find((g) => g.matches(error));
    if (found) return { group: found, created: false };
    const group = new Repeats(error);
    bucket.push(group);
    return { group, created: true };
  }
}

const SYNTAX = /[$()*+./?[\\\]^{|}]/g;

/**
 * The errors of `type` whose type, table or message contains `search` (case-insensitive).
 * Matched by a case-insensitive pattern on each field rather than on lower-cased copies: a first
 * search over 100,000 errors made 200,000 strings to keep, and collecting them paused the page.
 */
export function filterErrors(entries: readonly PipelineError[], type: TypeFilter, search: string): readonly PipelineError[] {
  const needle = search.trim();
  if (type === 'all' && needle === '') return entries;
  const pattern = needle === '' ? undefined : new RegExp(needle.replace(SYNTAX, '\\$&'), 'iu');
  const contains = (e: PipelineError): boolean =>
    pattern === undefined || pattern.test(e.message) || pattern.test(e.type) || (e.table !== undefined && pattern.test(e.table));
  return entries.filter((e) => (type === 'all' || e.type === type) && contains(e));
}

/**
 * Entries in groups, ordered by each group's newest occurrence. With `collapse` off every error
 * is its own group. Entries must be newest first.
 */
export function groupErrors(entries: readonly PipelineError[], collapse: boolean): ErrorGroup[] {
  if (!collapse) return entries.map((e) => ({ key: `id:${e.id}`, entries: [e] }));
  const index = new RepeatIndex();
  const order: ErrorGroup[] = [];
  for (const error of entries) {
    const { group, created } = index.place(error);
    if (created) order.push(group);
    else group.entries.push(error);
  }
  return order;
}
