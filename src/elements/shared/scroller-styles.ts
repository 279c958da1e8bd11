/** The bordered scroll box the table's rows and the error log's entries live in. */
import { css } from 'lit';

/** `.scroller`: scrolls within itself and shows keyboard focus; each element sets its own `max-height`. */
export const scrollerStyles = css`
  .scroller {
    /* Contains the absolutely positioned visually-hidden texts, which would otherwise stretch the page. */
    position: relative;
    overflow: auto;
    overscroll-behavior: contain;
    border: var(--_pm-border-width) solid var(--_pm-color-border);
    border-radius: var(--_pm-radius-sm);
  }

  .scroller:focus-visible {
    outline: var(--_pm-focus-ring);
    outline-offset: var(--_pm-focus-ring-offset);
  }
`;
