// The seal anchored in the published minutes: the pack copy prints the record number after the
// page number; `verify` checks a meeting file against a published copy (Word or PDF). A forger who
// recomputes every fingerprint with the app's own functions passes the file's own check, as they
// must, and is caught by the published copy.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Committee, Meeting } from '$shared/domain';
import { composeMinutes } from '$shared/minutes';
import { approvalSeal, checkSeal, committeeAsApproved, fingerprint, recordNumber } from '$shared/review';
import { renderPackMinutesDocx } from '../../electron/services/docs/pack-minutes-docx';
import { verifyPublished } from '../../electron/services/verify/published';
import { closeImportWorkers } from '../../electron/services/import/in-worker';
import { exportMinutes } from '../../electron/services/docs/export-minutes';
import { approvedSample, Steps, text } from '../helpers/review';
import { bigTextDocx, doctypeDocx, flateBombPdf } from '../fuzz/hostile-files';

let dir: string;
let s: Steps;
let pack: Uint8Array;
let pdf: Uint8Array | undefined;

async function packCopy(meeting: Meeting, committee: Committee): Promise<Uint8Array> {
  return renderPackMinutesDocx(composeMinutes(meeting, committeeAsApproved(meeting, committee)), {
    itemNumber: '1',
    firstPage: 5,
    record: recordNumber(meeting),
  });
}

/** Footer text of a Word file, every footer part. */
async function footers(bytes: Uint8Array): Promise<string> {
  const zip = await JSZip.loadAsync(bytes);
  const names = Object.keys(zip.files).filter((n) => /^word\/footer\d+\.xml$/.test(n));
  return (await Promise.all(names.map((n) => zip.file(n)!.async('string')))).join('\n');
}

/** Forged as someone with the file and the app's source would: content changed, fingerprint and record seal recomputed. */
function forge(m: Meeting): Meeting {
  const notes = m.notes.map((p, i) =>
    i === 0 ? { ...p, content: text('The Committee resolved to close every school in the borough.') } : p,
  );
  const changed: Meeting = { ...m, notes };
  const approval = { ...changed.approval!, fingerprint: fingerprint(changed, changed.approval!.named) };
  const { recordSeal: _old, ...unsealedApproval } = approval;
  return { ...changed, approval: { ...unsealedApproval, recordSeal: approvalSeal(changed.id, approval) } };
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'scrutineer-seal-'));
  s = approvedSample();
  pack = await packCopy(s.meeting, s.committee);
  const docx = join(dir, 'published.docx');
  await writeFile(docx, pack);
  const r = spawnSync('soffice', ['--headless', '--convert-to', 'pdf', '--outdir', dir, docx], { timeout: 120_000 });
  if (r.status === 0 && existsSync(join(dir, 'published.pdf'))) pdf = await readFile(join(dir, 'published.pdf'));
}, 180_000);

afterAll(async () => {
  await closeImportWorkers();
  await rm(dir, { recursive: true, force: true });
});

describe('the record number in the pack copy of approved minutes', () => {
  it("is printed after the page number, the first 12 hex digits of the record seal; the minutes' wording is unchanged", async () => {
    const number = recordNumber(s.meeting)!;
    expect(number).toMatch(/^[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}$/);
    expect(number.replace(/-/g, '')).toBe(
      s.meeting.approval!.recordSeal!.slice('sha256:'.length, 'sha256:'.length + 12),
    );
    const foot = await footers(pack);
    expect(foot).toMatch(new RegExp(`<w:t[^>]*>Page </w:t>.*PAGE.*<w:t[^>]*> · Record ${number}</w:t>`, 's'));
    // Without a record number, the same document word for word.
    const without = await renderPackMinutesDocx(
      composeMinutes(s.meeting, committeeAsApproved(s.meeting, s.committee)),
      { itemNumber: '1', firstPage: 5 },
    );
    const body = async (b: Uint8Array) => (await JSZip.loadAsync(b)).file('word/document.xml')!.async('string');
    expect(await body(pack)).toBe(await body(without));
    expect(await footers(without)).not.toMatch(/Record/);
  });

  it("moves on with each amendment: the latest amendment's record seal", () => {
    const before = recordNumber(s.meeting);
    const a = new Steps(structuredClone(s.meeting), s.committee);
    a.run('minutes:amend', {
      amendmentId: 'am-1',
      by: 'Bathsheba Mall',
      why: 'Typo',
      command: {
        name: 'notes:updateParagraph',
        input: { paragraphId: a.meeting.notes[0]!.id, content: text('Fixed.') },
      },
    });
    const head = a.meeting.amendments!.at(-1)!.recordSeal!;
    expect(recordNumber(a.meeting)).not.toBe(before);
    expect(recordNumber(a.meeting)!.replace(/-/g, '')).toBe(head.slice(7, 19));
  });

  it('is printed nowhere in the draft minutes', async () => {
    const draft = await exportMinutes(s.meeting, s.committee, {});
    const zip = await JSZip.loadAsync(draft.bytes);
    for (const name of Object.keys(zip.files).filter((n) => n.endsWith('.xml'))) {
      expect(await zip.file(name)!.async('string'), name).not.toMatch(/Record [0-9a-f]{4}-/);
    }
  });
});

