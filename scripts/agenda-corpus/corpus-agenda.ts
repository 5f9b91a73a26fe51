/**
 * One agenda of the import-accuracy corpus: the HTML a council's layout script writes by hand,
 * and what the document says, typed out by hand beside it (never taken from the parser).
 */
import type { ExpectedCorpusAgenda } from '../../tests/helpers/agenda-score';

export interface CorpusAgenda {
  /** File stem in tests/fixtures/agendas/corpus: "<layout>-<n>". */
  id: string;
  /** Which council layout or publishing system the script imitates. */
  layout: string;
  /** What this agenda exercises ("whole pack", "co-optees in a table", ...). */
  notes: string;
  html: string;
  expected: ExpectedCorpusAgenda;
}

/** Escapes text for HTML. */
export function esc(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** A complete HTML page; each layout brings its own CSS and body. */
export function htmlPage(title: string, css: string, body: string): string {
  return `<!DOCTYPE html>\n<html lang="en-GB"><head><meta charset="utf-8"><title>${esc(title)}</title><style>${css}</style></head>\n<body>\n${body}\n</body></html>\n`;
}

/** Starts a new printed page (LibreOffice and Chromium both honour it). */
export const PAGE_BREAK = '<p style="page-break-before: always; margin: 0"></p>';
