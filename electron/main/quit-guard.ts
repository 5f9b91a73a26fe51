// Quitting never drops an edit silently: before-quit is held until the store has written
// everything; if something could not be written (disk full, folder gone), the user chooses.
// Pure: index.ts supplies the store and the dialog.

export interface UnsavedMeeting {
  meetingId: string;
  error?: string;
}

export interface QuitGuardDeps {
  flush(): Promise<void>;
  unsaved(): UnsavedMeeting[];
  /** Releases the data folder's lock; called once, after the last write. */
  close(): Promise<void>;
  /** Asked only when edits could not be written: true = quit anyway. */
  confirmQuitWithUnsaved(unsaved: UnsavedMeeting[]): boolean;
  quit(): void;
  log?(message: string): void;
}

/** Returns the listener for app 'before-quit'. */
export function createQuitGuard(deps: QuitGuardDeps): (event: { preventDefault(): void }) => void {
  let state: 'open' | 'flushing' | 'closed' = 'open';
  return (event) => {
    if (state === 'closed') return;
    event.preventDefault();
    if (state === 'flushing') return;
    state = 'flushing';
    void (async () => {
      try {
        await deps.flush();
      } catch (err) {
        deps.log?.(`Writing before quitting failed: ${(err as Error).message}`);
      }
      const unsaved = deps.unsaved();
      if (unsaved.length > 0 && !deps.confirmQuitWithUnsaved(unsaved)) {
        state = 'open';
        return;
      }
      try {
        await deps.close();
      } catch (err) {
        deps.log?.(`Closing the data folder failed: ${(err as Error).message}`);
      }
      state = 'closed';
      deps.quit();
    })();
  };
}
