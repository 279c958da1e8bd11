/**
 * What an accepted start or stop came to, in words. Loaded with `import()` only once somebody
 * starts or stops a pipeline, so a page that only shows status does not download it.
 */
import type { PipelineStatus } from '../../schemas/index.js';
import type { ControlAction } from '../../store/mutation.js';
import { SETTLE_TIMEOUT_MS, type SettledAction } from '../../store/settle.js';
import { STATUS_INFO } from './pipeline-lifecycle.js';

const DONE: Record<ControlAction, { verb: string; goal: PipelineStatus }> = {
  start: { verb: 'started', goal: 'running' },
  stop: { verb: 'stopped', goal: 'stopped' },
};

/**
 * What a followed action ended in, in words: "stopped", "started, then failed: <error_message>",
 * or that it is still on its way; `ok` when the pipeline reached what was asked.
 */
export function describeOutcome({ action, pipeline, timedOut }: SettledAction): { text: string; ok: boolean } {
  const { verb, goal } = DONE[action];
  if (pipeline?.status === goal) return { text: verb, ok: true };
  if (timedOut) {
    const where = pipeline ? STATUS_INFO[pipeline.status].text.toLowerCase() : 'unknown';
    return { text: `${action} accepted, but the pipeline is still ${where} after ${SETTLE_TIMEOUT_MS / 1000} s.`, ok: false };
  }
  if (pipeline?.status === 'error') {
    return { text: `${verb}, then failed: ${pipeline.error_message ?? 'no reason given'}`, ok: false };
  }
  return { text: `${action} accepted, but the pipeline is ${STATUS_INFO[pipeline?.status ?? 'unknown'].text.toLowerCase()}.`, ok: false };
}
