// docs:exportAgenda: the meeting's agenda front sheet as a Word file, base64 for the wire.
// The renderer turns it into a download (dev host) or a save dialog (Electron).
import type { z } from 'zod';
import type { contract } from '$shared/api';
import { composeFrontSheet } from '$shared/agenda/front-sheet';
import { renderAgendaDocx } from '../../services/docs/agenda-docx';
import { wearTemplate } from '../../services/docs/wear-template';
import { loadTemplate } from './minutes-docs';
import type { Services } from '../services';
import type { Handlers } from '../handle';

type In<C extends keyof typeof contract> = z.output<(typeof contract)[C]['input']>;

export function agendaDocHandlers({ store }: Services) {
  return {
    'docs:exportAgenda': async ({ meetingId }: In<'docs:exportAgenda'>) => {
      const meeting = store.meeting(meetingId);
      const committee = store.committee(meeting.committeeId);
      const outline = composeFrontSheet(meeting, committee);
      const { bytes, templateError } = await wearTemplate(
        await renderAgendaDocx(outline, { author: store.settings.userName }),
        await loadTemplate(store, committee),
      );
      return {
        fileName: outline.meta.fileName,
        base64: Buffer.from(bytes).toString('base64'),
        missing: outline.missing,
        ...(templateError ? { templateError } : {}),
      };
    },
  } satisfies Partial<Handlers>;
}
