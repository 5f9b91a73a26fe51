import type { ApiError } from '$shared/api';

/** A question put to the user before something is deleted; the deletion runs only on "yes". */
export interface ConfirmRequest {
  title: string;
  message: string;
  confirmLabel: string;
  /** Runs the deletion; answers the API's error, or null once it is done. */
  action: () => Promise<ApiError | null>;
}

/** One confirmation dialog per screen: what it asks, whether it is working, and what went wrong. */
export class Confirmation {
  request = $state.raw<ConfirmRequest | null>(null);
  busy = $state(false);
  error = $state<string | null>(null);

  ask(request: ConfirmRequest): void {
    this.request = request;
    this.error = null;
  }

  cancel(): void {
    if (this.busy) return;
    this.request = null;
    this.error = null;
  }

  async confirm(): Promise<boolean> {
    const request = this.request;
    if (!request || this.busy) return false;
    this.busy = true;
    this.error = null;
    try {
      const error = await request.action();
      if (error) {
        this.error = error.message;
        return false;
      }
      this.request = null;
      return true;
    } finally {
      this.busy = false;
    }
  }
}
