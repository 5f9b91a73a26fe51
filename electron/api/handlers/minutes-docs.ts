// docs:exportMinutes and the committee's Word template: the draft minutes as a Word file,
// base64 for the wire; the renderer turns it into a download (Electron shows its save dialog).
import type { z } from 'zod';
import { join } from 'node:path';
import type { contract } from '$shared/api';
import { Committee, newMeeting } from '$shared/domain';
import { exportMinutes } from '../../services/docs/export-minutes';
import { applyTemplateStyles } from '../../services/docs/template-styles';
import { renderMinutesDocx } from '../../services/docs/minutes-docx';
import { composeMinutes } from '$shared/minutes';
import { writeFileAtomic } from '../../services/store/atomic-write';
import { describeFileError } from '../../services/store/file-layer';
import { StoreError, type Store } from '../../services/store/store';
import type { Services } from '../services';
import type { Handlers } from '../handle';

type In<C extends keyof typeof contract> = z.output<(typeof contract)[C]['input']>;

export const TEMPLATES_DIR = 'templates';
const templatePath = (store: Store, committeeId: string) => join(store.dataDir, TEMPLATES_DIR, `${committeeId}.docx`);

/** The committee's template, if it has one; a template that has gone missing is reported, not fatal. */
export async function loadTemplate(
  store: Store,
  committee: Committee,
): Promise<{ bytes: Uint8Array; name: string } | { error: string } | undefined> {
  if (!committee.template) return undefined;
  try {
    return { bytes: await store.files.readFile(templatePath(store, committee.id)), name: committee.template.fileName };
  } catch (err) {
    return {
      error: `The committee's template ${committee.template.fileName} could not be read (${describeFileError(err)}); the default styles were used.`,
    };
  }
}

export function minutesDocHandlers({ store, now }: Services) {
  const saveCommittee = async (c: Committee) => {
    const next = Committee.parse({ ...c, revision: c.revision + 1 });
    await store.changeCommittees((f) => ({ ...f, committees: f.committees.map((x) => (x.id === c.id ? next : x)) }));
    return next;
  };
  return {
    'docs:exportMinutes': async ({ meetingId, confidential }: In<'docs:exportMinutes'>) => {
      const meeting = store.meeting(meetingId);
      const committee = store.committee(meeting.committeeId);
      const template = await loadTemplate(store, committee);
      const doc = await exportMinutes(meeting, committee, {
        confidential,
        ...(store.settings.userName ? { author: store.settings.userName } : {}),
        template,
      });
      return {
        fileName: doc.fileName,
        base64: Buffer.from(doc.bytes).toString('base64'),
        missing: doc.missing.map(({ where, what }) => ({ where, what })),
        ...(doc.templateError ? { templateError: doc.templateError } : {}),
      };
    },
    'committees:setTemplate': async ({ committeeId, fileName, base64 }: In<'committees:setTemplate'>) => {
      const committee = store.committee(committeeId);
      const bytes = Buffer.from(base64, 'base64');
      // Tried on a real draft first: a template that cannot be used is refused now, not at export.
      const probe = await applyTemplateStyles(
        await renderMinutesDocx(
          composeMinutes(
            newMeeting({ committeeId, date: '2000-01-03', startTime: '19:00', venue: '', agenda: [], at: new Date(0) }),
            committee,
          ),
        ),
        bytes,
        fileName,
      );
      if (!probe.ok) throw new StoreError(probe.error.code, probe.error.message, 'template');
      try {
        await store.files.mkdir(join(store.dataDir, TEMPLATES_DIR));
        await writeFileAtomic(store.files, templatePath(store, committeeId), bytes);
      } catch (err) {
        throw new StoreError('NOT_SAVED', `The template was not saved: ${describeFileError(err)}`);
      }
      return saveCommittee({ ...committee, template: { fileName, addedAt: now().toISOString() } });
    },
    'committees:clearTemplate': async ({ committeeId }: In<'committees:clearTemplate'>) => {
      const { template: _gone, ...rest } = store.committee(committeeId);
      return saveCommittee(rest as Committee);
    },
  } satisfies Partial<Handlers>;
}
