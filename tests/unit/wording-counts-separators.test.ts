// Issue 15, defect 11: counts in words ("1 apology", never "1 apologies"), through one helper, and
// no separator glued to a word ("current item· started", "Steve Miley– Director"): Svelte drops
// the spaces at the start and end of a block's or an element's content, so a separator written
// there loses its space.
import { readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { parse } from 'svelte/compiler';
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import { counted, plural } from '../../renderer/src/lib/plural';
import AttendancePanel from '../../renderer/src/views/live/AttendancePanel.svelte';
import ItemPanel from '../../renderer/src/views/live/ItemPanel.svelte';
import { LiveConsole } from '../../renderer/src/state/live-console.svelte';
import { LiveSession } from '../../renderer/src/state/live-session.svelte';
import { bridgeEachTest } from '../helpers/renderer-bridge';

const REPO = join(import.meta.dirname, '../..');

describe('counts in words', () => {
  it('says one thing in the singular and any other number in the plural', () => {
    expect(counted(1, 'apology', 'apologies')).toBe('1 apology');
    expect(counted(2, 'apology', 'apologies')).toBe('2 apologies');
    expect(counted(0, 'apology', 'apologies')).toBe('0 apologies');
    expect(counted(1, 'day')).toBe('1 day');
    expect(counted(14, 'day')).toBe('14 days');
    expect(counted(1, 'person', 'people')).toBe('1 person');
    expect(counted(3, 'person', 'people')).toBe('3 people');
    expect(plural(1, 'is', 'are')).toBe('is');
    expect(plural(2, 'is', 'are')).toBe('are');
  });
});

const bridge = bridgeEachTest();

/** The page's text as a reader sees it: tags and Svelte's markers out, spaces as one. */
const textOf = (html: string) =>
  html
    .replace(/<!--.*?-->/g, '')
    .replace(/<[^>]+>/g, '')
    .replace(/\s+/g, ' ');

describe('the live console, as rendered', () => {
  async function session() {
    const b = await bridge();
    const s = new LiveSession(b.meetingId, b.save);
    await s.load();
    return s;
  }

  it('counts one apology and two apologies in the attendance summary', async () => {
    const s = await session();
    const summary = () =>
      /\d+ present · [^<]*/
        .exec(render(AttendancePanel, { props: { session: s, started: true, focusToken: 0 } }).body)![0]
        .trim();
    expect(s.attendance.filter((a) => a.status === 'apologies')).toHaveLength(1);
    expect(summary()).toMatch(/^\d+ present · 1 apology · 0 absent$/);
    const present = s.attendance.find((a) => a.status === 'present')!;
    expect(
      s.run(
        'attendance:mark',
        { personId: present.personId, status: 'apologies' },
        { scope: 'row', label: 'the attendance' },
      ),
    ).toBeNull();
    expect(summary()).toMatch(/^\d+ present · 2 apologies · 0 absent$/);
  });

  it("keeps the spaces around the separators of an item's status line", async () => {
    const s = await session();
    const live = new LiveConsole(s);
    const item7 = s.agenda.find((i) => i.number === '7')!;
    expect(
      s.run('agenda:setItemStart', { itemId: item7.id, at: '19:40' }, { scope: 'start', label: 'the start' }),
    ).toBeNull();
    const head = textOf(render(ItemPanel, { props: { live, itemId: item7.id } }).body);
    expect(head).toContain('done · started 7.40 pm');
  });
});

describe("separators in the renderer's markup", () => {
  it('never sit at the start or end of a block or element with the space Svelte would drop', () => {
    const files = execFileSync('git', ['ls-files', '-co', '--exclude-standard', 'renderer/src'], {
      cwd: REPO,
      encoding: 'utf8',
    })
      .split('\n')
      .filter((f) => f.endsWith('.svelte'));
    expect(files.length).toBeGreaterThan(50);
    const found: string[] = [];
    for (const file of files) {
      const src = readFileSync(join(REPO, file), 'utf8');
      const line = (at: number) => src.slice(0, at).split('\n').length;
      const fragment = (nodes: { type: string; data?: string; start: number }[]) => {
        const first = nodes[0];
        const last = nodes[nodes.length - 1];
        if (first?.type === 'Text' && /^[ \t]+[·–—|•]/.test(first.data!))
          found.push(`${file}:${line(first.start)}: ${JSON.stringify(first.data!.slice(0, 30))}`);
        if (last?.type === 'Text' && /[·–—|•:][ \t]+$/.test(last.data!))
          found.push(`${file}:${line(last.start)}: ${JSON.stringify(last.data!.slice(-30))}`);
      };
      const walk = (node: unknown): void => {
        if (!node || typeof node !== 'object') return;
        if (Array.isArray(node)) return node.forEach(walk);
        const n = node as Record<string, unknown>;
        if (n.type === 'Fragment' && Array.isArray(n.nodes)) fragment(n.nodes as never);
        for (const [k, v] of Object.entries(n))
          if (k !== 'attributes' && k !== 'expression' && v && typeof v === 'object') walk(v);
      };
      walk(parse(src, { modern: true }).fragment);
    }
    expect(found).toEqual([]);
  });
});
