// Word documents of review and planning: the reviewed draft with tracked changes, the approved
// minutes for the next agenda pack, the action log and the work programme.
import type { z } from 'zod';
import type { contract, ExportedDocument } from '$shared/api';
import type { Committee } from '$shared/domain';
import { nowInLondon } from '$shared/format/en-gb';
import { composeMinutes } from '$shared/minutes';
import { sortedEntries, viewWorkProgramme } from '$shared/planning';
import { committeeAsApproved, recordNumber } from '$shared/review';
import { renderActionLogDocx } from '../../services/docs/action-log-docx';
import { renderPackMinutesDocx } from '../../services/docs/pack-minutes-docx';
import { renderReviewedDraftDocx } from '../../services/docs/reviewed-draft-docx';
import { renderWorkProgrammeDocx } from '../../services/docs/work-programme-docx';
import { wearTemplate } from '../../services/docs/wear-template';
import { loadTemplate } from './minutes-docs';
import { verifyPublished } from '../../services/verify/published';
import { recordsOf } from '../../services/records/committee-records';
import { StoreError } from '../../services/store/store';
import type { Services } from '../services';
import type { Handlers } from '../handle';

type In<C extends keyof typeof contract> = z.output<(typeof contract)[C]['input']>;

/** A file name safe on every system: "CEPAC-2016-09-19-reviewed-draft.docx". */
export function docFileName(committee: Committee, ...parts: string[]): string {
  const stem = [committee.shortName.trim() || committee.name, ...parts].join('-');
  return `${stem
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/-+/g, '-')
    .replace(/^-|-$/g, '')}.docx`;
}

export function reviewDocsHandlers({ store, now }: Services) {
  /** The document in the committee's template (when it has one), base64 for the wire. */
  const toDocument = async (
    committee: Committee,
    fileName: string,
    rendered: Uint8Array,
    missing: { where: string; what: string }[] = [],
  ): Promise<ExportedDocument> => {
    const { bytes, templateError } = await wearTemplate(rendered, await loadTemplate(store, committee));
    return {
      fileName,
      base64: Buffer.from(bytes).toString('base64'),
      missing: missing.map(({ where, what }) => ({ where, what })),
      ...(templateError ? { templateError } : {}),
    };
  };
  const records = recordsOf(store);
  const today = () => nowInLondon(now()).date;
  return {
    'docs:exportReviewedDraft': async ({ meetingId }: In<'docs:exportReviewedDraft'>) => {
      const meeting = store.meeting(meetingId);
      const committee = store.committee(meeting.committeeId);
      const { bytes, outline } = await renderReviewedDraftDocx(meeting, committee, { author: store.settings.userName });
      return toDocument(committee, docFileName(committee, meeting.date, 'reviewed-draft'), bytes, outline.missing);
    },

    'docs:exportApprovedMinutes': async ({ meetingId, itemNumber, firstPage }: In<'docs:exportApprovedMinutes'>) => {
      const meeting = store.meeting(meetingId);
      if (meeting.status !== 'approved' && meeting.status !== 'confirmed') {
        throw new StoreError(
          'NOT_APPROVED',
          'Only minutes approved by the Chair go into the next agenda pack; these are a draft',
        );
      }
      if (store.tampered.has(meetingId))
        throw new StoreError(
          'TAMPERED',
          'These minutes were changed outside Scrutineer after approval, so they are not exported as approved',
        );
      const committee = store.committee(meeting.committeeId);
      const outline = composeMinutes(meeting, committeeAsApproved(meeting, committee));
      const bytes = await renderPackMinutesDocx(outline, {
        itemNumber,
        firstPage,
        author: store.settings.userName,
        record: recordNumber(meeting),
      });
      return toDocument(
        committee,
        docFileName(committee, meeting.date, 'minutes', `agenda-item-${itemNumber}`),
        bytes,
        outline.missing,
      );
    },

    'review:verifyPublished': async ({ meetingId, fileName, base64 }: In<'review:verifyPublished'>) => {
      const meeting = store.meeting(meetingId);
      return verifyPublished(
        meeting,
        store.committee(meeting.committeeId),
        new Uint8Array(Buffer.from(base64, 'base64')),
        fileName,
      );
    },

    'docs:exportActionLog': async ({ committeeId, statuses }: In<'docs:exportActionLog'>) => {
      const committee = store.committee(committeeId);
      const log = await records.actionLog(committeeId).read();
      const asAt = today();
      const bytes = await renderActionLogDocx(committee, sortedEntries(log.entries, statuses), asAt);
      return toDocument(committee, docFileName(committee, 'action-log', asAt), bytes);
    },

    'docs:exportWorkProgramme': async ({ committeeId }: In<'docs:exportWorkProgramme'>) => {
      const committee = store.committee(committeeId);
      const view = viewWorkProgramme(
        await records.workProgramme(committeeId).read(),
        committee.settings.reportDeadlineDays,
      );
      const asAt = today();
      const bytes = await renderWorkProgrammeDocx(committee, view, asAt);
      return toDocument(committee, docFileName(committee, 'work-programme', asAt), bytes);
    },
  } satisfies Partial<Handlers>;
}
