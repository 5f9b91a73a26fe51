// The accessibility rules, one small document each: one that breaks the rule is reported, with
// the rule and the place; its control, differing only in that detail, has no findings at all.
import { describe, expect, it } from 'vitest';
import { checkDocxBytes } from '../../electron/services/docs/accessibility/check';
import { RULES } from '../../electron/services/docs/accessibility/rules';
import { CASES, docx } from '../fixtures/accessibility/documents';

describe('each accessibility rule', () => {
  it('has a broken document and a control', () => {
    expect(new Set(CASES.map((c) => c.rule))).toEqual(new Set(RULES.map((r) => r.id)));
  });

  for (const c of CASES) {
    it(`${c.rule}: reports ${c.breaks}, and passes the control`, async () => {
      const broken = await checkDocxBytes(await docx(c.broken), 'broken.docx');
      expect(broken.ok).toBe(true);
      const mine = broken.ok ? broken.findings.filter((f) => f.rule === c.rule) : [];
      expect(mine.map((f) => f.where)).toEqual([c.where]);
      expect(mine[0]!.message.length).toBeGreaterThan(20);
      expect(await checkDocxBytes(await docx(c.control), 'control.docx')).toEqual({ ok: true, findings: [] });
    });
  }
});

describe('what the rules leave alone', () => {
  it('a layout table (no header row, "Header Row" unticked) needs no header; a bold ACTION line is not a heading', async () => {
    const { p, table } = await import('../fixtures/accessibility/documents');
    const bytes = await docx({
      body: [
        p('Title', 'Test Committee'),
        p('Heading1', '1. MINUTES'),
        p(null, 'Officers reported.'),
        p('Action', "ACTION: Children's Services"),
        p(null, 'Councillor A asked a question.'),
        table([['Administration: Councillor A', 'Opposition: Councillor B']], { look: '<w:tblLook w:val="0400"/>' }),
      ].join(''),
    });
    expect(await checkDocxBytes(bytes, 'ok.docx')).toEqual({ ok: true, findings: [] });
  });

  it('a header cell spanning the columns it names, and a body cell spanning the whole row, keep reading order', async () => {
    const { p, table } = await import('../fixtures/accessibility/documents');
    const bytes = await docx({
      body: [
        p('Title', 'Agenda'),
        p('Heading1', 'Items'),
        table(
          [
            [{ text: 'Item', span: 2 }, 'Pages'],
            ['1.', 'MINUTES', '1 - 6'],
            [{ text: 'PART II (CLOSED AGENDA)', span: 3 }],
            ['2.', 'CARE-LEAVER ACCOMMODATION', '7 - 9'],
          ],
          { header: true },
        ),
      ].join(''),
    });
    expect(await checkDocxBytes(bytes, 'ok.docx')).toEqual({ ok: true, findings: [] });
  });

  it("a paragraph style's own colour (a template's design) is not colour for meaning; a run's own is", async () => {
    const { p } = await import('../fixtures/accessibility/documents');
    const start = [p('Title', 'Test Committee'), p('Heading1', '1. MINUTES')];
    const styled = await docx({ body: [...start, p('Intro', 'The Committee met in public.')].join('') });
    expect(await checkDocxBytes(styled, 'ok.docx')).toEqual({ ok: true, findings: [] });
    const marked = await docx({
      body: [...start, p('Intro', 'The Committee met ', ['in public', '<w:color w:val="C00000"/>'], '.')].join(''),
    });
    const reply = await checkDocxBytes(marked, 'marked.docx');
    expect(reply.ok && reply.findings.map((f) => [f.rule, f.where])).toEqual([
      ['colour-only', 'paragraph 3 (“The Committee met in public.”)'],
    ]);
  });
});
