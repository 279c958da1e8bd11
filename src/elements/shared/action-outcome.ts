/**
 * What an accepted start or stop came to, in words. Loaded with `import()` only once somebody
 * starts or stops a pipeline, so a page that only shows status does not download it.
 */
import type { PipelineStatus } from '../../schemas/index.js';
import type { ControlAction } from '../../store/mutation.js';
import { SETTLE_TIMEOUT_MS, type SettledAction } from '../../store/settle.js';
import type { Locale } from '../../format/index.js';
import { outcomeText } from '../../i18n/en/outcome.js';
import { statusText } from '../../i18n/en/status.js';

const GOAL: Record<ControlAction, PipelineStatus> = { start: 'running', stop: 'stopped' };

/**
 * What a followed action ended in, in words: "stopped", "started, then failed: <error_message>",
 * or that it is still on its way; `ok` when the pipeline reached what was asked.
 */
export function describeOutcome({ action, pipeline, timedOut }: SettledAction, locale: Locale): { text: string; ok: boolean } {
  const t = outcomeText(locale);
  const state = statusText(locale).states[pipeline?.status ?? 'unknown'];
  if (pipeline?.status === GOAL[action]) return { text: t.done(action), ok: true };
  if (timedOut) return { text: t.stillAfter(action, state, SETTLE_TIMEOUT_MS / 1000), ok: false };
  if (pipeline?.status === 'error') return { text: t.thenFailed(action, pipeline.error_message), ok: false };
  return { text: t.endedIn(action, state), ok: false };
}
