// Minutes the Chair has approved (and the next meeting may have confirmed) are signed off: their
// details cannot be edited any more (only amended, from review), and deleting them is spelt out.
import type { Meeting } from '$shared/domain';

/** What sign-off is read from: a whole meeting, or a summary of one (its status only). */
type SignOff = Pick<Meeting, 'date' | 'status'> & Partial<Pick<Meeting, 'approval' | 'confirmation'>>;
import { formatDate, formatLongDate, nowInLondon } from '$shared/format/en-gb';

/** The day of a stamp in London, "20 September 2016"; a stamp that cannot be read is shown as stored. */
function dayOf(stamp: string): string {
  const at = new Date(stamp);
  if (Number.isNaN(at.getTime())) return stamp;
  return formatDate(nowInLondon(at).date);
}

function longDateOr(isoDate: string): string {
  try {
    return formatLongDate(isoDate);
  } catch {
    return isoDate;
  }
}

export function isSignedOff(meeting: SignOff): boolean {
  return meeting.approval !== undefined || meeting.status === 'approved' || meeting.status === 'confirmed';
}

/**
 * "approved by Councillor Needham on 20 September 2016 and confirmed at the meeting of Monday
 * 21 November 2016", or null when the minutes are not signed off.
 */
export function signOffWords(meeting: SignOff): string | null {
  if (!isSignedOff(meeting)) return null;
  const a = meeting.approval;
  const approved = a ? `approved by ${a.approvedBy} on ${dayOf(a.approvedAt)}` : 'approved';
  const c = meeting.confirmation;
  if (meeting.status !== 'confirmed' && !c) return approved;
  const at = c?.atMeetingDate
    ? ` at the meeting of ${longDateOr(c.atMeetingDate)}`
    : c
      ? ` on ${dayOf(c.confirmedAt)}`
      : '';
  return `${approved} and confirmed as an accurate record${at}`;
}

/** Why "Edit details" is not offered, or null when it is. */
export function detailsLockedReason(meeting: SignOff): string | null {
  const words = signOffWords(meeting);
  if (!words) return null;
  return `The details cannot be edited: these minutes were ${words}. A change now is an amendment, recorded from Review and sign-off.`;
}

/** What the delete confirmation says: plainly, for signed-off minutes, that they go for good. */
export function deleteQuestion(meeting: SignOff): { title: string; message: string; confirmLabel: string } {
  const day = longDateOr(meeting.date);
  const words = signOffWords(meeting);
  if (!words) {
    return {
      title: `Delete the meeting of ${day}?`,
      message: 'The meeting, its agenda and its notes are deleted. A copy is kept in the backups folder.',
      confirmLabel: 'Delete meeting',
    };
  }
  return {
    title: `Delete the signed-off minutes of ${day}?`,
    message:
      `These are signed-off minutes: they were ${words}. ` +
      'Deleting the meeting deletes them, with the agenda and the notes, and they will be gone from Scrutineer for good; only a file copy stays in the backups folder. ' +
      'Councils keep their minutes for at least six years: export them first if they may still be needed.',
    confirmLabel: 'Delete these signed-off minutes',
  };
}
