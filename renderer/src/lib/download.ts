// A document produced by the service arrives as base64: it becomes a Blob and a click on an
// <a download>. The dev host's browser saves it; in Electron the session shows the save dialog.

export const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export function base64ToBytes(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** Offers bytes as a file download named `fileName`. */
export function downloadBytes(fileName: string, bytes: Uint8Array<ArrayBuffer> | string, type: string): void {
  const blob = new Blob([bytes], { type });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  // The download has started from the click; the URL is freed once the browser has read it.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export function downloadBase64(fileName: string, base64: string, type: string = DOCX_TYPE): void {
  downloadBytes(fileName, base64ToBytes(base64), type);
}

/** A JSON value as a .json download (the meeting file). */
export function downloadJson(fileName: string, value: unknown): void {
  downloadBytes(fileName, JSON.stringify(value, null, 2), 'application/json');
}
