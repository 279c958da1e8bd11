/**
 * One tab stop for a run of like items (a grid's rows, a log's entries, a header's columns), with
 * arrow keys inside: a "roving tabindex". Only the current item's controls are in the tab order;
 * the others get `tabindex="-1"`, so a table of 10,000 rows or a log of 200 errors costs the
 * keyboard one or two presses of Tab, not thousands. The current item is the one focused last; when
 * it leaves the DOM (a virtualised row scrolled away), the first item present takes its place.
 *
 * The controller works on the rendered DOM after each update and listens on the shadow root, so
 * the element's templates do not change; items rendered later are taken in by the next update.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Which arrow keys move between items; `none` leaves the keys to the element (it only keeps the tab stop). */
export type RovingKeys = 'vertical' | 'horizontal' | 'none';

/** Where the items are and what takes focus in them. */
export interface RovingOptions {
  /** Selects the items, in order, in the host's shadow root. */
  items: string;
  /** Selects the controls inside an item that Tab may reach while the item is current; without it the item is the control. */
  focusables?: string;
  /** Selects, among those, the control the arrow keys move to and from; defaults to all of them. */
  target?: string;
  keys: RovingKeys;
}

const NEXT: Record<Exclude<RovingKeys, 'none'>, Record<string, number>> = {
  vertical: { ArrowDown: 1, ArrowUp: -1 },
  horizontal: { ArrowRight: 1, ArrowLeft: -1 },
};

/** Keeps one item's controls in the tab order and moves between items by arrow keys. */
export class RovingFocus implements ReactiveController {
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #options: RovingOptions;
  #current: HTMLElement | undefined;
  #root: ShadowRoot | undefined;

  constructor(host: ReactiveControllerHost & HTMLElement, options: RovingOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  // On the shadow root, not the host: a focus move between two nodes of the same shadow root is
  // not dispatched to the host at all (target and related target both retarget to it).
  hostConnected(): void {
    this.#root = this.#host.shadowRoot ?? undefined;
    this.#root?.addEventListener('keydown', this.#onKeydown as EventListener);
    this.#root?.addEventListener('focusin', this.#onFocusin as EventListener);
  }

  hostDisconnected(): void {
    this.#root?.removeEventListener('keydown', this.#onKeydown as EventListener);
    this.#root?.removeEventListener('focusin', this.#onFocusin as EventListener);
  }

  hostUpdated(): void {
    this.sync();
  }

  /** Puts the current item's controls in the tab order and takes every other item's out. */
  sync(): void {
    const items = this.#items();
    const current = this.#current?.isConnected && items.includes(this.#current) ? this.#current : items[0];
    for (const item of items) {
      const tabIndex = item === current ? 0 : -1;
      for (const control of this.#controls(item)) {
        if (control.tabIndex !== tabIndex) control.tabIndex = tabIndex;
      }
    }
  }

  #controls(item: HTMLElement): HTMLElement[] {
    const { focusables } = this.#options;
    return focusables === undefined ? [item] : [...item.querySelectorAll<HTMLElement>(focusables)];
  }

  #items(): HTMLElement[] {
    return [...(this.#host.shadowRoot?.querySelectorAll<HTMLElement>(this.#options.items) ?? [])];
  }

  /** The item holding the event's original target, if any. */
  #itemOf(event: Event): { item: HTMLElement; target: HTMLElement } | undefined {
    const target = event.target;
    if (!(target instanceof HTMLElement)) return undefined;
    const item = target.closest<HTMLElement>(this.#options.items);
    return item ? { item, target } : undefined;
  }

  readonly #onFocusin = (event: FocusEvent): void => {
    const found = this.#itemOf(event);
    if (!found || found.item === this.#current) return;
    this.#current = found.item;
    this.sync();
  };

  readonly #onKeydown = (event: KeyboardEvent): void => {
    const { keys } = this.#options;
    if (keys === 'none' || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    const found = this.#itemOf(event);
    if (!found || !this.#isTarget(found.item, found.target)) return;
    const items = this.#items();
    const from = items.indexOf(found.item);
    const step = NEXT[keys][event.key];
    const to = event.key === 'Home' ? 0 : event.key === 'End' ? items.length - 1 : step === undefined ? undefined : from + step;
    if (to === undefined || to < 0 || to >= items.length) return;
    event.preventDefault();
    this.#current = items[to];
    this.sync();
    this.#controls(items[to]!).find((control) => this.#isTarget(items[to]!, control))?.focus();
  };

  #isTarget(item: HTMLElement, control: HTMLElement): boolean {
    const { target } = this.#options;
    return this.#controls(item).includes(control) && (target === undefined || control.matches(target));
  }
}
