// Reading a meeting file from another machine, purely: format and version, the meeting's own
// version, the fingerprint the file carries, the seal of approved minutes; then how it compares
// with the copy here. Nothing is written here: the import handler acts on the verdict.
import type { Committee, Meeting, Membership, Person, PersonKind } from '../domain';
import { checkMeetingIntegrity, loadMeeting, namesakeOf, soleRoleClashes } from '../domain';
import {
  MEETING_EXPORT_FORMAT,
  MEETING_EXPORT_VERSION,
  MeetingExport,
  type MeetingFilePreview,
} from '../domain/meeting-export';
import { formatDate, nowInLondon } from '../format/en-gb';
import { canonicalJson } from './canonical-json';
import { fingerprint } from './canonical';
import { mentionedPersonIds, namedFor } from './named';
import { checkSeal } from './seal';

export type MeetingFileResult =
  | {
      ok: true;
      meeting: Meeting;
      committee: Committee;
      fingerprint: string;
      /** False: a version 1 file, without a fingerprint to check. */ verified: boolean;
    }
  | { ok: false; code: 'INVALID_FILE' | 'FUTURE_VERSION' | 'FINGERPRINT_MISMATCH' | 'TAMPERED'; message: string };

/** The fingerprint a meeting file carries for a meeting: of its content with the people as named. */
export function meetingFileFingerprint(meeting: Meeting, committee: Committee): string {
  return fingerprint(meeting, namedFor(meeting, committee));
}

export function readMeetingFile(file: unknown): MeetingFileResult {
  const bad = (message: string): MeetingFileResult => ({ ok: false, code: 'INVALID_FILE', message });
  if (typeof file !== 'object' || file === null || Array.isArray(file))
    return bad('This is not a Scrutineer meeting file (not a JSON object)');
  const envelope = file as { format?: unknown; version?: unknown; meeting?: unknown; fingerprint?: unknown };
  if (envelope.format !== MEETING_EXPORT_FORMAT)
    return bad(`This is not a Scrutineer meeting file (format ${JSON.stringify(envelope.format ?? null)})`);
  if (typeof envelope.version === 'number' && envelope.version > MEETING_EXPORT_VERSION) {
    return {
      ok: false,
      code: 'FUTURE_VERSION',
      message: `This meeting file was written by a newer Scrutineer (file version ${envelope.version}; this one reads up to ${MEETING_EXPORT_VERSION}); update the app to open it. Nothing was changed`,
    };
  }
  const loaded = loadMeeting(envelope.meeting);
  if (!loaded.ok) {
    const code = loaded.problem.code === 'FUTURE_VERSION' ? 'FUTURE_VERSION' : 'INVALID_FILE';
    return { ok: false, code, message: `The meeting in this file ${loaded.problem.message}. Nothing was changed` };
  }
  const parsed = MeetingExport.safeParse({ ...envelope, meeting: loaded.value });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return bad(
      `This meeting file is damaged (${issue?.path.join('.') || 'file'}: ${issue?.message ?? 'invalid'}). Nothing was changed`,
    );
  }
  const { meeting, committee } = parsed.data;
  if (meeting.committeeId !== committee.id)
    return bad("This meeting file is damaged: the committee it carries is not the meeting's. Nothing was changed");
  const actual = meetingFileFingerprint(meeting, committee);
  if (parsed.data.fingerprint !== undefined && parsed.data.fingerprint !== actual) {
    return {
      ok: false,
      code: 'FINGERPRINT_MISMATCH',
      message: `This meeting file does not match its fingerprint: its content was changed after it was exported (the file says ${parsed.data.fingerprint.slice(0, 19)}..., its content gives ${actual.slice(0, 19)}...). It was not opened; ask for a fresh export`,
    };
  }
  const seal = checkSeal(meeting);
  if (!seal.ok)
    return { ok: false, code: 'TAMPERED', message: `The minutes in this file ${seal.message}. It was not opened` };
  return { ok: true, meeting, committee, fingerprint: actual, verified: parsed.data.fingerprint !== undefined };
}

