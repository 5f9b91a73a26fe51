// The Chair's review in Word: the copy sent (written, recorded in the meeting) and the returned
// copy read into what it would add to the review. Translation only: the work is in
// services/review-word and shared/review/word-import.ts.
import type { z } from 'zod';
import type { contract } from '$shared/api';
import { meetingDescriber, readChairsCopy, sendForReview } from '../../services/review-word/review-copy';
import type { Services } from '../services';
import type { Handlers } from '../handle';
import { loadTemplate } from './minutes-docs';

type In<C extends keyof typeof contract> = z.output<(typeof contract)[C]['input']>;

export function reviewWordHandlers({ store }: Services) {
  return {
    'review:sendWordCopy': async ({ meetingId }: In<'review:sendWordCopy'>) => {
      const meeting = store.meeting(meetingId);
      const template = await loadTemplate(store, store.committee(meeting.committeeId));
      const copy = await sendForReview(store, meetingId, {
        by: store.settings.userName?.trim() || 'the coordinator',
        ...(template && 'bytes' in template ? { template } : {}),
      });
      return {
        fileName: copy.fileName,
        base64: Buffer.from(copy.bytes).toString('base64'),
        missing: copy.missing,
        ...(copy.templateError ? { templateError: copy.templateError } : {}),
      };
    },
    'review:readWordCopy': async ({ meetingId, fileName, base64 }: In<'review:readWordCopy'>) => {
      const meeting = store.meeting(meetingId);
      return readChairsCopy(
        meeting,
        store.committee(meeting.committeeId),
        new Uint8Array(Buffer.from(base64, 'base64')),
        fileName,
        meetingDescriber(store),
      );
    },
  } satisfies Partial<Handlers>;
}
