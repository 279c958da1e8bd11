import { svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import { iconSvg } from './icons.js';

/**
 * Glyphs for controls and lifecycle states, on the same 16×16 `currentColor` grid as
 * {@link icons}; kept apart because they belong to the control elements, not to metrics.
 */
export const controlIcons = {
  /** A triangle pointing right: start, resume. */
  play: svg`<path d="M4.5 2.8v10.4L13 8Z" />`,
  /** Two bars: pause. */
  pause: svg`<path d="M5.5 3v10M10.5 3v10" />`,
  /** A rounded square: stop, stopped. */
  stop: svg`<rect x="3.5" y="3.5" width="9" height="9" rx="1" />`,
  /** Two arrows chasing round a circle: refresh. */
  refresh: svg`<path d="M13.5 8a5.5 5.5 0 0 1-9.7 3.6M2.5 8a5.5 5.5 0 0 1 9.7-3.6" /><polyline points="12.5,1.5 12.5,4.6 9.4,4.6" /><polyline points="3.5,14.5 3.5,11.4 6.6,11.4" />`,
  /** Three quarters of a circle: something is in progress (spins under the `pm-spin` class). */
  progress: svg`<path d="M8 1.5A6.5 6.5 0 1 1 1.5 8" />`,
  /** A question mark in a circle: a state the library does not know. */
  unknown: svg`<circle cx="8" cy="8" r="6.5" /><path d="M6.2 6.2a1.9 1.9 0 1 1 2.6 1.8c-.5.2-.8.6-.8 1.1v.4M8 11.4v.4" />`,
} as const satisfies Record<string, SVGTemplateResult>;

/** The name of one of the {@link controlIcons}. */
export type ControlIconName = keyof typeof controlIcons;

/** Renders a control icon as a decorative inline `<svg>`, like `renderIcon`. */
export function renderControlIcon(name: ControlIconName, part = 'icon', className = ''): TemplateResult {
  return iconSvg(controlIcons[name], part, className);
}
