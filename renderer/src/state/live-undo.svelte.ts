// Undo and redo of the console's edits. Each entry holds the call that takes the edit back
// (from shared/rules: undoCall / restoreCalls) and the call that does it again. Typing into one
// field is one entry per burst, so Ctrl+Z takes back a sentence, not a letter.
import type { CommandCall } from '$shared/undo';

export interface UndoEntry {
  label: string;
  undo: CommandCall;
  redo: CommandCall;
  /** The field typed into, for a typing burst that later keystrokes extend. */
  burstKey?: string;
}

const LIMIT = 300;

export class UndoStack {
  canUndo = $state(false);
  canRedo = $state(false);
  /** What Ctrl+Z and Ctrl+Shift+Z would take back or do again, for the buttons' names. */
  undoLabel = $state('');
  redoLabel = $state('');
  private done: UndoEntry[] = [];
  private undone: UndoEntry[] = [];
  private openBurst: string | undefined;
  private burstAt = 0;

  /** A new edit: it goes on the stack and what was undone can no longer be redone. */
  record(entry: UndoEntry): void {
    this.done.push(entry);
    if (this.done.length > LIMIT) this.done.shift();
    this.undone = [];
    this.openBurst = entry.burstKey;
    this.burstAt = Date.now();
    this.sync();
  }

  /**
   * The open typing burst on `key`, if typing there goes on (no other edit since, no long pause):
   * later keystrokes only replace its redo call, which touches no reactive state.
   */
  burst(key: string, pauseMs = 2000): UndoEntry | undefined {
    const top = this.done[this.done.length - 1];
    const now = Date.now();
    if (this.openBurst !== key || !top || top.burstKey !== key || now - this.burstAt > pauseMs) return undefined;
    this.burstAt = now;
    if (this.undone.length) {
      this.undone = [];
      this.sync();
    }
    return top;
  }

  closeBurst(): void {
    this.openBurst = undefined;
  }

  takeUndo(): UndoEntry | undefined {
    this.openBurst = undefined;
    return this.done.pop();
  }

  takeRedo(): UndoEntry | undefined {
    this.openBurst = undefined;
    return this.undone.pop();
  }

  /** After an undo applied: the entry can be redone. */
  undid(entry: UndoEntry): void {
    this.undone.push(entry);
    this.sync();
  }

  /** After a redo applied: the entry can be undone again. */
  redid(entry: UndoEntry): void {
    this.done.push(entry);
    this.sync();
  }

  /** An entry that could not be applied is dropped; the stacks say so. */
  dropped(): void {
    this.sync();
  }

  clear(): void {
    this.done = [];
    this.undone = [];
    this.openBurst = undefined;
    this.sync();
  }

  private sync(): void {
    const u = this.done[this.done.length - 1];
    const r = this.undone[this.undone.length - 1];
    this.canUndo = !!u;
    this.canRedo = !!r;
    this.undoLabel = u?.label ?? '';
    this.redoLabel = r?.label ?? '';
  }
}
