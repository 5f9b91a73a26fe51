/**
 * A PDF's table rows read as rows whatever the producer: LibreOffice centres cells vertically (a
 * number between its title's lines) and pdfjs joins a cell that nearly fills its column to the
 * next cell. Both are read from corpus files that showed the fault.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { pdfToLines } from '../../electron/services/import/pdf-to-lines';

async function linesOf(name: string): Promise<string[]> {
  const result = await pdfToLines(new Uint8Array(readFileSync(`tests/fixtures/agendas/corpus/${name}`)));
  if (!result.ok) throw new Error(result.error.message);
  return result.value.lines;
}

describe('PDF table rows', () => {
  it('puts a vertically centred number on its title cell’s first line, with its pages', async () => {
    const lines = await linesOf('moderngov-item-table-1.libreoffice.pdf');
    const at = lines.indexOf('3\tMINUTES OF THE PREVIOUS MEETING\t1 - 8');
    expect(at).toBeGreaterThan(0);
    expect(lines[at + 1]).toBe('\tTo approve as a correct record the minutes of the meeting held on 28 November 2023.');
    expect(lines).toContain('2\tDECLARATIONS OF INTEREST');
    expect(lines).toContain('5\tELECTIVE HOME EDUCATION\t31 - 44');
  });

  it('splits text that pdfjs joined across a column the rows around it show', async () => {
    const lines = await linesOf('district-summons-1.libreoffice.pdf');
    expect(lines).toContain('Councillor Nigel Hewlett-Coombe\tLiberal Democrat\tChair');
    expect(lines).toContain('Councillor Helen Sprowston-Whyte\tLiberal Democrat\tVice-Chair');
    expect(lines).toContain('Revd Canon Jane Whitlock\tDiocese of Bath and Wells');
    const members = await linesOf('moderngov-item-table-1.libreoffice.pdf');
    expect(members).toContain('Councillor Helen Rowbotham (Chair)\tCouncillor Victoria Ashworth (Vice-Chair)');
    // The table's last row: its columns shown by the two rows above it.
    expect(members).toContain('Ms Kerry-Ann Boateng\tSpecial Educational Needs Parent Forum');
  });

  it('leaves top-aligned rows, a centred header and a line under a row whole', async () => {
    const jadu = await linesOf('jadu-export-3.chromium.pdf');
    expect(jadu).toContain('1.\tApologies for absence');
    expect(jadu.indexOf('3.\tMinutes') + 1).toBe(jadu.indexOf('\tMinutes 7 March 2024 PDF 160 KB'));
    const county = await linesOf('county-continuation-1.chromium.pdf');
    expect(county).toContain('Pages 5 to 12');
  });

  it('writes a bullet drawn from the Symbol font as a bullet', async () => {
    const lines = await linesOf('county-continuation-2.libreoffice.pdf');
    expect(lines).toContain('\t•\tCllr Tony Lockyer – Labour');
  });
});
