// "Reviewing as": the name stamped on every comment, decision and approval on the review page.
// It is the app's one setting of your name (Settings), shown and changed here too.
import { appSettings } from '../../state/app-settings.svelte';
import type { SaveStatus } from '../../state/save-status.svelte';

export class ReviewerName {
  value = $state(appSettings.userName);
  error = $state<string | null>(null);
  /** The field, to take the focus when a step needs the name. */
  input: HTMLInputElement | undefined = $state();
  /** Typed here and not yet saved: the setting changing elsewhere does not overwrite it. */
  #typed = false;

  readonly #save: SaveStatus;

  constructor(save: SaveStatus) {
    this.#save = save;
  }

  /** The setting as saved (Settings, or here): shown unless a name is being typed. */
  follow(saved: string): void {
    if (!this.#typed) this.value = saved;
  }

  /** The name stamped on a step; when there is none, the field says so and takes the focus. */
  who = (): string | null => {
    const name = this.value.trim();
    if (name) return name;
    this.error = 'Enter your name under “Reviewing as” first: every comment and decision is attributed.';
    this.input?.focus();
    return null;
  };

  /** Typing a name takes the message away (as it is typed: leaving the field must not move the button being clicked). */
  typed(): void {
    this.#typed = true;
    if (this.value.trim()) this.error = null;
  }

  /** Leaving the field saves the name as the app's setting. */
  async remember(): Promise<void> {
    this.#typed = false;
    if (this.value.trim() === appSettings.userName) return;
    const r = await this.#save.write(() => appSettings.save({ userName: this.value }));
    if (!r.ok) this.error = `Your name was not saved: ${r.error.message}`;
  }
}
