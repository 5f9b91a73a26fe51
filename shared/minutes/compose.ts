// Meeting → the minutes' outline, in the council's house style (docs/house-style.md).
// Pure: the DOCX writer and the in-app preview both render what this returns.
import type { Committee, Meeting } from '../domain';
import { formatLongDate } from '../format/en-gb';
import { contactBlock, closingTimes, signature } from './closing';
import type { ComposeContext } from './context';
import { annexNotice } from './exempt';
import { composeItem, composeStrays } from './items';
import { MentionTracker } from './mentions';
import type { Block, MinutesOutline, Missing, OutlineMeta } from './outline';
import { markTypedGaps } from './typed-gaps';
import { ANNEX_FOOTER, MINUTES_FOOTER, marker, text } from './outline';
import { composePresent } from './present';

function context(meeting: Meeting, committee: Committee): ComposeContext {
  return {
    committee,
    meeting,
    people: new Map(committee.people.map((p) => [p.id, p])),
    mentions: new MentionTracker(committee, meeting.date),
    missing: [],
  };
}

function meta(meeting: Meeting, committee: Committee, kind: OutlineMeta['kind']): OutlineMeta {
  const what = kind === 'minutes' ? 'Minutes' : 'Confidential minutes';
  return {
    kind,
    meetingId: meeting.id,
    meetingDate: meeting.date,
    authority: committee.authority,
    committee: committee.name,
    title: `${committee.name}: ${what}, ${safeLongDate(meeting.date)}`,
    created: meeting.createdAt,
    modified: meeting.updatedAt,
  };
}

/** Meta for a meeting too broken to compose: whatever can be read, never a second exception. */
function fallbackMeta(
  meeting: Meeting | undefined,
  committee: Committee | undefined,
  kind: OutlineMeta['kind'],
): OutlineMeta {
  try {
    return meta(meeting!, committee!, kind);
  } catch {
    const stamp = '2000-01-01T00:00:00.000Z';
    return {
      kind,
      meetingId: String(meeting?.id ?? ''),
      meetingDate: String(meeting?.date ?? ''),
      authority: '',
      committee: '',
      title: 'Minutes',
      created: stamp,
      modified: stamp,
    };
  }
}

function safeLongDate(isoDate: string): string {
  try {
    return formatLongDate(isoDate);
  } catch {
    return isoDate;
  }
}

function heading(meeting: Meeting, committee: Committee, subtitle: string): Block[] {
  return [
    { type: 'heading-authority', key: 'authority', runs: [text(committee.authority)] },
    { type: 'title', key: 'title', committee: committee.name, subtitle },
    { type: 'date', key: 'date', runs: [text(safeLongDate(meeting.date))] },
  ];
}

/** Keys must be unique for a keyed each-block; duplicated ids in the data must not break the preview. */
function uniqueKeys(blocks: Block[]): Block[] {
  const seen = new Map<string, number>();
  return blocks.map((b) => {
    const n = seen.get(b.key) ?? 0;
    seen.set(b.key, n + 1);
    return n === 0 ? b : { ...b, key: `${b.key}#${n}` };
  });
}

/** Whatever the data, a draft comes back: a failure becomes a marker and a listed gap, never an exception. */
function guarded(
  meeting: Meeting,
  committee: Committee,
  kind: OutlineMeta['kind'],
  build: () => MinutesOutline,
): MinutesOutline {
  try {
    return build();
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err);
    const missing: Missing[] = [
      { where: 'Whole document', what: `the minutes could not be composed from this meeting (${reason})` },
    ];
    return {
      meta: fallbackMeta(meeting, committee, kind),
      blocks: [{ type: 'paragraph', key: 'failed', itemId: '', runs: [marker()] }],
      footer: kind === 'minutes' ? MINUTES_FOOTER : ANNEX_FOOTER,
      missing,
    };
  }
}

/** The public minutes: heading, PRESENT, every item in agenda order, closing, contact. */
export function composeMinutes(meeting: Meeting, committee: Committee): MinutesOutline {
  return guarded(meeting, committee, 'minutes', () => {
    const ctx = context(meeting, committee);
    const blocks: Block[] = [
      ...heading(meeting, committee, 'Minutes'),
      ...composePresent(committee, meeting, ctx.missing),
    ];
    if (meeting.agenda.length === 0) {
      ctx.missing.push({ where: 'Agenda', what: 'the meeting has no agenda items' });
      blocks.push({ type: 'paragraph', key: 'no-agenda', itemId: '', runs: [marker()] });
    }
    for (const item of meeting.agenda) blocks.push(...composeItem(ctx, item, 'public'));
    blocks.push(...composeStrays(ctx));
    // Exempt items' gaps are listed with the public minutes too: one list for the whole export.
    const annexCtx = context(meeting, committee);
    const annexBlocks = meeting.agenda.filter((i) => i.exempt).flatMap((item) => composeItem(annexCtx, item, 'annex'));
    for (const m of annexCtx.missing) ctx.missing.push({ ...m, where: `${m.where} (confidential minutes)` });
    blocks.push(closingTimes(ctx), signature(ctx), contactBlock(ctx));
    // "[to be completed]" typed by the coordinator is a gap as much as a generated one.
    const typed = markTypedGaps(meeting, blocks);
    const typedInAnnex = markTypedGaps(meeting, annexBlocks, ' (confidential minutes)');
    const missing = [...ctx.missing, ...typed.missing, ...typedInAnnex.missing];
    return {
      meta: meta(meeting, committee, 'minutes'),
      blocks: uniqueKeys(typed.blocks),
      footer: MINUTES_FOOTER,
      missing,
    };
  });
}

export function hasConfidentialItems(meeting: Meeting): boolean {
  return meeting.agenda.some((i) => i.exempt !== undefined);
}

/** The confidential annex: the content of the items taken in private, with its own first mentions. */
export function composeConfidentialAnnex(meeting: Meeting, committee: Committee): MinutesOutline {
  return guarded(meeting, committee, 'confidential-annex', () => {
    const ctx = context(meeting, committee);
    const exempt = meeting.agenda.filter((i) => i.exempt);
    const blocks: Block[] = [
      ...heading(meeting, committee, 'Confidential minutes'),
      { type: 'notice', key: 'notice', runs: [text(annexNotice(exempt.map((i) => i.exempt!.paragraph)))] },
    ];
    if (exempt.length === 0) {
      blocks.push({
        type: 'paragraph',
        key: 'none',
        itemId: '',
        runs: [text('No item was considered in private at this meeting.')],
      });
    }
    for (const item of exempt) blocks.push(...composeItem(ctx, item, 'annex'));
    blocks.push(signature(ctx));
    const typed = markTypedGaps(meeting, blocks);
    return {
      meta: meta(meeting, committee, 'confidential-annex'),
      blocks: uniqueKeys(typed.blocks),
      footer: ANNEX_FOOTER,
      missing: [...ctx.missing, ...typed.missing],
    };
  });
}