/**
 * What a version 1 file (written before files carried a fingerprint) means: it is opened, with
 * this notice. The fingerprint is a checksum anyone can recompute, not a signature, so it guards
 * against accidental change only; everything that protects the data here (the schema, the seal
 * of approved minutes, every reference checked against the committee the meeting will live in,
 * people added only when confirmed) applies to version 1 files exactly as to version 2.
 */
export const UNVERIFIED_NOTICE =
  'This file is from an older Scrutineer (file version 1) and carries no fingerprint, so nothing can show whether it was changed after it was exported. ' +
  'Its approval seal (if any) and every person, item and paragraph it names are still checked; open it only if you trust where it came from.';

const KIND: Record<PersonKind, string> = {
  councillor: 'a councillor',
  'co-optee': 'a co-opted member',
  officer: 'an officer',
  guest: 'an external guest',
  public: 'a member of the public',
};

/** "Cllr Ann Smith (a councillor)". */
export const describePerson = (p: Pick<Person, 'name' | 'kind'>) => `${p.name} (${KIND[p.kind]})`;

/** How opening a meeting file would fit it into the committee it will live in. */
export interface MeetingFileImportPlan {
  /** The committee is already on this machine (else it is added whole from the file). */
  committeeHere: boolean;
  /** People the meeting names whom the committee here lacks, from the file's committee: added only when confirmed. */
  peopleToAdd: Person[];
  /** Their seats from the file's committee, those that fit beside the seats here. */
  seatsToAdd: Membership[];
  /** In words: seats of the people to add that are left out, and why. */
  seatsLeftOut: string[];
  /** Why the file cannot be opened at all, in words; empty when it can. */
  problems: string[];
}

/** The committee here with the plan's people and seats added (what the meeting will live in). */
export function committeeAfterImport(
  here: Committee,
  plan: Pick<MeetingFileImportPlan, 'peopleToAdd' | 'seatsToAdd'>,
): Committee {
  const have = new Set(here.people.map((p) => p.id));
  const people = plan.peopleToAdd.filter((p) => !have.has(p.id));
  const seatIds = new Set(here.memberships.map((m) => m.id));
  const seats = plan.seatsToAdd.filter((m) => !seatIds.has(m.id));
  if (!people.length && !seats.length) return here;
  return { ...here, people: [...here.people, ...people], memberships: [...here.memberships, ...seats] };
}

const MAX_LISTED = 5;

function listed(things: string[], separator = '; '): string {
  const shown = things.slice(0, MAX_LISTED).join(separator);
  return things.length > MAX_LISTED ? `${shown}${separator}and ${things.length - MAX_LISTED} more` : shown;
}

/**
 * Checks every reference of the file's meeting against the committee it will live in: the file's
 * own committee when this machine lacks it, else the committee here, to which the people the
 * meeting names and the committee here lacks would be added from the file's committee (with
 * their seats where these fit). Anything still missing makes the file impossible to open.
 */
