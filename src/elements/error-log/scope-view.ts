/**
 * What the type filter's counts and the search cover: the whole log when the server counts and
 * searches it, else only the loaded errors, which the log then says in words.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { formatInteger, type Locale } from '../../format/index.js';
import type { PipelineErrorType } from '../../schemas/index.js';
import { errorLogText } from '../../i18n/en/error-log.js';
import { ERROR_TYPES, type TypeFilter } from './error-groups.js';

/** The type filter's numbers. */
export interface ChipCounts {
  /** Per type listed, in display order. */
  counts: [PipelineErrorType, number][];
  /** The "All" count. */
  total: number;
}

/**
 * The chips of the server's whole-log `counts`: the types with errors, and the selected type even
 * at 0 (so it can be unselected); undefined when the server sent none.
 */
export function chipCounts(sent: Readonly<Record<string, number>> | undefined, selected: TypeFilter): ChipCounts | undefined {
  if (sent === undefined) return undefined;
  // A type outside the contract's counts as unknown.
  const counts: Record<PipelineErrorType, number> = { replication: 0, schema: 0, connection: 0, write: 0, unknown: 0 };
  for (const [type, n] of Object.entries(sent)) counts[(ERROR_TYPES as readonly string[]).includes(type) ? (type as PipelineErrorType) : 'unknown'] += n;
  const listed = ERROR_TYPES.filter((type) => counts[type] > 0 || type === selected);
  return { counts: listed.map((type) => [type, counts[type]]), total: ERROR_TYPES.reduce((sum, type) => sum + counts[type], 0) };
}

/** What the scope line needs. */
export interface ScopeInput {
  /** A new filter or search is on its way to the server; the list is the previous one's. */
  searching: boolean;
  loaded: number;
  /** The counts are of the loaded errors (the server sent no whole-log counts). */
  countsLoaded: boolean;
  /** The search is applied to the loaded errors only (the server does not search). */
  searchLoaded: boolean;
  locale: Locale;
}

/** "Searching…", or which errors the counts and the search cover when it is not the whole log. */
export function renderScope(input: ScopeInput): TemplateResult | typeof nothing {
  const n = formatInteger(input.loaded, input.locale);
  const t = errorLogText(input.locale);
  const notes = [input.countsLoaded && input.loaded > 0 ? t.countsLoaded(n) : '', input.searchLoaded ? t.searchLoaded(n) : ''].filter((note) => note !== '');
  if (!input.searching && notes.length === 0) return nothing;
  return html`<p part="scope" class="scope" aria-live="polite">
    ${input.searching ? html`<span class="scope__busy">${t.searching}</span>` : nothing} ${notes.join(' ')}
  </p>`;
}
