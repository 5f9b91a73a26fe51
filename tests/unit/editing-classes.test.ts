// The renderer's three editing classes in Node, against the real services (window.scrutineer
// bridged to the API router): the live console (run, typing, undo and redo, refusals that go
// once they no longer hold), the agenda builder (frozen minutes, the reload after a refusal)
// and review (steps checked here before they are sent, the status reloaded after).
import { describe, expect, it } from 'vitest';
import { LiveSession } from '../../renderer/src/state/live-session.svelte';
import { AgendaBuilder } from '../../renderer/src/state/agenda-builder.svelte';
import { ReviewSession } from '../../renderer/src/state/review-session.svelte';
import { bridgeEachTest } from '../helpers/renderer-bridge';

const bridge = bridgeEachTest();
const text = (t: string) => [{ t: 'text' as const, text: t }];

describe('LiveSession', () => {
  async function live() {
    const b = await bridge();
    const session = new LiveSession(b.meetingId, b.save);
    await session.load();
    return { b, session };
  }

  it('runs an edit, records its undo, and undo and redo reach the store', async () => {
    const { b, session } = await live();
    const row = session.attendance.find((a) => a.status === 'present')!;
    expect(
      session.run(
        'attendance:mark',
        { personId: row.personId, status: 'absent' },
        { scope: 'row', label: 'the attendance' },
      ),
    ).toBeNull();
    expect(session.attendance.find((a) => a.personId === row.personId)?.status).toBe('absent');
    expect(session.undo.canUndo).toBe(true);
    session.undoLast();
    expect(session.attendance.find((a) => a.personId === row.personId)).toEqual(row);
    await session.flush();
    expect(b.stored().attendance.find((a) => a.personId === row.personId)).toEqual(row);
    session.redoLast();
    await session.flush();
    expect(b.stored().attendance.find((a) => a.personId === row.personId)?.status).toBe('absent');
  });

  it('keeps typing in the model without publishing it, sends it after a pause, and shows it once published', async () => {
    const { b, session } = await live();
    const p = session.notes[0]!;
    session.typeParagraph(p.id, text('Typed live.'));
    expect(session.paragraphContent(p.id)).toEqual(text('Typed live.'));
    expect(session.notes[0]).toBe(p);
    session.publishTyping();
    expect(session.notes[0]!.content).toEqual(text('Typed live.'));
    await session.flush();
    expect(b.stored().notes[0]!.content).toEqual(text('Typed live.'));
  });

  it('refuses at the field the rule names, and the message goes once the meeting no longer refuses the edit', async () => {
    const { session } = await live();
    const start = session.clock.startedAt!;
    const refused = session.run('clock:setTimes', { endedAt: '18:00' }, { scope: 'clock' });
    expect(refused).toMatch(/end/i);
    expect(session.errorAt('clock')?.field).toBe('endedAt');
    // Moving the start before 18:00 makes the refused end possible: the refusal goes.
    expect(session.run('clock:setTimes', { startedAt: '17:30' }, { scope: 'start' })).toBeNull();
    expect(session.errorAt('clock')).toBeUndefined();
    expect(start).not.toBe('17:30');
  });

  it('says it cannot undo when the undo is refused, and drops that step', async () => {
    const { b, session } = await live();
    const p = session.notes[0]!;
    session.run('notes:updateParagraph', { paragraphId: p.id, content: text('Changed.') }, { scope: 'p' });
    await session.flush();
    await b.env.call('review:send', { meetingId: b.meetingId, by: 'Bathsheba Mall' });
    await b.env.call('review:approve', { meetingId: b.meetingId, by: 'Councillor Needham', confirmMarkers: true });
    await session.load();
    session.undoLast();
    expect(session.notice).toMatch(/^Could not undo the last change: These minutes were approved/);
    expect(session.undo.canUndo).toBe(false);
    expect(session.readOnly).toBe(true);
  });
});

