/** The bordered scroll box the table's rows and the error log's entries live in. */
import { css } from 'lit';

/**
 * `.scroller`: scrolls within itself and shows keyboard focus; each element sets its own
 * `max-height`. Inside a `.scroll-hint` wrapper (see scroll-hint.ts) a shadow marks each edge with
 * more beyond it. Printed, it grows to show everything: paper cannot scroll.
 */
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

  .scroll-hint {
    position: relative;
    --_hint: color-mix(in srgb, var(--_pm-color-text) 30%, transparent);
  }

  .scroll-hint::before,
  .scroll-hint::after {
    content: '';
    position: absolute;
    inset-block: var(--_pm-border-width);
    width: 1.25rem;
    pointer-events: none;
    opacity: 0;
    transition: opacity 150ms;
  }

  .scroll-hint::before {
    inset-inline-start: var(--_pm-border-width);
    background: linear-gradient(to right, var(--_hint), transparent);
    border-start-start-radius: var(--_pm-radius-sm);
    border-end-start-radius: var(--_pm-radius-sm);
  }

  .scroll-hint::after {
    inset-inline-end: var(--_pm-border-width);
    background: linear-gradient(to left, var(--_hint), transparent);
    border-start-end-radius: var(--_pm-radius-sm);
    border-end-end-radius: var(--_pm-radius-sm);
  }

  .scroll-hint:dir(rtl)::before {
    background: linear-gradient(to left, var(--_hint), transparent);
  }

  .scroll-hint:dir(rtl)::after {
    background: linear-gradient(to right, var(--_hint), transparent);
  }

  .scroll-hint[data-more-start]::before,
  .scroll-hint[data-more-end]::after {
    opacity: 1;
  }

  @media (prefers-reduced-motion: reduce) {
    .scroll-hint::before,
    .scroll-hint::after {
      transition: none;
    }
  }

  /* Printed, every row is rendered (print-media.ts) and the box grows to show them all; lazily
     drawn rows are drawn. Specific enough to win over each element's own max-height. */
  @media print {
    :host .scroller {
      max-height: none;
      overflow: visible;
    }

    :host .scroller [class] {
      content-visibility: visible;
    }

    :host .scroll-hint::before,
    :host .scroll-hint::after {
      display: none;
    }
  }
`;
