// The agenda import on screen: a file is read and parsed by the service (nothing is created),
// the user reviews an editable draft of every field, and only "Accept" creates the meeting
// (and a new committee, if chosen) in one call. Cancel creates nothing.
import type { ApiError, CommitteeSummary, MeetingSummary } from '$shared/api';
import { formatLongDate } from '$shared/format/en-gb';
import { IMPORT_MAX_BYTES, type ImportedMeeting, type ParsedAgendaFile } from '$shared/api/import-contract';
import { call } from '../lib/api';
import { fileToBase64 } from '../lib/read-file';
import { createInput, draftFrom, meetingsOnSameDate, sameDateConfirmed, type ReviewDraft } from '../views/import/draft';
import type { SaveStatus } from './save-status.svelte';

export type ImportPhase = 'choose' | 'reading' | 'review' | 'creating';

/** "2.5 MB", "340 KB". */
function size(bytes: number): string {
  return bytes >= 1024 * 1024
    ? `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`
    : `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

export class AgendaImport {
  phase = $state<ImportPhase>('choose');
  /** Why the file could not be read: the service's code and its specific message. */
  readError = $state<ApiError | null>(null);
  /** Why the meeting could not be created (a field the API names, or the whole form). */
  createError = $state<ApiError | null>(null);
  file = $state.raw<ParsedAgendaFile | null>(null);
  draft = $state<ReviewDraft | null>(null);
  committees = $state.raw<CommitteeSummary[]>([]);
  /** Every committee's meetings, so the review can say when the chosen committee already meets on that date. */
  meetings = $state.raw<MeetingSummary[]>([]);

  constructor(
    private readonly save: SaveStatus,
    /** The committee the import was started from, offered first. */
    readonly preferredCommitteeId: string | undefined,
  ) {}

  async read(file: File): Promise<void> {
    this.readError = null;
    this.createError = null;
    this.file = null;
    this.draft = null;
    if (file.size > IMPORT_MAX_BYTES) {
      // Not sent at all: the service would refuse it with the same words.
      this.readError = {
        code: 'TOO_LARGE',
        message: `This file is ${size(file.size)}; the largest agenda that can be imported is ${size(IMPORT_MAX_BYTES)}. Import the agenda pages only (the front sheet and item list).`,
      };
      return;
    }
    this.phase = 'reading';
    let base64: string;
    try {
      base64 = await fileToBase64(file);
    } catch (err) {
      this.phase = 'choose';
      this.readError = {
        code: 'UNREADABLE_FILE',
        message: `${file.name} could not be read (${(err as Error).message}).`,
      };
      return;
    }
    const [parsed, list, meetings] = await Promise.all([
      call('import:parseAgenda', { fileName: file.name, base64 }),
      call('committees:list', {}),
      call('meetings:list', {}),
    ]);
    if (!parsed.ok) {
      this.phase = 'choose';
      this.readError = parsed.error;
      return;
    }
    this.committees = list.ok ? list.value : [];
    this.meetings = meetings.ok ? meetings.value : [];
    this.file = parsed.value;
    this.draft = draftFrom(parsed.value.agenda, this.committees, this.preferredCommitteeId);
    this.phase = 'review';
  }

  /** Back to choosing a file; nothing was created. */
  reset(): void {
    this.phase = 'choose';
    this.file = null;
    this.draft = null;
    this.readError = null;
    this.createError = null;
  }

  removeItem(key: string): void {
    if (this.draft) this.draft.items = this.draft.items.filter((i) => i.key !== key);
  }

  removeMember(key: string): void {
    if (this.draft) this.draft.members = this.draft.members.filter((m) => m.key !== key);
  }

  /** Creates everything reviewed, in one call; answers the new meeting, or null (the error is kept). */
  async accept(): Promise<ImportedMeeting | null> {
    const draft = this.draft;
    if (!draft || this.phase === 'creating') return null;
    this.createError = null;
    if (meetingsOnSameDate(draft, this.meetings).length && !sameDateConfirmed(draft)) {
      // Usually the same agenda imported twice: the user opens the meeting there is, or says this is another.
      const committee = this.committees.find((c) => c.id === draft.committee)?.name ?? 'The committee';
      this.createError = {
        code: 'SAME_DATE',
        message: `${committee} already has a meeting on ${formatLongDate(draft.date.value.trim())}: open it, or confirm that this is another meeting on the same date`,
        field: 'sameDate',
      };
      return null;
    }
    this.phase = 'creating';
    const r = await this.save.write(() =>
      call('import:createMeeting', createInput($state.snapshot(draft) as ReviewDraft)),
    );
    this.phase = 'review';
    if (!r.ok) {
      this.createError = r.error;
      // Made meanwhile (another window): the review shows it now.
      if (r.error.code === 'SAME_DATE') {
        const list = await call('meetings:list', {});
        if (list.ok) this.meetings = list.value;
      }
      return null;
    }
    return r.value;
  }
}
