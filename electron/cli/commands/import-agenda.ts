// `import-agenda <file> [--json]`: what the agenda import reads from a Word, PDF, text or
// Markdown agenda, printed for a person (or as JSON, every field with its source lines).
// Reads the file only: nothing is created, and no data folder is needed.
import { basename, resolve } from 'node:path';
import type { Field, ParsedAgenda } from '$shared/agenda-import/types';
import { formatDate, formatLongDate, formatTime } from '$shared/format/en-gb';
import { importAgendaFile } from '../../services/import/import-agenda';
import { flag, positionals, UsageError, type CliCommand } from '../io';

const ROLE = { chair: ' (Chair)', 'vice-chair': ' (Vice-Chair)', member: '' } as const;

/** "line 12" or "lines 12-14", counted from 1 as an editor shows them. */
function where(field: Field<unknown> | null): string {
  const lines = field?.source.map((s) => s.index + 1) ?? [];
  if (!lines.length) return '';
  const first = Math.min(...lines);
  const last = Math.max(...lines);
  return first === last ? `  [line ${first}]` : `  [lines ${first}-${last}]`;
}

function value<T>(field: Field<T> | null, show: (v: T) => string = String): string {
  return field ? `${show(field.value)}${where(field)}` : '(not found)';
}

function shorten(text: string, max = 160): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

export function describeAgenda(agenda: ParsedAgenda): string[] {
  const out: string[] = [
    `Committee:    ${value(agenda.committee)}`,
    `Authority:    ${value(agenda.authority)}`,
    `Date:         ${value(agenda.meetingDate, formatLongDate)}`,
    `Start time:   ${value(agenda.startTime, formatTime)}`,
    `Venue:        ${value(agenda.venue)}`,
    `Date issued:  ${value(agenda.dateIssued, (d) => formatDate(d))}`,
  ];
  const c = agenda.contact;
  out.push(`Contact:      ${c ? value(c.name) : '(not found)'}`);
  if (c) for (const f of [c.title, c.team, c.phone, c.email]) if (f) out.push(`              ${value(f)}`);
  out.push('Membership:');
  if (!agenda.membership.groups.length && !agenda.membership.coOptees.length) out.push('  (not found)');
  for (const g of agenda.membership.groups) {
    out.push(`  ${g.name.value || 'Members'}:`);
    for (const m of g.members) out.push(`    Councillor ${m.value.name}${ROLE[m.value.role]}${where(m)}`);
  }
  if (agenda.membership.coOptees.length) out.push('  Co-optees:');
  for (const co of agenda.membership.coOptees)
    out.push(`    ${co.value.name}${co.value.body ? `, ${co.value.body}` : ''}${where(co)}`);
  out.push(`Items (${agenda.items.length}):`);
  for (const item of agenda.items) {
    const pages = item.pages
      ? item.pages.value.from === item.pages.value.to
        ? `page ${item.pages.value.from}`
        : `pages ${item.pages.value.from} - ${item.pages.value.to}`
      : 'no pages';
    const exempt = item.exempt
      ? `, exempt${item.exempt.value.paragraph ? ` (Schedule 12A paragraph ${item.exempt.value.paragraph})` : ''}`
      : '';
    out.push(
      `  ${item.number.value}. ${item.title.value}  (${item.kind.value}, ${pages}${exempt})${where(item.title)}`,
    );
    if (item.summary.value) out.push(`      ${shorten(item.summary.value)}`);
  }
  if (agenda.missing.length) out.push(`Not found: ${agenda.missing.join(', ')}`);
  for (const w of agenda.warnings) out.push(`Warning: ${w}`);
  return out;
}

export const importAgendaCommand: CliCommand = {
  name: 'import-agenda',
  usage: 'import-agenda <file.docx|file.pdf|file.txt|file.md> [--json]',
  summary: 'prints what the agenda import reads from a file (creates nothing)',
  async run(ctx) {
    const [file, extra] = positionals(ctx.args);
    if (!file) throw new UsageError('import-agenda needs the agenda file to read');
    if (extra) throw new UsageError(`import-agenda reads one file; "${extra}" is one too many`);
    const path = resolve(file);
    const r = await importAgendaFile(path);
    if (!r.ok) {
      // Messages that name the file already are not prefixed with its name again.
      const name = basename(path);
      ctx.err(`${r.error.message.startsWith(name) ? '' : `${name}: `}${r.error.message} (${r.error.code})`);
      return 1;
    }
    const { agenda, source, pages, lines } = r.value;
    if (flag(ctx.args, '--json')) {
      ctx.out(
        JSON.stringify({ file: path, source, ...(pages ? { pages } : {}), lineCount: lines.length, agenda }, null, 2),
      );
      return 0;
    }
    const read = pages ? `, ${pages.read} of ${pages.total} pages read` : '';
    ctx.out(`${basename(path)} (${source === 'text' ? 'text' : source.toUpperCase()}${read}, ${lines.length} lines)`);
    for (const line of describeAgenda(agenda)) ctx.out(line);
    return 0;
  },
};
