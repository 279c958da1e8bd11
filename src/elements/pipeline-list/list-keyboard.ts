/**
 * Moving between the list's rows by keyboard. Only the rows in view exist, so Tab alone cannot reach
 * the others: on a row's name, Up and Down move to the next name, Page Up and Page Down by a
 * screenful, Home and End to the first and last pipeline, scrolling the row into view first.
 */
import type { ReactiveElement } from 'lit';
import { revealRow, type ScrollParts } from './scroll-keeper.js';

/** What the keyboard needs from the list. */
export interface KeyboardOptions {
  parts(): ScrollParts;
  /** The ids of the pipelines shown, in display order. */
  shown(): readonly string[];
  /** The row height in px. */
  height(): number;
}

/** Handles keydown on the list's rows. */
export class ListKeyboard {
  readonly #host: ReactiveElement;
  readonly #options: KeyboardOptions;

  constructor(host: ReactiveElement, options: KeyboardOptions) {
    this.#host = host;
    this.#options = options;
  }

  /** The keydown listener of the rows' container. */
  readonly onKeydown = (event: KeyboardEvent): void => {
    const name = (event.target as HTMLElement).closest<HTMLElement>('[part~="name"]');
    const id = name?.closest<HTMLElement>('[role="row"]')?.dataset['id'];
    if (!id || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    const shown = this.#options.shown();
    const from = shown.indexOf(id);
    const { scroller } = this.#options.parts();
    const page = Math.max(1, Math.floor((scroller?.clientHeight ?? 0) / this.#options.height()) - 1);
    const to = { ArrowDown: from + 1, ArrowUp: from - 1, PageDown: from + page, PageUp: from - page, Home: 0, End: shown.length - 1 }[event.key];
    if (to === undefined || from < 0) return;
    event.preventDefault();
    void this.#focus(shown, Math.max(0, Math.min(shown.length - 1, to)));
  };

  async #focus(shown: readonly string[], index: number): Promise<void> {
    revealRow(this.#options.parts(), index, this.#options.height());
    this.#host.requestUpdate();
    await this.#host.updateComplete;
    const id = CSS.escape(shown[index]!);
    this.#host.shadowRoot?.querySelector<HTMLElement>(`[role="row"][data-id="${id}"] [part~="name"]`)?.focus();
  }
}
