/** The log's list, its status line and its "Load older" footer. */
import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { formatInteger, type Locale } from '../../format/index.js';
import { errorText } from '../../i18n/en/common.js';
import { errorLogText } from '../../i18n/en/error-log.js';
import { renderEmpty, renderLoading } from '../shared/query-status-view.js';
import { formatExact } from '../shared/time-view.js';
import { renderEntry } from './entry-view.js';
import type { ErrorGroup } from './error-groups.js';
import type { LogLoader } from './log-loader.js';

/** What the list needs. */
export interface ListInput {
  groups: readonly ErrorGroup[];
  /** Names the pipeline in the list's region, so two logs on a page are distinct landmarks. */
  pipelineLabel: string;
  /** Older loaded errors are still being filtered: more entries may come below. */
  filtering: boolean;
  /** How many of `groups` are rendered. */
  shown: number;
  /** How many of the first entries are drawn wherever they are; the others only near the view. */
  eager: number;
  /** Loaded errors (before filtering), to tell "no errors" from "nothing matches". */
  loaded: number;
  /** The server filtered what was loaded: none loaded means none matched. */
  filtered?: boolean;
  /** Errors the server has in total. */
  total: number;
  loader: LogLoader;
  openKeys: ReadonlySet<string>;
  now: number;
  locale: Locale;
  onToggle(key: string, open: boolean): void;
  onOlder(): void;
  onClearFilter(): void;
  onScroll(): void;
}

function renderFooter(input: ListInput): TemplateResult | typeof nothing {
  const { loader, groups, shown, loaded, total } = input;
  const more = groups.length > shown || (!loader.exhausted && loaded < total);
  const t = errorLogText(input.locale);
  if (loader.error) {
    return html`<div part="older-error" class="pm-status pm-status--error" role="alert">
      <span class="pm-status__message">${errorText(input.locale)(loader.error)}</span>
      <button type="button" part="load-older" class="pm-button" @click=${input.onOlder}>${t.retryOlder}</button>
    </div>`;
  }
  if (!more) return input.filtering ? nothing : html`<p part="end" class="end">${t.noOlder}</p>`;
  return html`<button
    type="button"
    part="load-older"
    class="pm-button older"
    ?disabled=${loader.loading}
    aria-busy=${loader.loading ? 'true' : 'false'}
    @click=${input.onOlder}
  >
    ${loader.loading ? t.loadingOlder : t.loadOlder}
  </button>`;
}

/** The list of entries in a scroll box, or why it is empty. */
export function renderList(input: ListInput): TemplateResult {
  const t = errorLogText(input.locale);
  if (input.loaded === 0 && !input.filtered) return renderEmpty(t.none);
  if (input.groups.length === 0) {
    if (input.filtering) return renderLoading('matching errors', input.locale);
    return renderEmpty(
      t.noMatch,
      html` <button type="button" class="pm-button" @click=${input.onClearFilter}>${t.clearFilter}</button>`,
    );
  }
  const entry = { now: input.now, locale: input.locale, onToggle: input.onToggle };
  return html`<div part="scroller" class="scroller" role="region" aria-label=${t.label(input.pipelineLabel)} tabindex="0" @scroll=${input.onScroll}>
    <ol part="list" class="list">
      ${repeat(
        input.groups.slice(0, input.shown),
        (g) => g.key,
        (g, i) => renderEntry(g, { ...entry, open: input.openKeys.has(g.key), lazy: i >= input.eager }),
      )}
    </ol>
    <div class="footer">${renderFooter(input)}</div>
  </div>`;
}

/** What the status line says. */
export interface StatusInput {
  loaded: number;
  total: number;
  /** Older loaded errors are still being filtered. */
  filtering: boolean;
  /** Errors that arrived while the reader was scrolled down. */
  unseen: number;
  gap: Date | undefined;
  notice: string;
  locale: Locale;
  onShowNew(): void;
}

/** "1,234 of 5,000 errors loaded", the new-arrivals button, a hole in the log, the last export. */
export function renderStatus(input: StatusInput): TemplateResult {
  const n = (v: number) => formatInteger(v, input.locale);
  const t = errorLogText(input.locale);
  return html`<div part="status" class="status">
    <span>${input.loaded >= input.total ? t.count(n(input.loaded)) : t.loaded(n(input.loaded), n(input.total))}</span>
    ${input.filtering ? html`<span>${t.filtering}</span>` : nothing}
    ${input.unseen > 0
      ? html`<button type="button" part="new-errors" class="pm-button new" @click=${input.onShowNew}>
          ↑ ${t.newErrors(n(input.unseen), input.unseen === 1)}
        </button>`
      : nothing}
    ${input.gap
      ? html`<span part="gap" class="gap">${t.gap(formatExact(input.gap, input.locale))}</span>`
      : nothing}
    <span class="visually-hidden" role="status">${input.unseen > 0 ? t.newErrors(n(input.unseen), input.unseen === 1) : ''}</span>
    <span part="notice" class="notice" role="status">${input.notice}</span>
  </div>`;
}
