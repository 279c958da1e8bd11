import { html, svg, type SVGTemplateResult, type TemplateResult } from 'lit';

/**
 * Status, trend and threshold glyphs drawn on a 16×16 grid with `currentColor` strokes, so they
 * take the colour of the text beside them. Inline so elements need no asset loading or icon font.
 */
export const icons = {
  /** A check in a circle: healthy. */
  ok: svg`<circle cx="8" cy="8" r="6.5" /><polyline points="5,8.3 7,10.3 11,6" />`,
  /** An exclamation mark in a triangle: a warning threshold was reached. */
  warning: svg`<path d="M8 1.8 14.7 13.8H1.3Z" /><path d="M8 6.2v3.6M8 11.6v.4" />`,
  /** An exclamation mark in an octagon: a critical threshold was reached. */
  critical: svg`<path d="M5.2 1.5h5.6l3.7 3.7v5.6l-3.7 3.7H5.2l-3.7-3.7V5.2Z" /><path d="M8 4.6v4.2M8 11v.4" />`,
  /** A rising line with an arrow head. */
  trendUp: svg`<polyline points="1.5,12 6,7.5 9,10.5 14.5,5" /><polyline points="10.5,5 14.5,5 14.5,9" />`,
  /** A falling line with an arrow head. */
  trendDown: svg`<polyline points="1.5,4 6,8.5 9,5.5 14.5,11" /><polyline points="10.5,11 14.5,11 14.5,7" />`,
  /** A level arrow: no change. */
  trendFlat: svg`<path d="M1.5 8h13" /><polyline points="11,4.5 14.5,8 11,11.5" />`,
  /** A clock: the data is stale. */
  stale: svg`<circle cx="8" cy="8" r="6.5" /><polyline points="8,4.5 8,8 10.5,9.5" />`,
  /** A dashed limit line over a gauge bar: a configured threshold. */
  threshold: svg`<path d="M1.5 5.5h13" stroke-dasharray="2 1.5" /><path d="M3 14V9M8 14V7M13 14V10" />`,
} as const satisfies Record<string, SVGTemplateResult>;

/** The name of one of the {@link icons}. */
export type IconName = keyof typeof icons;

/**
 * Renders an icon as a decorative inline `<svg>` (hidden from assistive technology: the text
 * beside it carries the meaning). Size it with CSS `width`/`height`; it defaults to 1em.
 */
export function renderIcon(name: IconName, part = 'icon'): TemplateResult {
  return iconSvg(icons[name], part);
}

/** Wraps 16×16 glyph paths in the decorative `<svg>` every icon of the library uses. */
export function iconSvg(glyph: SVGTemplateResult, part: string, className = ''): TemplateResult {
  return html`<svg
    part=${part}
    class="pm-icon ${className}"
    viewBox="0 0 16 16"
    width="1em"
    height="1em"
    fill="none"
    stroke="currentColor"
    stroke-width="1.5"
    stroke-linecap="round"
    stroke-linejoin="round"
    aria-hidden="true"
    focusable="false"
  >${glyph}</svg>`;
}
