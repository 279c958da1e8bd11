/** English words every data-bound element shares: loading, failure and empty lines, Retry, the library's own error messages. */
import type { MonitorError } from '../../errors.js';
import { messages } from '../localize.js';

const common = {
  /** What a failure says: in English the message the library wrote; other languages describe it by kind and status. */
  error: (error: MonitorError): string => error.message,
  loading: (what: 'alerts' | 'errors' | 'matching errors' | 'pipelines' | 'tables') => `Loading ${what}…`,
  staleUpdated: (age: string) => `Stale · updated ${age}`,
  notLoaded: 'Not loaded · see the message above',
  retry: 'Retry',
  noData: 'No data',
  /** A pipeline without a `pipeline-name`, in accessible names. */
  pipeline: (idStart: string) => `pipeline ${idStart}`,
};

/** The shared words in `locale`. */
export const commonText = messages('common', common);

/** What `error` says in `locale`. */
export const errorText = (locale: string | undefined): ((error: MonitorError) => string) => commonText(locale).error;
export default common;
