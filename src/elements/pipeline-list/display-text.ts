/**
 * Server text as the list shows it: names and messages are rendered as text by Lit (never markup);
 * here they lose what text alone can still do. Control characters become visible pictures and
 * length is capped (visibleText); direction overrides and invisible characters, with which a name
 * can pass for another ("orders\u202Ecdc", "orders\u200B-cdc"), are shown as their code point.
 */
import { visibleText } from '../shared/visible-text.js';

// Bidi embeddings, overrides and isolates, marks, zero-width characters, word joiner, BOM.
const HIDDEN = /[\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;

/** `text` cut to `max` code units, its controls pictured and its invisible characters shown as `⟨U+202E⟩`. */
export function displayText(text: string, max: number): string {
  return visibleText(text, { max }).replace(HIDDEN, (c) => `⟨U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}⟩`);
}