describe('AgendaBuilder', () => {
  it('edits the agenda, and is frozen once the minutes are approved', async () => {
    const b = await bridge();
    const builder = new AgendaBuilder(b.meetingId, b.save);
    await builder.load();
    expect(builder.frozen).toBe(false);
    const item = builder.meeting!.agenda[2]!;
    expect(
      builder.type(
        'agenda:updateItem',
        { itemId: item.id, patch: { summary: 'A summary.' } },
        `item:${item.id}:summary`,
      ),
    ).toBeNull();
    expect(builder.meeting!.agenda[2]!.summary).toBe('A summary.');
    await builder.flush();
    expect(b.stored().agenda[2]!.summary).toBe('A summary.');
    await b.env.call('review:send', { meetingId: b.meetingId, by: 'Bathsheba Mall' });
    await b.env.call('review:approve', { meetingId: b.meetingId, by: 'Councillor Needham', confirmMarkers: true });
    await builder.load();
    expect(builder.frozen).toBe(true);
    expect(builder.run('agenda:removeItem', { itemId: item.id }, 'remove')).toMatch(/amendment/);
    expect(builder.errorAt('remove')).toMatch(/amendment/);
  });

  it('starts its item editors again from the store after a refusal (generation), with a notice', async () => {
    const b = await bridge();
    const builder = new AgendaBuilder(b.meetingId, b.save);
    await builder.load();
    await b.env.call('review:send', { meetingId: b.meetingId, by: 'Bathsheba Mall' });
    await b.env.call('review:approve', { meetingId: b.meetingId, by: 'Councillor Needham', confirmMarkers: true });
    const generation = builder.generation;
    expect(
      builder.run('agenda:updateItem', { itemId: builder.meeting!.agenda[0]!.id, patch: { title: 'LATE' } }, 'title'),
    ).toBeNull();
    await builder.flush();
    await expect.poll(() => builder.generation).toBe(generation + 1);
    expect(builder.notice).toMatch(/the agenda now shows what is saved\.$/);
    expect(builder.meeting!.agenda[0]!.title).not.toBe('LATE');
  });
});

describe('ReviewSession', () => {
  async function review() {
    const b = await bridge();
    const session = new ReviewSession(b.meetingId, b.save);
    await session.load();
    return { b, session };
  }

  it('loads the status and composes the preview; sending for review moves the meeting on', async () => {
    const { b, session } = await review();
    expect(session.phase).toBe('ready');
    expect(session.status?.status).toBe('ended');
    expect(session.outline).not.toBeNull();
    expect(await session.send('Bathsheba Mall')).toBe(true);
    expect(session.status?.status).toBe('in_review');
    expect(b.stored().status).toBe('in_review');
  });

  it('checks a step here first: approval with an open comment is refused without a call to the service', async () => {
    const { b, session } = await review();
    await session.send('Bathsheba Mall');
    const p = session.meeting!.notes[0]!;
    expect(
      await session.comment(`comment:${p.id}`, { paragraphId: p.id }, 'Councillor Needham', 'Check the name'),
    ).toBe(true);
    expect(session.commentsByBlock[`para:${p.id}`]).toHaveLength(1);
    const from = b.callCount;
    expect(await session.approve('Councillor Needham', true)).toBe(false);
    expect(session.refusal('approve')).toMatch(/still open/);
    expect(b.channels(from)).not.toContain('review:approve');
    session.clearRefusal('approve');
    expect(session.refusal('approve')).toBeUndefined();
  });

  it('keeps the service refusal at its scope when only the service can tell (a stale revision)', async () => {
    const { b, session } = await review();
    await session.send('Bathsheba Mall');
    const p = session.meeting!.notes[1]!;
    // Edited elsewhere after this screen loaded: the Chair's approval is based on what they read.
    await b.env.call('notes:updateParagraph', {
      meetingId: b.meetingId,
      paragraphId: p.id,
      content: text('Changed elsewhere.'),
    });
    expect(await session.approve('Councillor Needham', true)).toBe(false);
    expect(session.refusal('approve')).toMatch(/has changed since/);
    expect(b.stored().status).toBe('in_review');
  });
});