export function planMeetingFileImport(
  file: { meeting: Meeting; committee: Committee },
  here: Committee | undefined,
): MeetingFileImportPlan {
  const { meeting, committee } = file;
  const plan: MeetingFileImportPlan = {
    committeeHere: here !== undefined,
    peopleToAdd: [],
    seatsToAdd: [],
    seatsLeftOut: [],
    problems: [],
  };
  let target = committee;
  if (here) {
    const known = new Set(here.people.map((p) => p.id));
    const missing = [...mentionedPersonIds(meeting)].filter((id) => !known.has(id));
    const namesakes: string[] = [];
    const blocked: Person[] = [];
    for (const id of missing) {
      const person = committee.people.find((p) => p.id === id);
      if (!person) continue;
      if (namesakeOf(here.people, person)) {
        namesakes.push(describePerson(person));
        blocked.push(person);
      } else plan.peopleToAdd.push(person);
    }
    if (namesakes.length) {
      plan.problems.push(
        `the meeting names ${namesakes.length === 1 ? 'someone' : `${namesakes.length} people`} whom the committee here lacks under the same record but has under the same name ` +
          `(${listed(namesakes, ', ')}); Scrutineer cannot tell whether they are the same people, so it adds no second ones`,
      );
    }
    let seats = here.memberships;
    const clashesBefore = soleRoleClashes(seats).length;
    const seatIds = new Set(seats.map((m) => m.id));
    for (const person of plan.peopleToAdd) {
      for (const seat of committee.memberships.filter((m) => m.personId === person.id)) {
        const role = seat.role === 'member' ? 'member' : seat.role === 'chair' ? 'Chair' : 'Vice-Chair';
        if (seatIds.has(seat.id)) {
          plan.seatsLeftOut.push(
            `${person.name}'s seat as ${role} is not added: the committee here has another seat with the same id`,
          );
          continue;
        }
        if (soleRoleClashes([...seats, seat]).length > clashesBefore) {
          plan.seatsLeftOut.push(
            `${person.name}'s seat as ${role} is not added: the committee here has another ${role} at that time`,
          );
          continue;
        }
        seats = [...seats, seat];
        seatIds.add(seat.id);
        plan.seatsToAdd.push(seat);
      }
    }
    // The namesakes are refused above; the check below looks for anything else missing.
    target = committeeAfterImport(here, {
      peopleToAdd: [...plan.peopleToAdd, ...blocked],
      seatsToAdd: plan.seatsToAdd,
    });
  }
  const broken = checkMeetingIntegrity(meeting, target);
  if (broken.length) {
    const where = here
      ? "neither the file's copy of the committee nor the committee here holds"
      : "the file's copy of the committee does not hold";
    plan.problems.push(
      `it refers to people, agenda items or paragraphs that ${where} (${broken.length} problem${broken.length === 1 ? '' : 's'}: ${listed(broken)})`,
    );
  }
  return plan;
}

/** Why the file cannot be opened, in one sentence (without a full stop). */
export function importProblemsMessage(plan: MeetingFileImportPlan): string {
  return `This meeting file cannot be opened: ${plan.problems.join('; and ')}`;
}

/** What confirming would add to the committee here, in words. */
export function peopleToAddMessage(plan: MeetingFileImportPlan, committeeName: string): string {
  const n = plan.peopleToAdd.length;
  return (
    `Opening this file adds ${n === 1 ? 'a person' : `${n} people`} to "${committeeName}" here, from the file's copy of the committee, ` +
    `because the meeting names them and the committee here lacks them: ${plan.peopleToAdd.map(describePerson).join(', ')}` +
    `${plan.seatsToAdd.length ? `, with ${plan.seatsToAdd.length === 1 ? 'a seat' : `${plan.seatsToAdd.length} seats`} on the committee` : ''}.` +
    `${plan.seatsLeftOut.length ? ` ${plan.seatsLeftOut.join('; ')}.` : ''}`
  );
}

const day = (timestamp: string) => {
  try {
    return formatDate(nowInLondon(new Date(timestamp)).date);
  } catch {
    return timestamp.slice(0, 10);
  }
};

const sameRecord = (a: unknown, b: unknown) => canonicalJson(a) === canonicalJson(b);

/**
 * Why the file cannot replace approved minutes here, or undefined when it may: confirmed minutes
 * are never replaced; approved ones only by the same approval (the same record: who, when, the
 * fingerprint, its seal) carried further by amendments, every amendment here kept as it is.
 */
function cannotReplace(here: Meeting, incoming: Meeting): string | undefined {
  if (!here.approval) return undefined;
  if (here.status === 'confirmed') {
    const c = here.confirmation;
    const when = c?.atMeetingDate
      ? `at the meeting of ${formatDate(c.atMeetingDate)}`
      : c
        ? `on ${day(c.confirmedAt)}`
        : 'at a later meeting';
    return `The minutes here were confirmed as a correct record ${when}, so they can no longer be replaced. Nothing will be changed.`;
  }
  const general = 'a file can replace them only with the same approved minutes carried further by amendments';
  if (!incoming.approval || incoming.approval.fingerprint !== here.approval.fingerprint)
    return `The minutes here are approved; ${general}. Nothing will be changed.`;
  const { named: _h, ...hereRecord } = here.approval;
  const { named: _i, ...fileRecord } = incoming.approval;
  if (!sameRecord(hereRecord, fileRecord)) {
    return `The minutes here are approved; the file's record of their approval (who approved, when, or its seal) differs from the one here, so it cannot replace them. Nothing will be changed.`;
  }
  const theirs = incoming.amendments ?? [];
  for (const [i, a] of (here.amendments ?? []).entries()) {
    if (!theirs[i] || !sameRecord(a, theirs[i])) {
      return `The minutes here are approved; amendment ${i + 1} recorded here is ${theirs[i] ? 'recorded differently in the file' : 'not in the file'}, so it cannot replace them. Nothing will be changed.`;
    }
  }
  const statusRank = { planned: 0, live: 1, ended: 2, in_review: 3, approved: 4, confirmed: 5 } as const;
  if (statusRank[incoming.status] < statusRank[here.status])
    return `The minutes here are approved; ${general}. Nothing will be changed.`;
  return undefined;
}

