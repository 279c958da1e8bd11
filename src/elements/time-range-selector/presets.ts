/**
 * Preset ranges: the relative windows a selector offers as one-click buttons. Any Go-style
 * duration the API accepts (with its `d` extension) up to the 7-day limit can be a preset.
 */
import { parseDurationMs } from '../../store/range.js';

/** The longest span the history API serves. */
export const MAX_SPAN_MS = 7 * 86_400_000;

/** The presets a selector offers unless told otherwise. */
export const DEFAULT_PRESETS: readonly string[] = ['15m', '1h', '6h', '24h', '7d'];

/** Whether `text` is a duration the API serves as a relative range (positive, at most 7 days). */
export function isPreset(text: string): boolean {
  const ms = parseDurationMs(text);
  return ms !== undefined && ms > 0 && ms <= MAX_SPAN_MS;
}

/**
 * The presets in attribute text (space- or comma-separated), invalid ones dropped and
 * duplicates kept once; blank or wholly invalid text means the defaults.
 */
export function parsePresets(text: string | null): string[] {
  const presets = [...new Set((text ?? '').split(/[\s,]+/).filter(isPreset))];
  return presets.length > 0 ? presets : [...DEFAULT_PRESETS];
}
