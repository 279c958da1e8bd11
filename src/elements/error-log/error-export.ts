/**
 * The errors in view as a file: CSV (RFC 4180, safe to open in a spreadsheet) or JSON, and the
 * two ways out of the page: the clipboard and a download.
 */
import type { PipelineError } from '../../schemas/index.js';

/** An export format. */
export type ExportFormat = 'csv' | 'json';

const COLUMNS = ['id', 'timestamp', 'type', 'table', 'message'] as const;

/**
 * One CSV field: always quoted, quotes doubled, so commas, quotes and line breaks stay inside
 * it. A field a spreadsheet would run as a formula (starting with = + - @, or a tab or carriage
 * return that some strip first) gets a leading apostrophe, so a message cannot become a formula.
 */
export function csvField(value: string): string {
  const guarded = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return `"${guarded.replace(/"/g, '""')}"`;
}

function row(error: PipelineError): Record<(typeof COLUMNS)[number], string> {
  return {
    id: error.id,
    timestamp: error.timestamp.toISOString(),
    type: error.type,
    table: error.table ?? '',
    message: error.message,
  };
}

/** `errors` as CSV with a header line, lines ending CRLF. */
export function toCsv(errors: readonly PipelineError[]): string {
  const lines = [COLUMNS.join(',')];
  for (const error of errors) {
    const r = row(error);
    lines.push(COLUMNS.map((c) => csvField(r[c])).join(','));
  }
  return `${lines.join('\r\n')}\r\n`;
}

/** `errors` as a JSON array of `{id, timestamp, type, table?, message}`, timestamps in RFC 3339. */
export function toJson(errors: readonly PipelineError[]): string {
  const list = errors.map((e) => ({ id: e.id, timestamp: e.timestamp.toISOString(), type: e.type, ...(e.table === undefined ? {} : { table: e.table }), message: e.message }));
  return `${JSON.stringify(list, null, 2)}\n`;
}

/** The file text of `errors` in `format`. */
export function exportText(errors: readonly PipelineError[], format: ExportFormat): string {
  return format === 'csv' ? toCsv(errors) : toJson(errors);
}

/** Saves `text` as a file named `name` through a temporary link to a Blob. */
export function download(text: string, name: string, format: ExportFormat): void {
  const type = format === 'csv' ? 'text/csv;charset=utf-8' : 'application/json';
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.rel = 'noopener';
  link.click();
  // Revoked on a later task: some browsers read the URL after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
