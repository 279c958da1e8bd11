/**
 * A severity as an icon and a word, its colour only a third cue; and the compact count badge
 * (firing alerts by severity) for headers and list rows.
 */
import { css, html, nothing, svg, type TemplateResult } from 'lit';
import { formatInteger, type Locale } from '../../format/index.js';
import type { AlertSeverity } from '../../schemas/alerts.js';
import { alertsText } from '../../i18n/en/alerts.js';
import { iconSvg, renderIcon } from '../../theme/icons.js';
import { SEVERITY_ORDER, type SeverityCounts } from './alert-rows.js';

const INFO_GLYPH = svg`<circle cx="8" cy="8" r="6.5" /><path d="M8 7.2v4M8 4.8v.4" />`;

/** The icon of `severity`, decorative: the word beside it carries the meaning. */
export function renderSeverityIcon(severity: AlertSeverity, part = 'severity-icon'): TemplateResult {
  return severity === 'critical' || severity === 'warning' ? renderIcon(severity, part) : iconSvg(INFO_GLYPH, part);
}

/** `severity` as icon and word. */
export function renderSeverity(severity: AlertSeverity, locale: Locale): TemplateResult {
  return html`<span part="severity" class="severity severity--${severity}" data-severity=${severity}
    >${renderSeverityIcon(severity)}<span>${alertsText(locale).severities[severity]}</span></span
  >`;
}

/**
 * The firing alerts by severity ("2 critical · 1 warning"), or "No alerts firing"; `label` names
 * the pipeline for assistive technology.
 */
export function renderCounts(counts: SeverityCounts, label: string, locale: Locale): TemplateResult {
  const present = SEVERITY_ORDER.filter((severity) => counts[severity] > 0);
  const t = alertsText(locale);
  if (present.length === 0) {
    return html`<span part="badge badge-none" class="badge badge--none" role="img" aria-label=${t.noneFiringFor(label)}
      >${renderIcon('ok', 'badge-icon')}<span aria-hidden="true">${t.noAlerts}</span></span
    >`;
  }
  const words = present.map((severity) => t.count(formatInteger(counts[severity], locale), severity));
  return html`<span part="badge" class="badge" role="img" aria-label=${t.firingFor(label, words.join(', '))}>
    ${present.map(
      (severity, i) => html`${i > 0 ? html`<span class="sep" aria-hidden="true">·</span>` : nothing}<span
          part="badge-count badge-${severity}"
          class="count severity--${severity}"
          aria-hidden="true"
          >${renderSeverityIcon(severity, 'badge-icon')}${words[i]}</span
        >`,
    )}
  </span>`;
}

/** Colours of the severities; add to the element's `static styles`. */
export const severityStyles = css`
  .severity,
  .count {
    display: inline-flex;
    align-items: center;
    gap: var(--_pm-space-xs);
    font-weight: var(--_pm-font-weight-strong);
    white-space: nowrap;
  }

  .severity--critical {
    color: var(--_pm-color-critical);
  }

  .severity--warning {
    color: var(--_pm-color-warning);
  }

  .severity--info,
  .severity--unknown {
    color: var(--_pm-color-accent);
  }
`;
