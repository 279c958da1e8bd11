/** One entry of the log: badge, time, table, message, repeat count and its details. */
import { html, nothing, type TemplateResult } from 'lit';
import { formatInteger, type Locale } from '../../format/index.js';
import { errorLogText } from '../../i18n/en/error-log.js';
import type { PipelineError } from '../../schemas/index.js';
import { formatExact, renderTime } from '../shared/time-view.js';
import { visibleText } from '../shared/visible-text.js';
import type { ErrorGroup } from './error-groups.js';

/** The entry shows this much of a message (clamped to three lines); the details show it all. */
const MESSAGE_PREVIEW = 2000;
/** Occurrence times listed in the details of a repeated error. */
const OCCURRENCES_LISTED = 20;

/** What an entry needs besides its group. */
export interface EntryInput {
  now: number;
  locale: Locale;
  /** Whether the details are open (their content is only rendered then: a message may be 100 KB). */
  open: boolean;
  /** Drawn only when scrolled near (CSS `content-visibility: auto`). */
  lazy: boolean;
  onToggle(key: string, open: boolean): void;
}

function renderDetails(group: ErrorGroup, latest: PipelineError, locale: Locale): TemplateResult {
  const count = group.entries.length;
  const listed = group.entries.slice(0, OCCURRENCES_LISTED);
  const t = errorLogText(locale);
  return html`<dl class="facts">
      <dt>${t.type}</dt>
      <dd>${t.types[latest.type]}</dd>
      ${latest.table === undefined
        ? nothing
        : html`<dt>${t.table}</dt>
            <dd><bdi>${visibleText(latest.table)}</bdi></dd>`}
      <dt>${t.errorId(count > 1)}</dt>
      <dd><bdi>${visibleText(latest.id)}</bdi></dd>
    </dl>
    <pre part="full-message" class="full-message" tabindex="0" role="group" aria-label=${t.fullMessage}><bdi>${visibleText(latest.message, { keepBreaks: true })}</bdi></pre>
    ${count > 1
      ? html`<p class="occurrences-title">${t.occurred(formatInteger(count, locale), count > listed.length ? listed.length : undefined)}</p>
          <ol class="occurrences">
            ${listed.map((e) => html`<li><time datetime=${e.timestamp.toISOString()}>${formatExact(e.timestamp, locale)}</time></li>`)}
          </ol>`
      : nothing}`;
}

/** The entry of `group` (one error, or identical errors collapsed with their count). */
export function renderEntry(group: ErrorGroup, { now, locale, open, lazy, onToggle }: EntryInput): TemplateResult {
  const latest = group.entries[0]!;
  const count = group.entries.length;
  const t = errorLogText(locale);
  return html`<li part="entry" class="entry entry--${latest.type}${lazy ? ' entry--lazy' : ''}">
    <div class="entry__head">
      <span part="badge" class="badge badge--${latest.type}">${t.types[latest.type]}</span>
      ${renderTime(latest.timestamp, now, locale)}
      ${latest.table === undefined
        ? nothing
        : html`<bdi part="table" class="table" title=${visibleText(latest.table, { max: 500 })}
            >${visibleText(latest.table, { max: 200 })}</bdi
          >`}
      ${count > 1
        ? html`<span part="count" class="count"
            ><span aria-hidden="true">×${formatInteger(count, locale)}</span
            ><span class="visually-hidden">${t.repeated(formatInteger(count, locale))}</span></span
          >`
        : nothing}
    </div>
    <p part="message" class="message"><bdi>${visibleText(latest.message, { max: MESSAGE_PREVIEW, keepBreaks: true })}</bdi></p>
    <details
      part="details"
      class="details"
      ?open=${open}
      @toggle=${(e: Event) => onToggle(group.key, (e.currentTarget as HTMLDetailsElement).open)}
    >
      <summary>${t.details}</summary>
      ${open ? renderDetails(group, latest, locale) : nothing}
    </details>
  </li>`;
}
