/**
 * Failures grouped by cause. A composing element (such as `<pipeline-dashboard>`) provides a
 * scope; every query controller inside reports its failure there instead of showing its own
 * message, so one outage is one message with one Retry, not one banner per section. Each section
 * still marks its own data stale.
 */
import type { MonitorError } from '../errors.js';
import { Subscribable } from '../store/subscribable.js';
import type { FailureReporter } from './failure-context.js';

/** One failing query as its controller reports it. */
interface Report {
  error: MonitorError;
  /** The query's identity: several controllers showing one query retry it once. */
  query: string;
  retry(): Promise<void>;
}

/** Failures with one cause: the same kind of error from one or more queries. */
export interface FailureGroup {
  /** Identifies the cause: equal for the same HTTP status, the same unreachable server, … */
  readonly key: string;
  /** Every failure with this cause, in the order they were reported. */
  readonly errors: readonly MonitorError[];
  /** Retries every query of the group. */
  retry(): Promise<void>;
}

/**
 * What makes two failures one cause. Transport, timeout and HTTP failures are the server's (or the
 * network's), whatever was asked; a contract violation is one resource's.
 */
export function causeOf(error: MonitorError): string {
  switch (error.kind) {
    case 'schema':
      return `schema|${error.resource}|${error.field ?? ''}`;
    case 'upstream':
      return `upstream|${error.message}`;
    default:
      return `${error.kind}|${error.status ?? ''}`;
  }
}

/** The failing queries of one composed view, grouped by cause. */
export class FailureScope extends Subscribable<() => void> implements FailureReporter {
  #reports = new Map<object, Report>();
  #notifying = false;

  /** Records (or, with no error, clears) the failure of `reporter`'s `query`. */
  report(reporter: object, error: MonitorError | undefined, query = '', retry: () => Promise<void> = async () => {}): void {
    const before = this.#reports.get(reporter);
    if (before?.error === error) return;
    if (error) this.#reports.set(reporter, { error, query, retry });
    else if (before) this.#reports.delete(reporter);
    else return;
    // One outage reaches every section in the same task: the parent hears of it once.
    if (this.#notifying) return;
    this.#notifying = true;
    queueMicrotask(() => {
      this.#notifying = false;
      this.notify();
    });
  }

  /** The current failures, one group per cause, in the order the causes first appeared. */
  groups(): FailureGroup[] {
    const byCause = new Map<string, Report[]>();
    for (const report of this.#reports.values()) {
      const key = causeOf(report.error);
      const group = byCause.get(key);
      if (group) group.push(report);
      else byCause.set(key, [report]);
    }
    return [...byCause].map(([key, reports]) => ({
      key,
      errors: reports.map((report) => report.error),
      retry: async () => {
        const once = new Map(reports.map((report) => [report.query, report.retry]));
        await Promise.all([...once.values()].map((retry) => retry()));
      },
    }));
  }
}

