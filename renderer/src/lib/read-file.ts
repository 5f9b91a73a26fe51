// Files the user picks (a Word template, a meeting file), read in the renderer for the API.

/** The file's bytes as base64, for channels that carry a document (committees:setTemplate). */
export async function fileToBase64(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk) binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  return btoa(binary);
}

/** A meeting file's JSON, or why it is not one, in words. */
export async function fileToJson(file: File): Promise<{ ok: true; value: unknown } | { ok: false; message: string }> {
  let text: string;
  try {
    text = await file.text();
  } catch (err) {
    return { ok: false, message: `${file.name} could not be read (${(err as Error).message}).` };
  }
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false, message: `${file.name} is not a Scrutineer meeting file: it is not JSON.` };
  }
}
