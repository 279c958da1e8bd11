/** The search box and the labelled checkbox that the table's and the error log's toolbars share. */
import { css, html, type TemplateResult } from 'lit';

/** Styles of {@link renderSearch} and {@link renderToggle}. */
export const fieldStyles = css`
  .search {
    flex: 1 1 12rem;
    min-width: 0;
    max-width: 24rem;
    font: inherit;
    padding: var(--_pm-space-xs) var(--_pm-space-sm);
    color: var(--_pm-color-text);
    background: var(--_pm-color-surface);
    border: var(--_pm-border-width) solid var(--_pm-color-border);
    border-radius: var(--_pm-radius-sm);
  }

  .toggle {
    display: inline-flex;
    align-items: center;
    gap: var(--_pm-space-xs);
    white-space: nowrap;
  }
`;

/** What a search box shows and whom it tells. */
export interface SearchInput {
  /** The CSS part that exposes the input. */
  part: string;
  /** Its accessible name, e.g. "Search errors". */
  label: string;
  placeholder: string;
  value: string;
  /** Called with the text on every keystroke. */
  onInput(text: string): void;
}

/** A search box. */
export function renderSearch(input: SearchInput): TemplateResult {
  return html`<input
    part=${input.part}
    class="search"
    type="search"
    aria-label=${input.label}
    placeholder=${input.placeholder}
    .value=${input.value}
    @input=${(e: Event) => input.onInput((e.target as HTMLInputElement).value)}
  />`;
}

/** A checkbox exposed as `part`, labelled by `label`. */
export function renderToggle(part: string, checked: boolean, onChange: (on: boolean) => void, label: unknown): TemplateResult {
  return html`<label class="toggle"
    ><input part=${part} type="checkbox" .checked=${checked} @change=${(e: Event) => onChange((e.target as HTMLInputElement).checked)} />
    ${label}</label
  >`;
}
