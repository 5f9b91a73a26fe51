// Word exports from the service (base64) turned into downloads, with what each export reported:
// the gaps still marked "[to be completed]" and, for the minutes, a template that could not be used.
import type { Result } from '$shared/api';
import { downloadBase64 } from '../lib/download';

export interface ExportedFile {
  fileName: string;
  base64: string;
  missing: { where: string; what: string }[];
  templateError?: string;
}

export interface ExportReport {
  /** Which export this was ("Draft minutes (Word)"). */
  what: string;
  fileName: string;
  missing: { where: string; what: string }[];
  templateError?: string;
}

/** One per screen: runs an export, downloads its file, and keeps what it reported. */
export class ExportRunner {
  busy = $state<string | null>(null);
  error = $state<{ what: string; message: string } | null>(null);
  last = $state.raw<ExportReport | null>(null);

  async run(what: string, op: () => Promise<Result<ExportedFile>>): Promise<boolean> {
    if (this.busy) return false;
    this.busy = what;
    this.error = null;
    try {
      const r = await op();
      if (!r.ok) {
        this.error = { what, message: r.error.message };
        return false;
      }
      downloadBase64(r.value.fileName, r.value.base64);
      this.last = {
        what,
        fileName: r.value.fileName,
        missing: r.value.missing,
        ...(r.value.templateError ? { templateError: r.value.templateError } : {}),
      };
      return true;
    } finally {
      this.busy = null;
    }
  }
}
