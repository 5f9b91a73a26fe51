// Agenda files are read and parsed on the import workers, never on the thread that asks for the
// import (in Electron, the main process, where a stall freezes the app and a crash closes it).
// Here, on that thread, the libraries that read Word and PDF files and the agenda parser fail
// the moment they are loaded or called; the imports must still come back read and parsed, so
// all of it ran on the workers. Moving any of it back to the calling thread fails this test.
import { afterAll, describe, expect, it, vi } from 'vitest';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

const onThisThread = (what: string): never => {
  throw new Error(`${what} was loaded on the thread that asked for the import, not on an import worker`);
};
vi.mock('mammoth', () => onThisThread('mammoth'));
vi.mock('jszip', () => onThisThread('JSZip'));
vi.mock('saxes', () => onThisThread('saxes'));
vi.mock('pdfjs-dist/legacy/build/pdf.mjs', () => onThisThread('pdfjs'));
vi.mock('pdfjs-dist/legacy/build/pdf.worker.mjs', () => onThisThread("pdfjs's worker module"));
vi.mock('$shared/agenda-import', async (original) => ({
  ...(await original<typeof import('$shared/agenda-import')>()),
  parseAgenda: () => onThisThread('the agenda parser'),
}));

const { importAgendaBytes } = await import('../../electron/services/import/import-agenda');
const { extractAgendaText } = await import('../../electron/services/import/extract');
const { closeImportWorkers } = await import('../../electron/services/import/in-worker');

const fixtures = join(import.meta.dirname, '../fixtures');

afterAll(() => closeImportWorkers());

describe('reading and parsing agenda files happen on the import workers', () => {
  for (const name of ['agendas/table-agenda.docx', 'agendas/table-agenda.pdf', 'reference-pack.txt']) {
    it(
      `${name}: read and parsed, with none of the readers or the parser on this thread`,
      { timeout: 60_000 },
      async () => {
        const bytes = await readFile(join(fixtures, name));
        const r = await importAgendaBytes(bytes, name);
        if (!r.ok) throw new Error(`${name}: ${r.error.code} ${r.error.message}`);
        expect(r.value.agenda.items.length).toBeGreaterThan(5);
        expect(r.value.lines.length).toBeGreaterThan(50);
        const text = await extractAgendaText(bytes, name);
        expect(text.ok ? text.value.lines : text.error.message).toEqual(r.value.lines);
      },
    );
  }

  it('the guard works: the parser called here fails', async () => {
    const { parseAgenda } = await import('$shared/agenda-import');
    expect(() => parseAgenda(['AGENDA'])).toThrow(/not on an import worker/);
  });
});