describe('verify: a meeting file against the published copy', () => {
  it('matches the genuine file, against the Word copy and its PDF', async () => {
    const r = await verifyPublished(s.meeting, s.committee, pack, 'published.docx');
    expect(r).toMatchObject({
      verdict: 'match',
      record: { same: true, printed: [recordNumber(s.meeting)] },
      text: { compared: true, same: true },
    });
    expect(r.summary).toMatch(/^MATCH/);
    if (!pdf) return;
    const p = await verifyPublished(s.meeting, s.committee, pdf, 'published.pdf');
    expect(p, JSON.stringify(p.details)).toMatchObject({
      verdict: 'match',
      record: { same: true },
      text: { compared: true, same: true },
    });
  }, 60_000);

  it("catches a forgery that recomputed every fingerprint with the app's own functions, which the file alone calls sealed", async () => {
    const forged = forge(s.meeting);
    // The file alone: sealed, as it must be (a keyless hash cannot stop this).
    expect(checkSeal(forged)).toMatchObject({ ok: true, sealed: true });
    for (const [copy, name] of [[pack, 'published.docx'], ...(pdf ? [[pdf, 'published.pdf'] as const] : [])] as const) {
      const r = await verifyPublished(forged, s.committee, copy, name);
      expect(r.verdict, name).toBe('mismatch');
      expect(r.summary).toMatch(/^MISMATCH: the meeting file does not hold the minutes that were published/);
      expect(r.record).toEqual({ expected: recordNumber(forged), printed: [recordNumber(s.meeting)], same: false });
      expect(r.text).toMatchObject({
        compared: true,
        same: false,
        expected: 'The Committee resolved to close every school in the borough.',
      });
      expect(r.details.join('\n')).toMatch(/The text differs from paragraph \d+ of the minutes in the file/);
      expect(r.seal).toMatch(/reads as sealed.*cannot show that someone did not recompute/);
    }
  }, 60_000);

  it('reports a changed record with the same text (the approver forged, seals recomputed)', async () => {
    const approval = { ...s.meeting.approval!, approvedBy: 'Councillor Forged' };
    const forged = { ...s.meeting, approval: { ...approval, recordSeal: approvalSeal(s.meeting.id, approval) } };
    expect(checkSeal(forged)).toMatchObject({ ok: true, sealed: true });
    const r = await verifyPublished(forged, s.committee, pack, 'published.docx');
    expect(r).toMatchObject({ verdict: 'mismatch', record: { same: false }, text: { same: true } });
  }, 60_000);

  it('says a copy without a record number cannot be checked by it, and refuses a draft and a text file', async () => {
    const draft = await exportMinutes(s.meeting, s.committee, {});
    const r = await verifyPublished(s.meeting, s.committee, draft.bytes, 'draft.docx');
    expect(r.record.printed).toEqual([]);
    expect(r.verdict).not.toBe('match');
    await expect(
      verifyPublished({ ...s.meeting, approval: undefined, status: 'ended' }, s.committee, pack, 'p.docx'),
    ).rejects.toMatchObject({ code: 'NOT_APPROVED' });
    await expect(
      verifyPublished(s.meeting, s.committee, new TextEncoder().encode('Record 0000-0000-0000'), 'p.txt'),
    ).rejects.toMatchObject({ code: 'NOT_A_DOCUMENT' });
  }, 60_000);

  it('reads a published copy within the import limits: a hostile body, footer or PDF is refused in words', async () => {
    const zip = await JSZip.loadAsync(pack);
    const footer = Object.keys(zip.files).find((n) => /^word\/footer\d+\.xml$/.test(n))!;
    zip.file(
      footer,
      '<?xml version="1.0"?><!DOCTYPE w:ftr [<!ENTITY a "aaaaaaaaaa">]><w:ftr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:p><w:r><w:t>&a;</w:t></w:r></w:p></w:ftr>',
    );
    const doctypeFooter = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
    await expect(verifyPublished(s.meeting, s.committee, doctypeFooter, 'footer.docx')).rejects.toMatchObject({
      code: 'UNREADABLE_FILE',
      message: expect.stringMatching(/footers .* could not be read within the limits/),
    });
    for (const hostile of [await doctypeDocx(), await bigTextDocx(300, true), flateBombPdf(1)]) {
      await expect(
        verifyPublished(s.meeting, s.committee, hostile.bytes, hostile.name),
        hostile.label,
      ).rejects.toMatchObject({
        code: 'UNREADABLE_FILE',
        message: expect.stringMatching(/^The published copy could not be read: /),
      });
    }
  }, 120_000);
});
