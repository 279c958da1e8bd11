/**
 * The context through which a composing parent (such as `<pipeline-dashboard>`) collects the
 * failures of the queries inside it, to show each cause once. Only the key and the reporting
 * shape live here, so an element that merely reports does not load the grouping (failure-scope.ts).
 */
import { createContext } from '@lit/context';
import type { MonitorError } from '../errors.js';

/** Where a query controller reports its query's failure, or (with no error) its recovery. */
export interface FailureReporter {
  /** `query` identifies the query (controllers of one query retry it once); `retry` fetches it again. */
  report(reporter: object, error: MonitorError | undefined, query?: string, retry?: () => Promise<void>): void;
}

/** Context key for the {@link FailureReporter} a composing parent provides. */
export const failureScopeContext = createContext<FailureReporter | undefined>(Symbol('pipeline-monitor.failure-scope'));
