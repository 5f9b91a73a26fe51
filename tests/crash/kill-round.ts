// One round of the kill test: the scripted coordinator types and clicks through the app's own
// client code (EditQueue: debounce per paragraph, ordered sending, "Saved" on disk only) into a
// child process, until the harness kills it.
import { EditQueue } from '$shared/client/edit-queue';
import type { CommandAck, Result } from '$shared/api';
import type { Meeting } from '$shared/domain';
import type { ChildHost } from './child-host';
import type { Step } from './session-script';

/** A place in the script: a step, and for a paragraph the keystroke (-1: adding the paragraph). */
export interface Pos {
  step: number;
  key: number;
}

export const comparePos = (a: Pos, b: Pos) => a.step - b.step || a.key - b.key;

/** What goes past a position: a push step is done as a whole, a paragraph keystroke by keystroke. */
export function after(pos: Pos, script: readonly Step[]): Pos {
  return script[pos.step]?.kind === 'paragraph' ? { step: pos.step, key: pos.key + 1 } : { step: pos.step + 1, key: 0 };
}

export interface SentOp {
  channel: string;
  input: Record<string, unknown>;
  pos: Pos;
  sentAt: number;
  answeredAt?: number;
  result?: Result<CommandAck>;
}

export interface TypedKey {
  pos: Pos;
  at: number;
  delayMs: number;
}

export interface RoundRecord {
  sent: SentOp[];
  typed: TypedKey[];
  refused: { channel: string; message: string }[];
  finishedScript: boolean;
}

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** The work of a round so far, and what is in flight now: what a kill at this instant would find. */
export interface RoundWork {
  keystrokes: number;
  sent: number;
  /** Commands answered "saved" (on disk). */
  acknowledged: number;
  /** Commands sent and not yet answered. */
  commandsInFlight: number;
  /** Keystrokes typed and not yet acknowledged as saved (waiting for the debounce, or sent and unanswered). */
  keystrokesInFlight: number;
}

const isSaved = (op: SentOp) => op.result?.ok === true && op.result.value.saved;

export function roundWork(record: RoundRecord): RoundWork {
  let acknowledged = 0;
  let commandsInFlight = 0;
  let newestSaved: Pos | undefined;
  for (const op of record.sent) {
    if (op.answeredAt === undefined) commandsInFlight++;
    if (isSaved(op)) {
      acknowledged++;
      if (!newestSaved || comparePos(op.pos, newestSaved) > 0) newestSaved = op.pos;
    }
  }
  // Answers come in order and each write holds everything before it: a keystroke is saved once
  // a command at or after its place in the script was acknowledged.
  let keystrokesInFlight = 0;
  for (let i = record.typed.length - 1; i >= 0; i--) {
    if (newestSaved && comparePos(record.typed[i]!.pos, newestSaved) <= 0) break;
    keystrokesInFlight++;
  }
  return {
    keystrokes: record.typed.length,
    sent: record.sent.length,
    acknowledged,
    commandsInFlight,
    keystrokesInFlight,
  };
}

/**
 * Drives the script from `from` until `stop()` is true. Nothing is awaited between keystrokes
 * but the typing rhythm itself, as in the renderer: saving happens behind the typing.
 */
export async function driveRound(opts: {
  child: ChildHost;
  meeting: Meeting;
  script: readonly Step[];
  from: Pos;
  debounceMs: number;
  record: RoundRecord;
  stopped: () => boolean;
}): Promise<void> {
  const { child, meeting, script, record, stopped } = opts;
  const where = new WeakMap<object, Pos>();
  const send = async (channel: string, input: Record<string, unknown>): Promise<Result<CommandAck>> => {
    if (stopped()) return new Promise(() => undefined);
    const op: SentOp = { channel, input, pos: where.get(input) ?? { step: -1, key: -1 }, sentAt: performance.now() };
    record.sent.push(op);
    const result = (await child.call(channel, input)) as Result<CommandAck>;
    op.answeredAt = performance.now();
    op.result = result;
    if (!result.ok) record.refused.push({ channel, message: result.error.message });
    return result;
  };
  const queue = new EditQueue(send, { debounceMs: opts.debounceMs });
  const command = (channel: string, input: Record<string, unknown>, pos: Pos, debounceKey?: string) => {
    const payload = { ...input, meetingId: meeting.id };
    where.set(payload, pos);
    void (debounceKey ? queue.pushDebounced(debounceKey, channel, payload) : queue.push(channel, payload));
  };

  const onDisk = new Set(meeting.notes.map((p) => p.id));
  for (let s = opts.from.step; s < script.length; s++) {
    if (stopped()) return;
    const step = script[s]!;
    if (step.kind === 'push') command(step.channel, step.input, { step: s, key: -1 });
    else if (step.kind === 'blur') void queue.flush();
    else if (step.kind === 'pause') await sleep(step.ms);
    else {
      const first = s === opts.from.step ? opts.from.key : 0;
      if (!onDisk.has(step.paragraphId))
        command('notes:addParagraph', { itemId: step.itemId, paragraphId: step.paragraphId }, { step: s, key: -1 });
      for (let k = Math.max(0, first); k < step.keystrokes.length; k++) {
        const key = step.keystrokes[k]!;
        // After a restart the coordinator carries on typing; a pause to listen before this key was already had.
        const delayMs = k === first && first > 0 ? Math.min(key.delayMs, 200) : key.delayMs;
        await sleep(delayMs);
        if (stopped()) return;
        record.typed.push({ pos: { step: s, key: k }, at: performance.now(), delayMs });
        command(
          'notes:updateParagraph',
          { paragraphId: step.paragraphId, content: key.content },
          { step: s, key: k },
          step.paragraphId,
        );
      }
    }
  }
  await queue.flush();
  record.finishedScript = !stopped();
}
