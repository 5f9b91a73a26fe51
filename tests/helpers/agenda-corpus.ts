/**
 * The import-accuracy corpus (tests/fixtures/agendas/corpus): every agenda in every format and
 * producer, run through the app's own import (importAgendaBytes: extraction and parsing on a
 * worker, as the app does) and scored field by field. Shared by the bench and the accuracy guard.
 */
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { importAgendaBytes } from '../../electron/services/import/import-agenda';
import {
  FIELD_KINDS,
  scoreAgenda,
  tally,
  type ExpectedCorpusAgenda,
  type FieldKind,
  type FieldScore,
  type Tally,
} from './agenda-score';

export const CORPUS_DIR = join(import.meta.dirname, '../fixtures/agendas/corpus');

/** One format from one producer: the file suffix after the agenda's id. */
export const VARIANTS = {
  docx: '.docx',
  'pdf (LibreOffice)': '.libreoffice.pdf',
  'pdf (Chromium)': '.chromium.pdf',
  text: '.txt',
} as const;
export type Variant = keyof typeof VARIANTS;
export const ALL_VARIANTS = Object.keys(VARIANTS) as Variant[];

export interface CorpusEntry {
  id: string;
  layout: string;
  notes: string;
  expected: ExpectedCorpusAgenda;
}

export function corpusEntries(): CorpusEntry[] {
  const index = JSON.parse(readFileSync(join(CORPUS_DIR, 'index.json'), 'utf8')) as Omit<CorpusEntry, 'expected'>[];
  return index.map((e) => ({
    ...e,
    expected: JSON.parse(readFileSync(join(CORPUS_DIR, `${e.id}.expected.json`), 'utf8')) as ExpectedCorpusAgenda,
  }));
}

export interface FileScore {
  id: string;
  variant: Variant;
  /** The import's error code when it refused the file (every field then counts as missed). */
  error: string | null;
  scores: FieldScore[];
}

async function scoreFile(entry: CorpusEntry, variant: Variant): Promise<FileScore> {
  const name = `${entry.id}${VARIANTS[variant]}`;
  const result = await importAgendaBytes(await readFile(join(CORPUS_DIR, name)), name);
  const agenda = result.ok ? result.value.agenda : null;
  return {
    id: entry.id,
    variant,
    error: result.ok ? null : result.error.code,
    scores: scoreAgenda(entry.expected, agenda),
  };
}

/** Imports and scores every agenda in the given variants, two files at a time. */
export async function scoreCorpus(
  variants: readonly Variant[] = ALL_VARIANTS,
  entries = corpusEntries(),
): Promise<FileScore[]> {
  const jobs = entries.flatMap((e) => variants.map((v) => () => scoreFile(e, v)));
  const results: FileScore[] = new Array(jobs.length);
  let next = 0;
  const lane = async () => {
    while (next < jobs.length) {
      const i = next++;
      results[i] = await jobs[i]!();
    }
  };
  await Promise.all([lane(), lane()]);
  return results;
}

/** Field kinds that are single fields (the whole-item verdict "item" is reported on its own). */
export const FIELD_ONLY: FieldKind[] = FIELD_KINDS.filter((k) => k !== 'item');

export interface Summary {
  /** All fields (not the whole-item verdicts), per variant and overall. */
  fields: Record<Variant | 'all', Tally>;
  /** Whole items (every field of the item right), per variant and overall. */
  items: Record<Variant | 'all', Tally>;
  /** Per field kind, per variant and overall. */
  byKind: Record<FieldKind, Record<Variant | 'all', Tally>>;
}

export function summarise(files: readonly FileScore[], variants: readonly Variant[] = ALL_VARIANTS): Summary {
  const keys: (Variant | 'all')[] = [...variants, 'all'];
  const pick = (v: Variant | 'all', kinds: readonly FieldKind[]) =>
    tally(
      files
        .filter((f) => v === 'all' || f.variant === v)
        .flatMap((f) => f.scores.filter((s) => kinds.includes(s.kind))),
    );
  const per = (kinds: readonly FieldKind[]) =>
    Object.fromEntries(keys.map((v) => [v, pick(v, kinds)])) as Record<Variant | 'all', Tally>;
  return {
    fields: per(FIELD_ONLY),
    items: per(['item']),
    byKind: Object.fromEntries(FIELD_KINDS.map((k) => [k, per([k])])) as Summary['byKind'],
  };
}
