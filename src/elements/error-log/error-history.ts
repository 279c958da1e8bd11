/**
 * Every error the element has loaded, newest first and each once: the live page (polled) and the
 * older pages the user asked for, merged by id so overlapping pages never show an error twice.
 *
 * Counts by type and the collapsed groups are kept up to date as errors come in, rather than
 * recomputed from all of them: with 100,000 loaded errors, a poll that brings one new error then
 * costs a handful of operations, not a pass over the whole log.
 */
import type { PipelineError, PipelineErrorType } from '../../schemas/index.js';
import { RepeatIndex, type ErrorGroup, type Repeats } from './error-groups.js';

/** What adding a page found. */
export interface MergeOutcome {
  /** Errors not seen before. */
  readonly added: number;
  /**
   * The page shares no error with what was loaded before, although there was something: errors
   * between the two may be missing, to be fetched with `before` = the page's oldest timestamp.
   */
  readonly disjoint: boolean;
}

/** Up to this many new errors on top are placed one by one; more are regrouped in one pass. */
const INCREMENTAL = 200;

const newestFirst = (a: PipelineError, b: PipelineError): number => b.timestamp.getTime() - a.timestamp.getTime();

/** The loaded error log of one pipeline. */
export class ErrorHistory {
  #entries: PipelineError[] = [];
  #ids = new Set<string>();
  #counts: Record<PipelineErrorType, number> = { replication: 0, schema: 0, connection: 0, write: 0, unknown: 0 };
  #index = new RepeatIndex();
  #order: Repeats[] = [];
  #version = 0;
  #epoch = 0;
  #onTopCount = 0;

  /** Every loaded error, newest first; older errors are appended in place (see `version`). */
  get entries(): readonly PipelineError[] {
    return this.#entries;
  }

  /** Changes whenever errors were added, for memoising what is derived from them. */
  get version(): number {
    return this.#version;
  }

  /**
   * Changes when the log is built anew (cleared, or a page interleaved with it). Within one epoch
   * errors are only added on top or at the bottom, so a view can follow by looking at those.
   */
  get epoch(): number {
    return this.#epoch;
  }

  /** Errors placed on top in this epoch: `entries` starts with them. */
  get addedOnTop(): number {
    return this.#onTopCount;
  }

  /** How many loaded errors there are of each type; changes in place (see `version`). */
  get counts(): Readonly<Record<PipelineErrorType, number>> {
    return this.#counts;
  }

  /** Identical loaded errors collapsed, ordered by each group's newest occurrence; changes in place (see `version`). */
  get groups(): readonly ErrorGroup[] {
    return this.#order;
  }

  /** The oldest loaded error's time: the `before` cursor of the next older page. */
  get oldest(): Date | undefined {
    return this.#entries.at(-1)?.timestamp;
  }

  /** Adds `page` (any part of the log, in any order) and tells what it brought. */
  add(page: readonly PipelineError[]): MergeOutcome {
    const hadAny = this.#entries.length > 0;
    const fresh: PipelineError[] = [];
    let overlap = false;
    for (const error of page) {
      if (this.#ids.has(error.id)) overlap = true;
      else {
        this.#ids.add(error.id);
        fresh.push(error);
      }
    }
    if (fresh.length > 0) this.#insert(fresh.sort(newestFirst));
    return { added: fresh.length, disjoint: hadAny && !overlap && page.length > 0 };
  }

  /** Forgets everything (another pipeline). */
  clear(): void {
    this.#entries = [];
    this.#ids = new Set();
    this.#counts = { replication: 0, schema: 0, connection: 0, write: 0, unknown: 0 };
    this.#index = new RepeatIndex();
    this.#order = [];
    this.#version++;
    this.#newEpoch();
  }

  #newEpoch(): void {
    this.#epoch++;
    this.#onTopCount = 0;
  }

  /** Inserts newest-first `fresh` errors: on top, at the bottom, or (rarely) interleaved. */
  #insert(fresh: PipelineError[]): void {
    this.#version++;
    for (const error of fresh) this.#counts[error.type]++;
    const top = this.#entries[0];
    const bottom = this.#entries.at(-1);
    if (top !== undefined && newestFirst(fresh.at(-1)!, top) <= 0 && fresh.length <= INCREMENTAL) {
      this.#entries = fresh.concat(this.#entries);
      this.#onTopCount += fresh.length;
      // Oldest first, so the newest ends up in front of its group and the group in front of all.
      for (let i = fresh.length - 1; i >= 0; i--) this.#onTop(fresh[i]!);
    } else if (bottom !== undefined && newestFirst(bottom, fresh[0]!) <= 0) {
      // In place: a large page comes in a chunk at a time, and copying the whole log per chunk
      // made taking in 100,000 errors quadratic.
      for (const error of fresh) {
        this.#entries.push(error);
        this.#atBottom(error);
      }
    } else {
      this.#entries = this.#entries.length === 0 ? fresh : this.#entries.concat(fresh).sort(newestFirst);
      this.#newEpoch();
      this.#index = new RepeatIndex();
      this.#order = [];
      for (const error of this.#entries) this.#atBottom(error);
    }
  }

  #onTop(error: PipelineError): void {
    const { group, created } = this.#index.place(error);
    if (!created) {
      group.entries.unshift(error);
      this.#order.splice(this.#order.indexOf(group), 1);
    }
    this.#order.unshift(group);
  }

  #atBottom(error: PipelineError): void {
    const { group, created } = this.#index.place(error);
    if (created) this.#order.push(group);
    else group.entries.push(error);
  }
}
