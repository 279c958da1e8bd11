/** "Copy" and "Download" of the errors shown, reported as a sentence for the status line. */
import { errorLogText } from '../../i18n/en/error-log.js';
import type { PipelineError } from '../../schemas/index.js';
import { download, exportText, type ExportFormat } from './error-export.js';

/** What to export and how. */
export interface ExportRequest {
  errors: readonly PipelineError[];
  format: ExportFormat;
  how: 'copy' | 'download';
  pipelineId: string;
  locale: string | undefined;
}

/** Performs the export; resolves with what happened, e.g. "Copied 12 errors as CSV". */
export async function exportVisible({ errors, format, how, pipelineId, locale }: ExportRequest): Promise<string> {
  const text = exportText(errors, format);
  const t = errorLogText(locale);
  const said = t.exported(how, errors.length, format.toUpperCase());
  if (how === 'download') {
    const stamp = new Date().toISOString().replace(/[:.]/g, '-');
    download(text, `errors-${pipelineId || 'pipeline'}-${stamp}.${format}`, format);
    return said;
  }
  try {
    await navigator.clipboard.writeText(text);
    return said;
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    return t.copyFailed(why);
  }
}
