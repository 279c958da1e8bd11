/** English words of a pipeline's status and its Start/Stop controls (`<pipeline-status>`, `<pipeline-list>`). */
import type { PipelineStatus } from '../../schemas/index.js';
import type { ControlAction } from '../../store/mutation.js';
import { messages } from '../localize.js';

const status = {
  /** Each status in words, as the badge and the filter say it. */
  states: { running: 'Running', starting: 'Starting', stopping: 'Stopping', stopped: 'Stopped', error: 'Error', unknown: 'Unknown' } as Record<
    PipelineStatus,
    string
  >,
  statusPrefix: 'Status: ',
  /** Button text while idle and while the action's request runs. */
  actions: { start: { idle: 'Start', pending: 'Starting…' }, stop: { idle: 'Stop', pending: 'Stopping…' } } as Record<
    ControlAction,
    { idle: string; pending: string }
  >,
  stopTitle: (name: string) => `Stop ${name}?`,
  stopText: 'Replication stops until the pipeline is started again; changes wait in the source database meanwhile.',
  cancel: 'Cancel',
  stopPipeline: 'Stop pipeline',
  failed: (action: ControlAction, name: string, reason: string) => `Could not ${action} ${name}. ${reason}`,
  accepted: (action: ControlAction, name: string) => `${name}: ${action} accepted, ${action === 'start' ? 'starting' : 'stopping'}…`,
  runningFor: (duration: string) => `Running for ${duration}, since `,
  stoppedSince: 'Stopped since ',
  loading: 'Loading pipeline status',
  notCurrent: (age: string) => `Status not current, updated ${age}. `,
  couldNotLoad: 'Status could not be loaded. ',
};

/** The status and control words in `locale`. */
export const statusText = messages('status', status);
export default status;
