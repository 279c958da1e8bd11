/** English words of what an accepted start or stop came to; loaded with `action-outcome.ts`, on the first action. */
import type { ControlAction } from '../../store/mutation.js';
import { messages } from '../localize.js';

const outcome = {
  done: (action: ControlAction): string => (action === 'start' ? 'started' : 'stopped'),
  stillAfter: (action: ControlAction, state: string, seconds: number) => `${action} accepted, but the pipeline is still ${state.toLowerCase()} after ${seconds} s.`,
  thenFailed: (action: ControlAction, reason: string | undefined) => `${action === 'start' ? 'started' : 'stopped'}, then failed: ${reason ?? 'no reason given'}`,
  endedIn: (action: ControlAction, state: string) => `${action} accepted, but the pipeline is ${state.toLowerCase()}.`,
};

/** The outcome words in `locale`. */
export const outcomeText = messages('outcome', outcome);
export default outcome;
