import { css } from 'lit';

/**
 * Design tokens shared by every element, as CSS custom properties.
 *
 * Embedders set the public `--pm-*` properties anywhere: on the page, on any ancestor, or on one
 * element. Element styles read the private `--_pm-*` copies declared here, each defaulting to its
 * public twin. The indirection is what lets an ancestor's value win: a `--pm-*` declared on
 * every `:host` would shadow whatever the page set higher up.
 *
 * Colours use `light-dark()`, resolved against the element's `color-scheme`: a page that declares
 * `color-scheme: light dark` follows the system setting, any ancestor can force `color-scheme:
 * dark`, and `theme="light|dark"` on the element forces it for that element. A page that says
 * nothing gets the light values.
 *
 * Public tokens (all optional):
 * - colours: `--pm-color-surface`, `--pm-color-surface-muted`, `--pm-color-text`,
 *   `--pm-color-text-muted`, `--pm-color-border`, `--pm-color-accent`, `--pm-color-on-accent`,
 *   and per status `ok | warning | critical`: `--pm-color-<status>` (text and icons on the
 *   surface), `--pm-color-<status>-surface` (a tinted background the status text stays readable
 *   on), `--pm-color-<status>-fill` (a solid badge) and `--pm-color-on-<status>-fill` (text on it)
 * - type: `--pm-font-family`, `--pm-font-size-xs|sm|md|lg|xl`, `--pm-font-weight-normal|strong`,
 *   `--pm-line-height`
 * - shape and space: `--pm-radius-sm|md`, `--pm-border-width`, `--pm-space-xs|sm|md|lg|xl`
 * - focus: `--pm-focus-ring-color`, `--pm-focus-ring-width`, `--pm-focus-ring-offset`
 * - motion: `--pm-motion-duration` (forced to 0s under `prefers-reduced-motion: reduce`)
 *
 * Every listed colour pair passes WCAG AA (4.5:1) in both schemes.
 */
export const tokens = css`
  :host {
    --_pm-color-surface: var(--pm-color-surface, light-dark(#ffffff, #1c2128));
    --_pm-color-surface-muted: var(--pm-color-surface-muted, light-dark(#f3f4f6, #2a313a));
    --_pm-color-text: var(--pm-color-text, light-dark(#1f2328, #e6edf3));
    --_pm-color-text-muted: var(--pm-color-text-muted, light-dark(#59636e, #9ea7b3));
    --_pm-color-border: var(--pm-color-border, light-dark(#d1d9e0, #3d444d));
    --_pm-color-accent: var(--pm-color-accent, light-dark(#0b63c5, #6cb0ff));
    --_pm-color-on-accent: var(--pm-color-on-accent, light-dark(#ffffff, #111418));

    --_pm-color-ok: var(--pm-color-ok, light-dark(#17702f, #4cc764));
    --_pm-color-ok-surface: var(--pm-color-ok-surface, light-dark(#e6f6ea, #17301f));
    --_pm-color-ok-fill: var(--pm-color-ok-fill, light-dark(#1a7f37, #4cc764));
    --_pm-color-on-ok-fill: var(--pm-color-on-ok-fill, light-dark(#ffffff, #111418));
    --_pm-color-warning: var(--pm-color-warning, light-dark(#8a5a00, #e3b341));
    --_pm-color-warning-surface: var(--pm-color-warning-surface, light-dark(#fdf3d1, #352a10));
    --_pm-color-warning-fill: var(--pm-color-warning-fill, light-dark(#f0b429, #e3b341));
    --_pm-color-on-warning-fill: var(--pm-color-on-warning-fill, light-dark(#111418, #111418));
    --_pm-color-critical: var(--pm-color-critical, light-dark(#c42430, #ff7b72));
    --_pm-color-critical-surface: var(--pm-color-critical-surface, light-dark(#fdecec, #3d1d1f));
    --_pm-color-critical-fill: var(--pm-color-critical-fill, light-dark(#c42430, #ff7b72));
    --_pm-color-on-critical-fill: var(--pm-color-on-critical-fill, light-dark(#ffffff, #111418));

    --_pm-font-family: var(
      --pm-font-family,
      system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif
    );
    --_pm-font-size-xs: var(--pm-font-size-xs, 0.75rem);
    --_pm-font-size-sm: var(--pm-font-size-sm, 0.875rem);
    --_pm-font-size-md: var(--pm-font-size-md, 1rem);
    --_pm-font-size-lg: var(--pm-font-size-lg, 1.25rem);
    --_pm-font-size-xl: var(--pm-font-size-xl, 1.75rem);
    --_pm-font-weight-normal: var(--pm-font-weight-normal, 400);
    --_pm-font-weight-strong: var(--pm-font-weight-strong, 600);
    --_pm-line-height: var(--pm-line-height, 1.4);

    --_pm-radius-sm: var(--pm-radius-sm, 4px);
    --_pm-radius-md: var(--pm-radius-md, 8px);
    --_pm-border-width: var(--pm-border-width, 1px);
    --_pm-space-xs: var(--pm-space-xs, 0.25rem);
    --_pm-space-sm: var(--pm-space-sm, 0.5rem);
    --_pm-space-md: var(--pm-space-md, 0.75rem);
    --_pm-space-lg: var(--pm-space-lg, 1rem);
    --_pm-space-xl: var(--pm-space-xl, 1.5rem);

    --_pm-focus-ring-color: var(--pm-focus-ring-color, var(--_pm-color-accent));
    --_pm-focus-ring-width: var(--pm-focus-ring-width, 2px);
    --_pm-focus-ring-offset: var(--pm-focus-ring-offset, 2px);
    --_pm-focus-ring: var(--_pm-focus-ring-width) solid var(--_pm-focus-ring-color);

    --_pm-motion-duration: var(--pm-motion-duration, 150ms);

    font-family: var(--_pm-font-family);
    line-height: var(--_pm-line-height);
    color: var(--_pm-color-text);
  }

  :host([theme='light']) {
    color-scheme: light;
  }

  :host([theme='dark']) {
    color-scheme: dark;
  }

  :host([hidden]) {
    display: none !important;
  }

  @media (prefers-reduced-motion: reduce) {
    :host {
      --_pm-motion-duration: 0s;
    }

    *,
    *::before,
    *::after {
      animation: none !important;
      transition: none !important;
    }
  }
`;

/** Hides content visually while keeping it in the accessibility tree: `class="visually-hidden"`. */
export const visuallyHidden = css`
  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    padding: 0;
    margin: -1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
`;
