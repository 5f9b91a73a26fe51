// The contact officer's e-mail in the documents is a mailto link whose text is the address itself
// (meaningful link text), in Word's Hyperlink style: the draft minutes, the pack minutes and the
// agenda front sheet.
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { composeFrontSheet } from '$shared/agenda/front-sheet';
import { composeMinutes } from '$shared/minutes';
import { renderAgendaDocx } from '../../electron/services/docs/agenda-docx';
import { renderMinutesDocx } from '../../electron/services/docs/minutes-docx';
import { renderPackMinutesDocx } from '../../electron/services/docs/pack-minutes-docx';
import { meeting2016_11_21, sampleCommittee } from '../helpers/agenda-2016-11-21';
import { loadSample } from './helpers/sample';

/** Each hyperlink of the document: its target, whether external, its text and its runs' style. */
async function links(bytes: Uint8Array): Promise<{ target: string; external: boolean; text: string; style: string }[]> {
  const zip = await JSZip.loadAsync(bytes);
  const doc = await zip.file('word/document.xml')!.async('string');
  const rels = await zip.file('word/_rels/document.xml.rels')!.async('string');
  return [...doc.matchAll(/<w:hyperlink\b[^>]*r:id="([^"]+)"[^>]*>([\s\S]*?)<\/w:hyperlink>/g)].map(([, id, inner]) => {
    const rel = new RegExp(`<Relationship\\b[^>]*Id="${id}"[^>]*/>`).exec(rels)?.[0] ?? '';
    return {
      target: /Target="([^"]+)"/.exec(rel)?.[1] ?? '',
      external: /TargetMode="External"/.test(rel),
      text: [...inner!.matchAll(/<w:t\b[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''),
      style: /<w:rStyle w:val="([^"]+)"/.exec(inner!)?.[1] ?? '',
    };
  });
}

async function hasHyperlinkStyle(bytes: Uint8Array): Promise<boolean> {
  const styles = await (await JSZip.loadAsync(bytes)).file('word/styles.xml')!.async('string');
  return /w:styleId="Hyperlink"/.test(styles);
}

describe("the contact officer's e-mail", () => {
  it('is a mailto link in the draft minutes and the pack minutes, its text the address', async () => {
    const { meeting, committee } = loadSample();
    const email = committee.minutesContact.email.trim();
    expect(email).toMatch(/@/);
    const outline = composeMinutes(meeting, committee);
    for (const bytes of [
      await renderMinutesDocx(outline),
      await renderPackMinutesDocx(outline, { itemNumber: '4', firstPage: 1 }),
    ]) {
      expect(await links(bytes)).toEqual([
        { target: `mailto:${email}`, external: true, text: email, style: 'Hyperlink' },
      ]);
      expect(await hasHyperlinkStyle(bytes)).toBe(true);
    }
  });

  it('is a mailto link on the agenda front sheet', async () => {
    const committee = sampleCommittee();
    const bytes = await renderAgendaDocx(composeFrontSheet(meeting2016_11_21(committee), committee));
    const email = committee.agendaContact.email.trim();
    expect(await links(bytes)).toEqual([
      { target: `mailto:${email}`, external: true, text: email, style: 'Hyperlink' },
    ]);
    expect(await hasHyperlinkStyle(bytes)).toBe(true);
  });
});
