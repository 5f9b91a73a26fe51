// The same meeting gives the same bytes, whenever and wherever it is exported.
import { afterEach, describe, expect, it, vi } from 'vitest';
import JSZip from 'jszip';
import { composeMinutes } from '$shared/minutes';
import { renderMinutesDocx } from '../../electron/services/docs/minutes-docx';
import { fixtureCommittee, fixtureMeeting } from '../fixtures/minutes/load';
import { loadSample } from './helpers/sample';

const originalTz = process.env.TZ;

afterEach(() => {
  vi.useRealTimers();
  process.env.TZ = originalTz;
});

async function exportAt(now: string, tz: string): Promise<Uint8Array> {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(now));
  process.env.TZ = tz;
  const { meeting, committee } = loadSample();
  return renderMinutesDocx(composeMinutes(meeting, committee));
}

describe('deterministic export', () => {
  it('gives byte-identical files at different times and in different time zones', async () => {
    const first = await exportAt('2020-01-01T10:00:00Z', 'Europe/London');
    const second = await exportAt('2031-07-15T23:59:59Z', 'Pacific/Auckland');
    expect(Buffer.from(second).equals(Buffer.from(first))).toBe(true);
  });

  it("takes the document's dates from the meeting and fixes every zip entry's date", async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2030-03-03T03:03:03Z'));
    const meeting = fixtureMeeting();
    const zip = await JSZip.loadAsync(await renderMinutesDocx(composeMinutes(meeting, fixtureCommittee())));
    const core = await zip.file('docProps/core.xml')!.async('string');
    expect(core).toContain('<dcterms:created xsi:type="dcterms:W3CDTF">2016-09-12T09:00:00Z</dcterms:created>');
    expect(core).toContain('<dcterms:modified xsi:type="dcterms:W3CDTF">2016-09-19T20:55:00Z</dcterms:modified>');
    const dates = new Set(Object.values(zip.files).map((f) => f.date.toISOString()));
    expect([...dates]).toEqual(['2016-09-19T12:00:00.000Z']);
  });

  it('changes when the meeting changes', async () => {
    const meeting = fixtureMeeting();
    const a = await renderMinutesDocx(composeMinutes(meeting, fixtureCommittee()));
    meeting.notes[0]!.content.push({ t: 'text', text: ' One more sentence.' });
    const b = await renderMinutesDocx(composeMinutes(meeting, fixtureCommittee()));
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(false);
  });
});
