/** English words of `<auto-refresh>`. */
import { messages } from '../localize.js';

const refresh = {
  label: 'Auto-refresh',
  off: 'Off',
  resume: 'Resume',
  pause: 'Pause',
  /** Completes "Pause"/"Resume" for screen readers. */
  what: ' auto-refresh',
  now: 'Refresh now',
  refreshing: 'Refreshing',
  never: 'Not updated yet',
  updated: 'Updated ',
};

/** The auto-refresh words in `locale`. */
export const refreshText = messages('refresh', refresh);
export default refresh;