/**
 * What opening the file would do: the committee added or people added to the one here (and
 * what would still be missing), a version 1 file's notice, and how it compares with the copy
 * here. `plan` is planMeetingFileImport's answer for the committee the meeting would live in.
 */
export function previewMeetingFile(
  file: { meeting: Meeting; committee: Committee; fingerprint: string; verified?: boolean },
  here: { meeting: Meeting; committee: Committee } | undefined,
  committeeHere: boolean,
  plan?: MeetingFileImportPlan,
  hereCommitteeName?: string,
): MeetingFilePreview {
  const { meeting, committee } = file;
  const warnings: string[] = [];
  const preview: MeetingFilePreview = {
    meetingId: meeting.id,
    committeeId: committee.id,
    committeeName: committee.name,
    date: meeting.date,
    status: meeting.status,
    revision: meeting.revision,
    fingerprint: file.fingerprint,
    committeeHere,
    canReplace: true,
    verified: file.verified ?? true,
    peopleToAdd: (plan?.peopleToAdd ?? []).map((p) => ({ id: p.id, name: p.name, kind: p.kind })),
    problems: plan?.problems ?? [],
    warnings,
  };
  if (plan?.problems.length) warnings.push(`${importProblemsMessage(plan)}.`);
  if (!preview.verified) warnings.push(UNVERIFIED_NOTICE);
  if (!committeeHere)
    warnings.push(
      `The committee "${committee.name}" is not on this machine; opening the file adds it from the file's snapshot.`,
    );
  if (plan?.peopleToAdd.length)
    warnings.push(
      `${peopleToAddMessage(plan, hereCommitteeName ?? committee.name)} Nothing is added unless you confirm.`,
    );
  if (!here) return preview;
  const hereFingerprint = meetingFileFingerprint(here.meeting, here.committee);
  const identical = canonicalJson(here.meeting) === canonicalJson(meeting);
  const newer =
    here.meeting.revision > meeting.revision
      ? 'here'
      : here.meeting.revision < meeting.revision
        ? 'file'
        : 'same-revision';
  preview.here = {
    revision: here.meeting.revision,
    status: here.meeting.status,
    fingerprint: hereFingerprint,
    sameContent: hereFingerprint === file.fingerprint,
    identical,
    newer,
  };
  if (identical) return preview;
  const refusal = cannotReplace(here.meeting, meeting);
  if (refusal) {
    preview.canReplace = false;
    warnings.push(refusal);
    return preview;
  }
  warnings.push(
    newer === 'here'
      ? `The copy here is newer (revision ${here.meeting.revision}, the file has ${meeting.revision}); replacing it would lose the changes made here.`
      : newer === 'file'
        ? `The file is a later revision (${meeting.revision}, here ${here.meeting.revision}), but the copy here may have changes the file lacks.`
        : `The copy here and the file are both revision ${meeting.revision} but differ.`,
  );
  const comments = (meeting.review?.comments ?? []).filter(
    (c) => !(here.meeting.review?.comments ?? []).some((x) => x.id === c.id),
  );
  if (comments.length && here.meeting.status === 'in_review')
    warnings.push(
      `The file has ${comments.length} review comment(s) not here; they can be added without replacing anything.`,
    );
  return preview;
}
