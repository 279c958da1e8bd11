/** English words every data-bound element shares: loading, failure and empty lines, Retry, the library's own error messages. */
import type { MonitorError } from '../../errors.js';
import { messages } from '../localize.js';

const common = {
  /** What a failure says: in English the message the library wrote; other languages describe it by kind and status. */
  error: (error: MonitorError): string => error.message,
  /** Several resources failing for one cause ("The pipeline, pipeline metrics requests failed …"). */
  groupError: (errors: readonly MonitorError[], list: (items: string[]) => string): string => {
    const first = errors[0]!;
    const resources = [...new Set(errors.map((error) => error.resource))];
    if (resources.length === 1) return first.message;
    const plural = first.message.replace(`The ${first.resource} request `, `The ${list(resources)} requests `);
    return plural === first.message ? first.message.split(first.resource).join(list(resources)) : plural;
  },
  loading: (what: 'alerts' | 'errors' | 'matching errors' | 'pipelines' | 'tables') => `Loading ${what}…`,
  staleUpdated: (age: string) => `Stale · updated ${age}`,
  notLoaded: 'Not loaded · see the message above',
  retry: 'Retry',
  noData: 'No data',
  /** A pipeline without a `pipeline-name`, in accessible names. */
  pipeline: (idStart: string) => `pipeline ${idStart}`,
  noPipeline: 'No pipeline selected.',
  /** A lower sort level, spoken after the column's name. */
  sortLevel: (level: number, direction: 'ascending' | 'descending') => `, sort level ${level}, ${direction}`,
};

/** The shared words in `locale`. */
export const commonText = messages('common', common);

/** What `error` says in `locale`. */
export const errorText = (locale: string | undefined): ((error: MonitorError) => string) => commonText(locale).error;
export default common;
