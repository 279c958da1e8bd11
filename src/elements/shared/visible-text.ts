/**
 * Server text made safe to lay out. Lit already renders it as text (never markup); what is left
 * is what text itself can do to a layout: invisible control characters, and sheer length.
 */

// C0 and C1 controls and DEL. Tab, line feed and carriage return are matched too, and kept or
// pictured depending on whether the place showing the text can break lines.
const CONTROLS = /[\u0000-\u001f\u007f-\u009f]/g;
const BREAKS = new Set(['\t', '\n', '\r']);

/** The Unicode "control picture" of a C0 control or DEL (␀ … ␟, ␡); C1 controls become "�". */
function picture(control: string): string {
  const code = control.charCodeAt(0);
  if (code < 0x20) return String.fromCharCode(0x2400 + code);
  if (code === 0x7f) return '\u2421';
  return '\ufffd';
}

/** Options of {@link visibleText}. */
export interface VisibleTextOptions {
  /** At most this many UTF-16 code units are kept before "…"; default no limit. */
  max?: number;
  /** Keep tab, line feed and carriage return as they are (for text shown `pre-wrap`); default false. */
  keepBreaks?: boolean;
}

/**
 * `text` with every control character shown as its visible picture (a table named "a\u0000b" reads
 * "a␀b" instead of silently "ab"), cut to `max` code units without splitting a surrogate pair.
 */
export function visibleText(text: string, { max = Infinity, keepBreaks = false }: VisibleTextOptions = {}): string {
  let shown = text;
  if (shown.length > max) {
    let end = max;
    const last = shown.charCodeAt(end - 1);
    if (last >= 0xd800 && last <= 0xdbff) end--;
    shown = `${shown.slice(0, end)}…`;
  }
  return shown.replace(CONTROLS, (c) => (keepBreaks && BREAKS.has(c) ? c : picture(c)));
}
