/**
 * A pipeline's status as a badge: an icon and the status in words, its colour only a third cue.
 * Shared by `<pipeline-status>` and `<pipeline-list>` so a status looks the same everywhere.
 */
import { css, html, type TemplateResult } from 'lit';
import type { Locale } from '../../format/index.js';
import { statusText } from '../../i18n/en/status.js';
import type { PipelineStatus } from '../../schemas/index.js';
import { renderControlIcon } from '../../theme/control-icons.js';
import { renderIcon } from '../../theme/index.js';
import { STATUS_INFO } from './pipeline-lifecycle.js';

/** The badge of `status`: `part="badge"` (or `part`) with `data-status`, spoken "Status: Running". */
export function renderBadge(status: PipelineStatus, locale: Locale, part = 'badge'): TemplateResult {
  const info = STATUS_INFO[status];
  const t = statusText(locale);
  const icon =
    info.icon === 'ok' || info.icon === 'critical'
      ? renderIcon(info.icon, `${part}-icon`)
      : renderControlIcon(info.icon, `${part}-icon`, info.icon === 'progress' ? 'pm-spin' : '');
  return html`<span part=${part} class="badge badge--${info.tone}" data-status=${status}
    >${icon}<span class="visually-hidden">${t.statusPrefix}</span><span>${t.states[status]}</span></span
  >`;
}

/** Styles of {@link renderBadge} and of the spinning progress icon; add to the element's `static styles`. */
export const badgeStyles = css`
  .badge {
    display: inline-flex;
    align-items: center;
    gap: var(--_pm-space-xs);
    padding: 0 var(--_pm-space-sm);
    border-radius: 999px;
    border: var(--_pm-border-width) solid currentColor;
    font-size: var(--_pm-font-size-sm);
    font-weight: var(--_pm-font-weight-strong);
    white-space: nowrap;
  }

  .badge--ok {
    background: var(--_pm-color-ok-surface);
    color: var(--_pm-color-ok);
  }

  .badge--critical {
    background: var(--_pm-color-critical-surface);
    color: var(--_pm-color-critical);
  }

  .badge--busy {
    background: var(--_pm-color-warning-surface);
    color: var(--_pm-color-warning);
  }

  .badge--neutral {
    background: var(--_pm-color-surface-muted);
    color: var(--_pm-color-text-muted);
  }

  .pm-spin {
    animation: pm-spin 1s linear infinite;
  }

  @keyframes pm-spin {
    to {
      transform: rotate(360deg);
    }
  }
`;
