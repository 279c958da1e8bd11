/**
 * What the log shows of the loaded errors. Without a filter the history's own counts and groups
 * are used as they are (kept up to date incrementally). A filter or "every occurrence" mode
 * derives its list once per change of filter and then follows the history the same way: errors
 * added on top or at the bottom are filtered and grouped alone. A 100,000-error page comes in a
 * chunk per task; filtering all of it again every frame made each of those frames a long task.
 */
import type { PipelineError, PipelineErrorType } from '../../schemas/index.js';
import { ERROR_TYPES, filterErrors, RepeatIndex, type ErrorGroup, type TypeFilter } from './error-groups.js';
import type { ErrorHistory } from './error-history.js';

function memo<A extends readonly unknown[], R>(compute: (...args: A) => R): (...args: A) => R {
  let last: { args: A; result: R } | undefined;
  return (...args: A): R => {
    if (last && last.args.length === args.length && last.args.every((a, i) => a === args[i])) return last.result;
    last = { args, result: compute(...args) };
    return last.result;
  };
}

/** An error as its own entry ("every occurrence" mode). */
const single = (error: PipelineError): ErrorGroup => ({ key: `id:${error.id}`, entries: [error] });

/** The errors matching one filter and their entries, following one history as it grows. */
class FilteredLog {
  readonly type: TypeFilter;
  readonly search: string;
  readonly collapse: boolean;
  /** Matching errors, newest first; grows in place. */
  readonly visible: PipelineError[] = [];
  /** Their entries, ordered by newest occurrence; changes in place. */
  readonly groups: ErrorGroup[] = [];
  readonly #index = new RepeatIndex();
  #epoch = -1;
  #onTop = 0;
  #length = 0;
  #version = -1;

  /** `search` lower-cased and trimmed. */
  constructor(type: TypeFilter, search: string, collapse: boolean) {
    this.type = type;
    this.search = search;
    this.collapse = collapse;
  }

  /** Takes in what the history gained since the last call; false when it was built anew (start over). */
  follow(history: ErrorHistory): boolean {
    if (history.version === this.#version) return true;
    if (history.epoch !== this.#epoch) {
      if (this.#epoch !== -1) return false;
      this.#epoch = history.epoch;
    }
    const { entries } = history;
    const top = history.addedOnTop - this.#onTop;
    this.#placeOnTop(filterErrors(entries.slice(0, top), this.type, this.search));
    for (const error of filterErrors(entries.slice(this.#length + top), this.type, this.search)) this.#placeAtBottom(error);
    this.#onTop = history.addedOnTop;
    this.#length = entries.length;
    this.#version = history.version;
    return true;
  }

  /** Newest-first `fresh` errors, all newer than those placed before. */
  #placeOnTop(fresh: readonly PipelineError[]): void {
    if (fresh.length === 0) return;
    this.visible.unshift(...fresh);
    if (!this.collapse) {
      this.groups.unshift(...fresh.map(single));
      return;
    }
    // Oldest first, so the newest ends up in front of its group and the group in front of all.
    for (let i = fresh.length - 1; i >= 0; i--) {
      const error = fresh[i]!;
      const { group, created } = this.#index.place(error);
      if (!created) {
        group.entries.unshift(error);
        this.groups.splice(this.groups.indexOf(group), 1);
      }
      this.groups.unshift(group);
    }
  }

  #placeAtBottom(error: PipelineError): void {
    this.visible.push(error);
    if (!this.collapse) {
      this.groups.push(single(error));
      return;
    }
    const { group, created } = this.#index.place(error);
    if (created) this.groups.push(group);
    else group.entries.push(error);
  }
}

/** Loaded errors in, what the log shows out. */
export class LogViewModel {
  readonly #counts = memo((_version: number, counts: Readonly<Record<PipelineErrorType, number>>) =>
    ERROR_TYPES.filter((t) => counts[t] > 0).map((t): [PipelineErrorType, number] => [t, counts[t]]),
  );
  /** Unfiltered and collapsed: the history's groups, copied since the history changes them in place. */
  readonly #historyGroups = memo((_version: number, history: ErrorHistory) => [...history.groups]);
  #filtered: FilteredLog | undefined;

  /** Loaded errors by type, types present only, in display order. */
  counts(history: ErrorHistory): [PipelineErrorType, number][] {
    return this.#counts(history.version, history.counts);
  }

  /**
   * The loaded errors matching the type filter and the search (what "export" writes) and their
   * entries, identical errors collapsed when `collapse` is on. Both change in place as errors
   * come in.
   */
  shown(history: ErrorHistory, type: TypeFilter, search: string, collapse: boolean): { visible: readonly PipelineError[]; groups: readonly ErrorGroup[] } {
    if (collapse && unfiltered(type, search)) return { visible: history.entries, groups: this.#historyGroups(history.version, history) };
    const view = this.#follow(history, type, search, collapse);
    return { visible: unfiltered(type, search) ? history.entries : view.visible, groups: view.groups };
  }

  #follow(history: ErrorHistory, type: TypeFilter, search: string, collapse: boolean): FilteredLog {
    const needle = search.trim().toLowerCase();
    let view = this.#filtered;
    if (!view || view.type !== type || view.search !== needle || view.collapse !== collapse || !view.follow(history)) {
      view = new FilteredLog(type, needle, collapse);
      view.follow(history);
      this.#filtered = view;
    }
    return view;
  }
}

function unfiltered(type: TypeFilter, search: string): boolean {
  return type === 'all' && search.trim() === '';
}
