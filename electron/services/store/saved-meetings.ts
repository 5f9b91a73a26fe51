// Who is told of each meeting revision once it is on disk (the search index): after the write,
// never on the edit's path, and a follower's failure is its own (logged; the save stands).
import type { Meeting } from '$shared/domain';
import type { Log } from '../log/log';

export class SavedMeetingFollowers {
  private readonly listeners = new Set<(meeting: Meeting) => void>();

  constructor(private readonly log: Log) {}

  /** Calls `listener` with each meeting revision once it is on disk; answers the way to stop. */
  follow(listener: (meeting: Meeting) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** A revision of the meeting in `file` is on disk. */
  saved(meeting: Meeting, file: string): void {
    for (const listener of this.listeners) {
      try {
        listener(meeting);
      } catch (err) {
        this.log.warn('A follower of saved meetings failed', err, file);
      }
    }
  }
}
