// The agenda import's channels. import:parseAgenda reads a file into a parsed agenda and
// creates nothing; import:createMeeting creates what the user reviewed and accepted, all or
// nothing: everything is built and validated first (shared/agenda-import/accept.ts), then written.
import { ZodError, type z } from 'zod';
import { Meeting, type Committee } from '$shared/domain';
import type { contract } from '$shared/api';
import type { ImportedMeeting, ParsedAgendaFile } from '$shared/api/import-contract';
import { applyMeetingCommandOrThrow } from '$shared/commands';
import { CommandError } from '$shared/commands/define';
import { acceptAgenda } from '$shared/agenda-import/accept';
import { nowInLondon } from '$shared/format/en-gb';
import { importAgendaBytes } from '../../services/import/import-agenda';
import { StoreError, type Store } from '../../services/store/store';
import { logged } from '../../services/log/log';
import type { Services } from '../services';
import type { Handlers } from '../handle';

type In<C extends keyof typeof contract> = z.output<(typeof contract)[C]['input']>;

/** What cannot be built from the reviewed fields is the user's to fix: reported at its field, never as an internal error. */
function asRefusal(err: unknown): unknown {
  if (err instanceof ZodError) {
    const issue = err.issues[0];
    return new CommandError(
      'INVALID_INPUT',
      issue?.message ?? 'The reviewed agenda is not valid',
      issue?.path.map(String).join('.') || undefined,
    );
  }
  return err;
}

export async function createImportedMeeting(
  store: Store,
  input: In<'import:createMeeting'>,
  at: Date,
): Promise<ImportedMeeting> {
  let built: { committee: Committee; meeting: Meeting; addedCommittee: boolean };
  try {
    built = build(store, input, at);
  } catch (err) {
    throw asRefusal(err);
  }
  const { committee, meeting, addedCommittee } = built;
  if (addedCommittee) await store.changeCommittees((f) => ({ ...f, committees: [...f.committees, committee] }));
  try {
    await store.addMeeting(meeting);
  } catch (err) {
    // All or nothing: a committee made for a meeting that could not be written goes again.
    if (addedCommittee)
      await store
        .changeCommittees((f) => ({ ...f, committees: f.committees.filter((c) => c.id !== committee.id) }))
        .catch(logged(store.log, 'A committee added for an import that failed was not removed again', committee.id));
    throw err;
  }
  return { meetingId: meeting.id, committeeId: committee.id, addedCommittee };
}

/** Builds and validates the committee (if new) and the meeting; writes nothing. */
function build(
  store: Store,
  input: In<'import:createMeeting'>,
  at: Date,
): { committee: Committee; meeting: Meeting; addedCommittee: boolean } {
  const here = {
    committee: (id: string) => store.committee(id),
    meetings: store.meetingIds().map((id) => store.meeting(id)),
  };
  const accepted = acceptAgenda(input, here, at);
  const { committee } = accepted;
  let meeting = accepted.meeting;
  // Exempt items get their exclusion resolution exactly as the agenda builder would give it.
  const ctx = { now: nowInLondon(at), timestamp: at.toISOString(), committee };
  input.items.forEach((item, i) => {
    if (item.exemptParagraph)
      meeting = applyMeetingCommandOrThrow(
        meeting,
        'agenda:setExempt',
        { itemId: meeting.agenda[i]!.id, paragraph: item.exemptParagraph },
        ctx,
      );
  });
  return { committee, meeting: Meeting.parse(meeting), addedCommittee: accepted.addedCommittee };
}

export function importHandlers({ store, now }: Services) {
  return {
    'import:parseAgenda': async ({ fileName, base64 }: In<'import:parseAgenda'>): Promise<ParsedAgendaFile> => {
      const bytes = new Uint8Array(Buffer.from(base64, 'base64'));
      const r = await importAgendaBytes(bytes, fileName);
      if (!r.ok) throw new StoreError(r.error.code, r.error.message);
      const answer: ParsedAgendaFile = {
        fileName,
        source: r.value.source,
        lineCount: r.value.lines.length,
        agenda: r.value.agenda,
      };
      if (r.value.pages) answer.pages = r.value.pages;
      return answer;
    },
    'import:createMeeting': (input: In<'import:createMeeting'>) => createImportedMeeting(store, input, now()),
  } satisfies Partial<Handlers>;
}
