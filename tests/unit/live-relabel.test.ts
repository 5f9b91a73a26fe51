// The chips' words while typing (LiveSession.typeParagraph): a reference put in or made "name
// only" shows its printed words at once; text typed near a reference, which may hold a role, is
// taken into account once typing pauses, not at every key (working it out walks the whole meeting).
import { describe, expect, it, vi } from 'vitest';
import type { Inline } from '$shared/domain';
import { LiveSession } from '../../renderer/src/state/live-session.svelte';
import { bridgeEachTest } from '../helpers/renderer-bridge';

const bridge = bridgeEachTest();
const CLAIRE = 'c43cee21-e89d-41e2-a4b6-cbb9dbcd623e';
const WITH_ROLE = 'Claire Chamberlain, Executive Director For Schools';
const claire = (after: string, nameOnly = false): Inline[] => [
  { t: 'text', text: 'Questions were answered by ' },
  { t: 'person', personId: CLAIRE, ...(nameOnly ? { nameOnly: true as const } : {}) },
  { t: 'text', text: after },
];

describe('LiveSession: chip labels while typing', () => {
  async function live() {
    const b = await bridge();
    const session = new LiveSession(b.meetingId, b.save);
    await session.load();
    // The first paragraph of the meeting: the first mention of Claire in the minutes.
    const p = session.notes[0]!;
    return { session, p };
  }

  it('labels a reference put in at once', async () => {
    const { session, p } = await live();
    session.typeParagraph(p.id, claire(' at length.'));
    expect(session.mentionLabels.get(p.id)).toEqual([WITH_ROLE]);
    session.typeParagraph(p.id, claire(' at length.', true));
    expect(session.mentionLabels.get(p.id)).toEqual(['Claire Chamberlain']);
  });

  it('takes a role typed beside a reference into account once typing pauses', async () => {
    const { session, p } = await live();
    session.typeParagraph(p.id, claire(', '));
    expect(session.mentionLabels.get(p.id)).toEqual([WITH_ROLE]);
    // Typed key by key: the chip keeps its words while the keys come.
    const role = 'Executive Director For Schools, at length.';
    for (let i = 1; i <= role.length; i++) session.typeParagraph(p.id, claire(`, ${role.slice(0, i)}`));
    expect(session.mentionLabels.get(p.id)).toEqual([WITH_ROLE]);
    // The role is typed beside the name: the minutes print it once, there, so the chip shows the name.
    await vi.waitFor(() => expect(session.mentionLabels.get(p.id)).toEqual(['Claire Chamberlain']), {
      timeout: 2000,
    });
    await session.flush();
  });
});
