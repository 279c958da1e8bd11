/**
 * What the log shows of the loaded errors. Without a filter the history's own counts and groups
 * are used as they are (kept up to date incrementally). A filter or "every occurrence" mode
 * derives its list once per change of filter and then follows the history the same way: errors
 * added on top or at the bottom are filtered and grouped alone. A 100,000-error page comes in a
 * chunk per task; filtering all of it again every frame made each of those frames a long task.
 *
 * A new filter over many loaded errors (a search over 100,000 took 80-300 ms) is applied newest
 * first, a few thousand errors per task: the first matches show at once, the rest fill in below.
 */
import type { PipelineError, PipelineErrorType } from '../../schemas/index.js';
import { atOnce, NEXT_TASK, type SlicedWork, type WorkRunner } from '../shared/task-slicer.js';
import { ERROR_TYPES, filterErrors, RepeatIndex, type ErrorGroup, type TypeFilter } from './error-groups.js';
import type { ErrorHistory } from './error-history.js';

/** Errors a render filters at most; more are left to the runner, in steps of {@link STEP}. */
const PER_RENDER = 2000;
const STEP = 1000;

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
  /** Errors of the history placed on top, and how many from its start were looked at. */
  #onTop = 0;
  #through = 0;

  /** `search` lower-cased and trimmed. */
  constructor(type: TypeFilter, search: string, collapse: boolean) {
    this.type = type;
    this.search = search;
    this.collapse = collapse;
  }

  /**
   * Takes in the errors the history gained on top since the last call and up to `max` of those
   * not looked at yet below. `rebuilt`: the history was built anew, start over.
   */
  follow(history: ErrorHistory, max: number): 'complete' | 'behind' | 'rebuilt' {
    if (history.epoch !== this.#epoch) {
      if (this.#epoch !== -1) return 'rebuilt';
      this.#epoch = history.epoch;
    }
    const { entries } = history;
    const top = history.addedOnTop - this.#onTop;
    if (top > 0) {
      this.#placeOnTop(filterErrors(entries.slice(0, top), this.type, this.search));
      this.#onTop = history.addedOnTop;
      this.#through += top;
    }
    const end = Math.min(entries.length, this.#through + max);
    for (const error of filterErrors(entries.slice(this.#through, end), this.type, this.search)) this.#placeAtBottom(error);
    this.#through = end;
    return end === entries.length ? 'complete' : 'behind';
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

/** What the log shows. */
export interface Shown {
  /** The loaded errors matching the filter, newest first: what "export" writes. */
  readonly visible: readonly PipelineError[];
  /** Their entries, identical errors collapsed when asked. */
  readonly groups: readonly ErrorGroup[];
  /** False while older loaded errors are still being filtered (the lists grow below). */
  readonly complete: boolean;
}

/** Loaded errors in, what the log shows out. */
export class LogViewModel {
  readonly #run: WorkRunner;
  readonly #counts = memo((_version: number, counts: Readonly<Record<PipelineErrorType, number>>) =>
    ERROR_TYPES.filter((t) => counts[t] > 0).map((t): [PipelineErrorType, number] => [t, counts[t]]),
  );
  /** Unfiltered and collapsed: the history's groups, copied since the history changes them in place. */
  readonly #historyGroups = memo((_version: number, history: ErrorHistory) => [...history.groups]);
  #filtered: FilteredLog | undefined;
  /** The view being filtered by the runner. */
  #catchingUp: FilteredLog | undefined;

  /**
   * `run` filters what a render leaves (more than a few thousand errors): by default at once;
   * a TaskSlicer spreads it over tasks, its `done` in the last one updating the host.
   */
  constructor(run: WorkRunner = atOnce) {
    this.#run = run;
  }

  /** Loaded errors by type, types present only, in display order. */
  counts(history: ErrorHistory): [PipelineErrorType, number][] {
    return this.#counts(history.version, history.counts);
  }

  /**
   * The loaded errors matching the type filter and the search (what "export" writes) and their
   * entries, identical errors collapsed when `collapse` is on. Both change in place as errors
   * come in.
   */
  shown(history: ErrorHistory, type: TypeFilter, search: string, collapse: boolean): Shown {
    if (collapse && unfiltered(type, search)) {
      return { visible: history.entries, groups: this.#historyGroups(history.version, history), complete: true };
    }
    const needle = search.trim().toLowerCase();
    let view = this.#filtered;
    let state = view && view.type === type && view.search === needle && view.collapse === collapse ? view.follow(history, PER_RENDER) : 'rebuilt';
    if (state === 'rebuilt') {
      view = this.#filtered = new FilteredLog(type, needle, collapse);
      state = view.follow(history, PER_RENDER);
    }
    if (state === 'behind' && this.#catchingUp !== view) {
      this.#catchingUp = view!;
      this.#run(this.#catchUp(view!, history), () => (this.#catchingUp = undefined));
    }
    const complete = view!.follow(history, 0) === 'complete';
    return { visible: unfiltered(type, search) ? history.entries : view!.visible, groups: view!.groups, complete };
  }

  /** Filters the rest of what is loaded, a step at a time, while `view` is the one shown. */
  *#catchUp(view: FilteredLog, history: ErrorHistory): SlicedWork<void> {
    // Not in the render that asked for it: that task has the new entries to draw.
    yield NEXT_TASK;
    while (this.#filtered === view && view.follow(history, STEP) === 'behind') yield;
  }
}

function unfiltered(type: TypeFilter, search: string): boolean {
  return type === 'all' && search.trim() === '';
}
