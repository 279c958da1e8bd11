/** "Copy" and "Download" of the errors shown, reported as a sentence for the status line. */
import type { PipelineError } from '../../schemas/index.js';
import { download, exportText, type ExportFormat } from './error-export.js';

/** What to export and how. */
export interface ExportRequest {
  errors: readonly PipelineError[];
  format: ExportFormat;
  how: 'copy' | 'download';
  pipelineId: string;
}

/** Performs the export; resolves with what happened, e.g. "Copied 12 errors as CSV". */
export async function exportVisible({ errors, format, how, pipelineId }: ExportRequest): Promise<string> {
  const text = exportText(errors, format);
  const what = `${errors.length} ${errors.length === 1 ? 'error' : 'errors'} as ${format.toUpperCase()}`;
  if (how === 'download') {
    const stamp = new Date().toISOString().replace(/[:.]/g, '-');
    download(text, `errors-${pipelineId || 'pipeline'}-${stamp}.${format}`, format);
    return `Downloaded ${what}`;
  }
  try {
    await navigator.clipboard.writeText(text);
    return `Copied ${what}`;
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    return `Could not copy (${why}); use Download instead`;
  }
}
