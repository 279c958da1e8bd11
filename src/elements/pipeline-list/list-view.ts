/**
 * What the list shows, derived before each render: the prepared answer, its order, the rows passing
 * filter and search, and, when a new answer moved rows, the scroll that keeps the reader's row in
 * place (see scroll-keeper.ts).
 */
import type { Locale } from '../../format/index.js';
import type { PipelineList } from '../../schemas/index.js';
import { filterOrder, type StatusFilter } from './list-filter.js';
import { prepareFleet, type FleetModel } from './list-model.js';
import { ListOrder, type FigureSource } from './list-order.js';
import type { ListSortLevel } from './list-sort.js';
import { captureAnchor, restoreAnchor, rowHeight, scrollTo, settleAnchor, type Anchor, type ScrollParts } from './scroll-keeper.js';

/** What the view is derived from. */
export interface ViewInput {
  data: PipelineList | undefined;
  locale: Locale;
  sort: readonly ListSortLevel[];
  status: StatusFilter;
  search: string;
  /** The user changed sort, filter or search: the list starts again from its top. */
  userMoved: boolean;
  figures: FigureSource;
  parts: ScrollParts;
  /** The focused element of the host's shadow root. */
  active: Element | null;
}

/** The derived state of one `<pipeline-list>`. */
export class ListView {
  /** The prepared answer; undefined before the first. */
  model: FleetModel | undefined;
  /** Indices of the pipelines passing filter and search, in display order. */
  shown: readonly number[] = [];
  /** How many pipelines the current sort ranked on figures. */
  ranked = 0;
  readonly #order = new ListOrder();
  readonly #rowHeight: number;
  #of: [PipelineList | undefined, Locale] = [undefined, undefined];
  #anchor: Anchor | undefined;

  /** `rowHeight`: the row height in px assumed until a row is measured. */
  constructor(rowHeight: number) {
    this.#rowHeight = rowHeight;
  }

  /** Ranks everything anew at the next {@link derive}, with the figures loaded then. */
  resort(): void {
    this.#order.reset();
  }

  /** Brings the view up to `input`, before a render; returns whether a new answer came. */
  derive(input: ViewInput): boolean {
    const previous = this.model;
    const { data, locale } = input;
    if (data !== this.#of[0] || locale !== this.#of[1]) {
      const reuse = locale === this.#of[1] ? previous : undefined;
      this.#of = [data, locale];
      this.model = data ? prepareFleet(data, locale, reuse) : undefined;
    }
    const model = this.model;
    if (!model) return false;
    const answered = previous !== undefined && previous !== model;
    const anchor = answered && !input.userMoved ? captureAnchor(input.parts, input.active) : undefined;
    const arranged = this.#order.arrange(model, input.sort, input.figures);
    this.ranked = arranged.ranked;
    this.shown = filterOrder(arranged.order, model.pipelines, model.haystacks, input.status, input.search);
    const { scroller, window } = input.parts;
    if (input.userMoved && scroller) scrollTo(scroller, window, 0);
    if (anchor) this.#keep(anchor, input.parts);
    return previous !== model;
  }

  /** After the render: the last pixels of keeping the anchor row in place. */
  settle(parts: ScrollParts): void {
    if (this.#anchor) settleAnchor(parts, this.#anchor);
    this.#anchor = undefined;
  }

  #keep(anchor: Anchor, parts: ScrollParts): void {
    const at = this.model!.indexOf.get(anchor.id);
    const index = at === undefined ? -1 : this.shown.indexOf(at);
    if (index >= 0) {
      restoreAnchor(parts, index, this.shown.length, anchor.top, rowHeight(parts.body, this.#rowHeight));
      this.#anchor = anchor;
    } else if (anchor.focused) {
      // The focused pipeline left the list: focus stays in the list rather than falling to the page.
      queueMicrotask(() => parts.scroller?.focus());
    }
  }
}
