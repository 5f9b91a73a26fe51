// MeetingEditor, the base of the renderer's editing classes, in Node against the real services:
// the optimistic apply through the pipeline, one refusal shape, the resync after the store
// refused, and the queue's saves.
import { describe, expect, it } from 'vitest';
import type { MeetingCommandName } from '$shared/commands';
import type { Meeting } from '$shared/domain';
import { MeetingEditor, type CommandInput } from '../../renderer/src/state/meeting-editor.svelte';
import type { SaveStatus } from '../../renderer/src/state/save-status.svelte';
import { call } from '../../renderer/src/lib/api';
import { bridgeEachTest } from '../helpers/renderer-bridge';

/** The smallest editor: shows the model as `shown`, counts resyncs. */
class Probe extends MeetingEditor {
  shown: Meeting | null = null;
  resyncs = 0;
  constructor(meetingId: string, save: SaveStatus) {
    super(meetingId, save, {
      debounceMs: 20,
      send: (channel, input) => call(channel as never, input as never) as never,
      resyncWords: 'the probe shows what is saved',
    });
  }
  protected publish(): void {
    this.shown = this.model;
  }
  protected override replaced(): void {
    this.resyncs++;
  }
  run<N extends MeetingCommandName>(
    name: N,
    input: CommandInput<N>,
    scope: string,
    debounceKey?: string,
  ): string | null {
    return this.applyAndSend(name, input, scope, debounceKey);
  }
}

const bridge = bridgeEachTest();

async function opened() {
  const b = await bridge();
  const editor = new Probe(b.meetingId, b.save);
  await editor.load();
  return { b, editor };
}

describe('MeetingEditor', () => {
  it('loads the meeting and its committee, and says why when the meeting is not there', async () => {
    const { b, editor } = await opened();
    expect(editor.phase).toBe('ready');
    expect(editor.shown?.id).toBe(b.meetingId);
    expect(editor.committee?.id).toBe(editor.shown?.committeeId);
    const missing = new Probe('no-such-meeting', b.save);
    await missing.load();
    expect(missing.phase).toBe('failed');
    expect(missing.loadError).toMatch(/no meeting with id no-such-meeting/);
  });

  it('shows an edit at once (no waiting on the store), then the store has the same edit and the indicator says Saved', async () => {
    const { b, editor } = await opened();
    const item = editor.shown!.agenda[3]!;
    expect(editor.run('agenda:updateItem', { itemId: item.id, patch: { title: 'RENAMED ITEM' } }, 'title')).toBeNull();
    expect(editor.shown!.agenda[3]!.title).toBe('RENAMED ITEM');
    await editor.flush();
    expect(b.stored().agenda[3]!.title).toBe('RENAMED ITEM');
    expect(b.save.state).toEqual({ kind: 'saved' });
  });

  it('refuses here, through the same pipeline as the store: the refusal is kept at its scope and nothing is sent', async () => {
    const { b, editor } = await opened();
    const before = editor.shown;
    const sent = b.callCount;
    const message = editor.run(
      'agenda:setPages',
      { itemId: editor.shown!.agenda[0]!.id, pages: { from: 26, to: 12 } },
      'pages',
    );
    expect(message).toMatch(/page/i);
    expect(editor.refusalAt('pages')).toEqual({ field: expect.any(String), message });
    expect(editor.shown).toBe(before);
    expect(b.callCount).toBe(sent);
    // The next good edit at the same scope clears it.
    expect(
      editor.run('agenda:setPages', { itemId: editor.shown!.agenda[0]!.id, pages: { from: 12, to: 26 } }, 'pages'),
    ).toBeNull();
    expect(editor.refusalAt('pages')).toBeUndefined();
  });

  it('holds the edit rule of the meeting state here too: approved minutes take no direct edit', async () => {
    const { b, editor } = await opened();
    await b.env.call('review:send', { meetingId: b.meetingId, by: 'Bathsheba Mall' });
    await b.env.call('review:approve', { meetingId: b.meetingId, by: 'Councillor Needham', confirmMarkers: true });
    await editor.load();
    const sent = b.callCount;
    const message = editor.run(
      'agenda:updateItem',
      { itemId: editor.shown!.agenda[0]!.id, patch: { title: 'X' } },
      'title',
    );
    expect(message).toMatch(/approved by Councillor Needham/);
    expect(b.callCount).toBe(sent);
  });

  it('after the store refuses an edit it accepted here, says so and shows what the store holds', async () => {
    const { b, editor } = await opened();
    // Approved elsewhere (another window) after this editor loaded: its copy still takes edits.
    await b.env.call('review:send', { meetingId: b.meetingId, by: 'Bathsheba Mall' });
    await b.env.call('review:approve', { meetingId: b.meetingId, by: 'Councillor Needham', confirmMarkers: true });
    expect(
      editor.run('agenda:updateItem', { itemId: editor.shown!.agenda[0]!.id, patch: { title: 'TOO LATE' } }, 'title'),
    ).toBeNull();
    expect(editor.shown!.agenda[0]!.title).toBe('TOO LATE');
    await editor.flush();
    await expect.poll(() => editor.resyncs).toBe(1);
    expect(editor.notice).toMatch(
      /^The store refused an edit \(These minutes were approved by Councillor Needham.*\); the probe shows what is saved\.$/,
    );
    expect(editor.refusalAt('title')?.message).toMatch(/amendment/);
    expect(editor.shown!.status).toBe('approved');
    expect(editor.shown!.agenda[0]!.title).toBe(b.stored().agenda[0]!.title);
  });

  it('keeps edits while the store cannot be reached, says so, and sends them once it can', async () => {
    const { b, editor } = await opened();
    b.setOffline(true);
    editor.run('agenda:updateItem', { itemId: editor.shown!.agenda[2]!.id, patch: { title: 'SENT LATER' } }, 'title');
    await expect.poll(() => editor.unsavedReason, { timeout: 5000 }).toMatch(/did not answer/);
    expect(editor.refusalAt('title')).toBeUndefined();
    b.setOffline(false);
    await editor.flush();
    expect(b.stored().agenda[2]!.title).toBe('SENT LATER');
    expect(editor.unsavedReason).toBeNull();
    expect(editor.resyncs).toBe(0);
  });

  it('sends typing once it pauses: many edits under one key reach the store as the newest', async () => {
    const { b, editor } = await opened();
    const id = editor.shown!.agenda[1]!.id;
    const from = b.callCount;
    for (const title of ['M', 'MI', 'MIN', 'MINUTES'])
      editor.run('agenda:updateItem', { itemId: id, patch: { title } }, 'title', `title:${id}`);
    await editor.flush();
    expect(b.channels(from).filter((c) => c === 'agenda:updateItem')).toHaveLength(1);
    expect(b.stored().agenda[1]!.title).toBe('MINUTES');
  });
});
