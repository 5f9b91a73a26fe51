// The minutes say when the meeting became inquorate (and quorate again), in the item under way
// at that moment and before its resolutions; a meeting that stayed quorate says nothing of it.
import { describe, expect, it } from 'vitest';
import type { Block } from '$shared/minutes';
import { composeMinutes, plainText } from '$shared/minutes';
import type { Meeting } from '$shared/domain';
import { itemId, personId, sampleCommittee, sampleMeeting } from './live-helpers';

const say = (b: Block) => ('runs' in b ? plainText(b.runs) : b.type);
/** The item a block belongs to, where it belongs to one. */
const itemOf = (b: Block | undefined) => (b && 'itemId' in b ? b.itemId : undefined);

/** The sample meeting (7.00 to 8.51 pm) with item starts, and a RESOLVED at item 6. */
function withStarts(): Meeting {
  const m = sampleMeeting();
  const starts = ['19:00', '19:02', '19:05', '19:10', '19:15', '19:40', '20:20', '20:35', '20:45', '20:50'];
  return { ...m, agenda: m.agenda.map((i, n) => ({ ...i, startedAt: starts[n] })) };
}

function leaving(m: Meeting, who: Record<string, string>): Meeting {
  const c = sampleCommittee();
  const ids = new Map(Object.entries(who).map(([name, at]) => [personId(c, name), at]));
  return {
    ...m,
    attendance: m.attendance.map((a) => (ids.has(a.personId) ? { ...a, leftAt: ids.get(a.personId) } : a)),
  };
}

describe('the minutes and the quorum', () => {
  it('say nothing of it while the meeting stayed quorate', () => {
    const text = composeMinutes(withStarts(), sampleCommittee()).blocks.map(say).join('\n');
    expect(text).not.toMatch(/quorate/);
  });

  it('say when it became inquorate, at the item under way, before its resolutions', () => {
    const m = leaving(withStarts(), { 'Donald Johnson': '19:50', 'Caroline Ffiske': '20:40' });
    const blocks = composeMinutes(m, sampleCommittee()).blocks;
    const at = blocks.findIndex((b) => say(b) === 'The meeting became inquorate at 8.40 pm.');
    expect(at).toBeGreaterThan(-1);
    // 8.40 pm falls in item 8 (8.35 to 8.45 pm).
    expect(itemOf(blocks[at])).toBe(itemId(m, '8'));
    const nextHeading = blocks.findIndex((b, i) => i > at && b.type === 'item-heading');
    const resolvedOfItem = blocks.findIndex((b) => b.type === 'resolved-heading' && b.itemId === itemId(m, '8'));
    if (resolvedOfItem >= 0) expect(resolvedOfItem).toBeGreaterThan(at);
    expect(nextHeading).toBeGreaterThan(at);
    expect(blocks.filter((b) => /quorate/.test(say(b)))).toHaveLength(1);
  });

  it('say when it became quorate again, and do not count the co-optees unless the committee does', () => {
    const c = sampleCommittee();
    let m = leaving(withStarts(), { 'Donald Johnson': '19:20', 'Caroline Ffiske': '19:25' });
    m = {
      ...m,
      attendance: [
        ...m.attendance,
        {
          personId: personId(c, 'Sue Macmillan'),
          capacity: 'member',
          status: 'present',
          arrivedAt: '19:45',
          lateApologies: false,
        },
      ],
    };
    const text = composeMinutes(m, c).blocks.map(say);
    expect(text).toContain('The meeting became inquorate at 7.25 pm.');
    expect(text).toContain('The meeting became quorate again at 7.45 pm.');
    const counting = { ...c, settings: { ...c.settings, coOpteesCountForQuorum: true } };
    expect(composeMinutes(m, counting).blocks.map(say).join('\n')).not.toMatch(/quorate/);
  });

  it('with no item start recorded, say it in the last item; before the first start, in the first', () => {
    const none = leaving(sampleMeeting(), { 'Donald Johnson': '20:30', 'Caroline Ffiske': '20:40' });
    const blocks = composeMinutes(none, sampleCommittee()).blocks;
    const said = blocks.find((b) => say(b) === 'The meeting became inquorate at 8.40 pm.');
    expect(itemOf(said)).toBe(none.agenda.at(-1)!.id);
    const early = withStarts();
    const late = {
      ...early,
      agenda: early.agenda.map((i) => ({ ...i, startedAt: i.startedAt === '19:00' ? '19:30' : i.startedAt })),
    };
    // Two councillors sent word they could not come: inquorate from the start, before item 1 (7.30 pm).
    const gone = new Set([
      personId(sampleCommittee(), 'Donald Johnson'),
      personId(sampleCommittee(), 'Caroline Ffiske'),
    ]);
    const m = {
      ...late,
      attendance: late.attendance.map((a) => (gone.has(a.personId) ? { ...a, status: 'absent' as const } : a)),
    };
    const first = composeMinutes(m, sampleCommittee()).blocks.find(
      (b) => say(b) === 'The meeting became inquorate at 7.00 pm.',
    );
    expect(itemOf(first)).toBe(m.agenda[0]!.id);
  });

  it('a meeting not started says nothing of the quorum', () => {
    const m = { ...withStarts(), clock: { adjournments: [] } };
    const text = composeMinutes(
      leaving(m, { 'Donald Johnson': '19:20', 'Caroline Ffiske': '19:25' }),
      sampleCommittee(),
    );
    expect(text.blocks.map(say).join('\n')).not.toMatch(/quorate/);
  });
});
