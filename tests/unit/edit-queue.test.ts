import { describe, expect, it, vi } from 'vitest';
import { EditQueue, type QueueState } from '$shared/client/edit-queue';
import type { CommandAck, Result } from '$shared/api';

function fakeService() {
  const received: { channel: string; input: Record<string, unknown> }[] = [];
  let revision = 0;
  let mode: 'ok' | 'offline' | 'unsaved' = 'ok';
  const send = vi.fn(async (channel: string, input: Record<string, unknown>): Promise<Result<CommandAck>> => {
    await new Promise((r) => setTimeout(r, 1));
    if (mode === 'offline') return { ok: false, error: { code: 'OFFLINE', message: 'no answer' } };
    if (input.bad)
      return { ok: false, error: { code: 'INVALID', message: 'an end before the start', field: 'endedAt' } };
    received.push({ channel, input });
    revision++;
    return mode === 'unsaved'
      ? { ok: true, value: { revision, saved: false, saveError: 'not saved: the disk is full' } }
      : { ok: true, value: { revision, saved: true } };
  });
  return { send, received, setMode: (m: typeof mode) => (mode = m) };
}

describe('the edit queue (debounce, order, "Saved" only when on disk)', () => {
  it('sends only the latest text of a paragraph after typing pauses', async () => {
    const svc = fakeService();
    const q = new EditQueue(svc.send, { debounceMs: 20 });
    for (const text of ['I', 'Ia', 'Ian', 'Ian H'])
      void q.pushDebounced('p1', 'notes:updateParagraph', { paragraphId: 'p1', text });
    expect(q.state).toEqual({ state: 'saving' });
    await q.flush();
    expect(svc.received).toEqual([{ channel: 'notes:updateParagraph', input: { paragraphId: 'p1', text: 'Ian H' } }]);
    expect(q.state).toEqual({ state: 'saved', revision: 1 });
  });

  it('keeps the order of edits: a pending paragraph edit goes before an action added after it', async () => {
    const svc = fakeService();
    const q = new EditQueue(svc.send, { debounceMs: 10_000 });
    void q.pushDebounced('p1', 'notes:updateParagraph', { text: 'typed' });
    await q.push('actions:add', { paragraphId: 'p1' });
    expect(svc.received.map((r) => r.channel)).toEqual(['notes:updateParagraph', 'actions:add']);
  });

  it('reports a refused command and goes on with the rest', async () => {
    const svc = fakeService();
    const refused: string[] = [];
    const q = new EditQueue(svc.send, { onRefused: (_c, e) => refused.push(e.message) });
    const r1 = q.push('clock:end', { bad: true });
    const r2 = q.push('notes:addParagraph', { x: 1 });
    expect((await r1).ok).toBe(false);
    expect((await r2).ok).toBe(true);
    expect(refused).toEqual(['an end before the start']);
    expect(q.state.state).toBe('saved');
  });

  it('holds edits while the service is unreachable and sends them when it is back', async () => {
    const svc = fakeService();
    const states: QueueState['state'][] = [];
    const q = new EditQueue(svc.send, { retryMs: 5, onState: (s) => states.push(s.state) });
    svc.setMode('offline');
    const done = q.push('notes:addParagraph', { n: 1 });
    await new Promise((r) => setTimeout(r, 20));
    expect(q.state).toEqual({ state: 'unsaved', reason: 'no answer' });
    svc.setMode('ok');
    expect((await done).ok).toBe(true);
    expect(svc.received).toHaveLength(1);
    expect(q.state.state).toBe('saved');
    expect(states).toContain('unsaved');
  });

  it('does not say "Saved" when the service kept the edit in memory only (disk full)', async () => {
    const svc = fakeService();
    const q = new EditQueue(svc.send);
    svc.setMode('unsaved');
    await q.push('notes:addParagraph', {});
    expect(q.state).toEqual({ state: 'unsaved', reason: 'not saved: the disk is full' });
    q.markSaved(1);
    expect(q.state).toEqual({ state: 'saved', revision: 1 });
  });
});
