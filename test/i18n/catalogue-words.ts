/**
 * What the language tests read: the words of a catalogue, and the text a page shows (text nodes,
 * shadow roots, accessible-name attributes), without the server's own words.
 */

/** Letters-only words of `text`, lower-cased; single letters (unit symbols) are not words. */
export function wordsOf(text: string): string[] {
  return text
    .toLocaleLowerCase()
    .split(/[^\p{L}]+/u)
    .filter((word) => word.length > 1);
}

/** The string literals in a message function's source: the words it can produce. */
function literalsOf(source: string): string[] {
  const found: string[] = [];
  for (const match of source.matchAll(/'((?:[^'\\]|\\.)*)'|"((?:[^"\\]|\\.)*)"|`((?:[^`\\]|\\.)*)`/g)) {
    let text = match[1] ?? match[2] ?? match[3] ?? '';
    // A template's interpolations are code; their own literals were matched on their own.
    while (/\$\{[^{}]*\}/.test(text)) text = text.replace(/\$\{[^{}]*\}/g, ' ');
    found.push(text);
  }
  return found;
}

/** Every word a catalogue (or any part of one) can show. */
export function catalogueWords(value: unknown, into = new Set<string>()): Set<string> {
  if (typeof value === 'string') for (const word of wordsOf(value)) into.add(word);
  else if (typeof value === 'function') for (const text of literalsOf(value.toString())) catalogueWords(text, into);
  else if (typeof value === 'object' && value !== null) for (const item of Object.values(value)) catalogueWords(item, into);
  return into;
}

/**
 * Server text inside our markup, left out of the check: names, messages, tables, rule names and
 * ids the back end sent, IANA zone names, and words quoted („…“, “…”) or following "The server said".
 */
const SERVER_TEXT = [
  'bdi',
  'code',
  '[part~="name"]',
  '[part~="message"]',
  '[part~="error-message"]',
  '[part~="full-message"]',
  '[part~="rule"]',
  // "Acknowledge" names its alert's rule to screen readers.
  'button[part~="acknowledge"] .visually-hidden',
  '[part~="subject"]',
  'li[part~="alert"] [part~="summary"]',
  '.who',
  'select[part~="time-zone-select"] option:not([value="local"])',
].join(', ');

const ATTRIBUTES = ['aria-label', 'title', 'placeholder', 'alt'];

function withoutServerWords(text: string): string {
  return text.replace(/„[^“]*“|“[^”]*”/g, ' ').replace(/(Der Server meldet|The server said):.*$/s, ' ');
}

/** Every piece of text `root` shows or speaks, shadow roots included, server text left out. */
export function shownText(root: Node): string[] {
  const texts: string[] = [];
  const walk = (node: Node): void => {
    if (node instanceof Element) {
      if (node.matches(SERVER_TEXT) || node.tagName === 'STYLE' || node.tagName === 'SCRIPT') return;
      for (const name of ATTRIBUTES) {
        const value = node.getAttribute(name);
        if (value) texts.push(withoutServerWords(value));
      }
      if (node.shadowRoot) node.shadowRoot.childNodes.forEach(walk);
    } else if (node.nodeType === Node.TEXT_NODE) {
      const text = node.textContent?.trim();
      if (text) texts.push(withoutServerWords(text));
      return;
    }
    node.childNodes.forEach(walk);
  };
  walk(root);
  return texts;
}

/** The English words in `texts`: those of `english` but for the `shared` ones, which German uses too. */
export function englishIn(texts: readonly string[], english: Set<string>, shared: ReadonlySet<string>): string[] {
  const found = new Set<string>();
  for (const text of texts) {
    for (const word of wordsOf(text)) {
      if (english.has(word) && !shared.has(word)) found.add(`${word} (in "${text.slice(0, 80)}")`);
    }
  }
  return [...found];
}
