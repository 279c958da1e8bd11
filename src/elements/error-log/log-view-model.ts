/**
 * What the log shows of the loaded errors, each list recomputed only when its inputs changed.
 * Without a filter the history's own counts and groups are used as they are (kept up to date
 * incrementally); a filter or "every occurrence" mode derives them once per change.
 */
import type { PipelineError, PipelineErrorType } from '../../schemas/index.js';
import { ERROR_TYPES, filterErrors, groupErrors, type ErrorGroup, type TypeFilter } from './error-groups.js';
import type { ErrorHistory } from './error-history.js';

function memo<A extends readonly unknown[], R>(compute: (...args: A) => R): (...args: A) => R {
  let last: { args: A; result: R } | undefined;
  return (...args: A): R => {
    if (last && last.args.length === args.length && last.args.every((a, i) => a === args[i])) return last.result;
    last = { args, result: compute(...args) };
    return last.result;
  };
}

/** Loaded errors in, what the log shows out. */
export class LogViewModel {
  readonly #counts = memo((_version: number, counts: Readonly<Record<PipelineErrorType, number>>) =>
    ERROR_TYPES.filter((t) => counts[t] > 0).map((t): [PipelineErrorType, number] => [t, counts[t]]),
  );
  readonly #visible = memo((_version: number, entries: readonly PipelineError[], type: TypeFilter, search: string) =>
    filterErrors(entries, type, search),
  );
  readonly #groups = memo((_version: number, visible: readonly PipelineError[], collapse: boolean, history: ErrorHistory) =>
    // Unfiltered and collapsed: the history's groups, copied since the history changes them in place.
    collapse && visible === history.entries ? [...history.groups] : groupErrors(visible, collapse),
  );

  /** Loaded errors by type, types present only, in display order. */
  counts(history: ErrorHistory): [PipelineErrorType, number][] {
    return this.#counts(history.version, history.counts);
  }

  /** Loaded errors matching the type filter and the search: what "export" writes. */
  visible(history: ErrorHistory, type: TypeFilter, search: string): readonly PipelineError[] {
    return this.#visible(history.version, history.entries, type, search);
  }

  /** The visible errors as entries, identical ones collapsed when `collapse` is on. */
  groups(history: ErrorHistory, visible: readonly PipelineError[], collapse: boolean): readonly ErrorGroup[] {
    return this.#groups(history.version, visible, collapse, history);
  }
}
