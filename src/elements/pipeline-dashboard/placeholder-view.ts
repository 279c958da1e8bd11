/**
 * A part of `<pipeline-dashboard>` not rendered yet: a placeholder in the part's final size, so
 * filling it in moves nothing on the page (see reveal-controller.ts for when that happens).
 */
import { html, type TemplateResult } from 'lit';
import type { RevealUnit } from './reveal-controller.js';

/** `content` once `unit` is in `shown`, else its placeholder. */
export function later(shown: ReadonlySet<RevealUnit>, unit: RevealUnit, content: TemplateResult): TemplateResult {
  if (shown.has(unit)) return content;
  // `data-reveal` is what RevealController watches (PLACEHOLDER_ATTRIBUTE); Lit cannot bind an attribute's name.
  return html`<div part="placeholder" class="placeholder placeholder--${unit}" data-reveal=${unit} aria-hidden="true"></div>`;
}
