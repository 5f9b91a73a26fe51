// One review item read from the Chair's Word copy, said in words: for the CLI's import-review and
// the review screen's list, so both say the same.
import type { Inline, ReviewComment } from '../domain';
import { formatDate, formatTime, nowInLondon } from '../format/en-gb';

/** "22 September 2016 at 11.15 am", London time, as every review step is dated. */
function stamp(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const { date, time } = nowInLondon(d);
  return `${formatDate(date)} at ${formatTime(time)}`;
}

const clip = (t: string, n = 90) => (t.length > n ? `${t.slice(0, n - 1)}…` : t);
/** How the words name people and places: the screen gives names; the CLI, without a roster, placeholders. */
export interface WordItemLabels {
  nameOf?: (personId: string) => string | undefined;
  placeOf?: (c: ReviewComment) => string | undefined;
}

const inlineText = (c: readonly Inline[] | undefined, labels: WordItemLabels = {}) =>
  (c ?? []).map((r) => (r.t === 'text' ? r.text : (labels.nameOf?.(r.personId) ?? '[person]'))).join('');

/** What kind of item it is, as a short label. */
export function wordItemKind(c: ReviewComment): string {
  if (c.conflict) return 'Conflict';
  if (c.suggestion) return 'Suggested edit';
  if (c.paragraphChange?.op === 'add') return 'New paragraph';
  if (c.paragraphChange?.op === 'delete') return 'Delete paragraph';
  if (c.listSuggestion) return c.listSuggestion.kind === 'action' ? 'ACTION owners' : 'Resolution wording';
  if (c.detailSuggestion) return 'Closing times';
  return c.replyTo ? 'Reply' : 'Comment';
}

/** One line saying what an item is, by whom and when. */
export function describeWordItem(c: ReviewComment, labels: WordItemLabels = {}): string {
  const how = c.fromWord?.untracked ? ' (made with Track Changes off)' : '';
  const by = `${c.author}, ${stamp(c.at)}`;
  const where = labels.placeOf?.(c) ?? (c.paragraphId ? `paragraph ${c.paragraphId.slice(0, 8)}` : (c.blockRef ?? ''));
  if (c.conflict) return `CONFLICT on ${where}: you changed it since, and so did ${c.author}; neither is applied`;
  if (c.suggestion) return `Suggested edit${how} of ${where} by ${by}: "${clip(inlineText(c.suggestion, labels))}"`;
  if (c.paragraphChange?.op === 'add')
    return `Suggests adding a paragraph${how} after ${where} (${by}): "${clip(c.quote ?? '')}"`;
  if (c.paragraphChange?.op === 'delete') return `Suggests deleting${how} ${where} (${by}): "${clip(c.quote ?? '')}"`;
  if (c.listSuggestion)
    return `Suggested ${c.listSuggestion.kind === 'action' ? 'ACTION owners' : 'resolution wording'}${how} (${by}): ${c.listSuggestion.lines.map((l) => `"${clip(l, 60)}"`).join(' / ')}`;
  if (c.detailSuggestion)
    return `Suggested closing times${how} (${by}): ${c.detailSuggestion.after.replace(/\n/g, '; ')}`;
  const reply = c.replyTo ? 'Reply' : 'Comment';
  return `${reply} on ${where} by ${by}: "${clip(c.text)}"${c.quote ? ` on "${clip(c.quote, 50)}"` : ''}`;
}

/** The new wording an item proposes, in full (for the list on screen). */
export function proposedWords(c: ReviewComment, labels: WordItemLabels = {}): string {
  if (c.conflict) return c.conflict.proposed;
  if (c.suggestion) return inlineText(c.suggestion, labels);
  if (c.paragraphChange?.op === 'add') return inlineText(c.paragraphChange.content, labels);
  if (c.paragraphChange?.op === 'delete') return '';
  if (c.listSuggestion) return c.listSuggestion.lines.join('\n');
  if (c.detailSuggestion) return c.detailSuggestion.after;
  return c.text;
}
