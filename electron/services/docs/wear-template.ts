// The one way every document (draft minutes, confidential annex, pack minutes, tracked-changes
// draft, agenda front sheet, action log, work programme) takes the committee's council template:
// each writer renders in the house style, then the exporter passes its bytes through here.
// The template's reader (JSZip, an XML parser) loads only when a document has a template to wear,
// so an export without one, as the CLI's, does not start it.

/** A council's .docx or .dotx, read by the caller (the data folder's copy, or a CLI --template). */
export interface CouncilTemplate {
  bytes: Uint8Array;
  name: string;
}

/** What to wear: a template, a template that could not be read (its words), or none. */
export type TemplateSource = CouncilTemplate | { error: string } | undefined;

export interface StyledDocument {
  bytes: Uint8Array;
  /** The template could not be used: the house style was kept, and this says why. */
  templateError?: string;
  /** The style ids the document uses that it took from the template, and those it kept from the house style. */
  styles?: { template: string; fromTemplate: string[]; keptFromHouse: string[] };
}

/** The document in the template's styles, or unchanged (with the reason) when there is none or it cannot be used. */
export async function wearTemplate(bytes: Uint8Array, source: TemplateSource): Promise<StyledDocument> {
  if (!source) return { bytes };
  if ('error' in source) return { bytes, templateError: source.error };
  const { applyTemplateStyles } = await import('./template-styles');
  const styled = await applyTemplateStyles(bytes, source.bytes, source.name);
  if (!styled.ok) return { bytes, templateError: `${styled.error.message} The default styles were kept.` };
  // Only the styles the document's paragraphs, runs and tables name are reported, not every
  // style the writer declares (docx adds its own defaults: TOC 1-9, Bibliography, ...).
  const used = await stylesUsed(styled.bytes);
  return {
    bytes: styled.bytes,
    styles: {
      template: source.name,
      fromTemplate: styled.fromTemplate.filter((id) => used.has(id)),
      keptFromHouse: styled.keptFromHouse.filter((id) => used.has(id)),
    },
  };
}

/** The style ids named in the document, its headers and footers, and Normal, which all rest on. */
async function stylesUsed(bytes: Uint8Array): Promise<Set<string>> {
  const { default: JSZip } = await import('jszip');
  const zip = await JSZip.loadAsync(bytes);
  const used = new Set(['Normal']);
  for (const name of Object.keys(zip.files).filter((n) => /^word\/(document|header\d*|footer\d*)\.xml$/.test(n))) {
    const xml = await zip.file(name)!.async('string');
    for (const m of xml.matchAll(/<w:(?:pStyle|rStyle|tblStyle) w:val="([^"]+)"/g)) used.add(m[1]!);
  }
  return used;
}

/** Two lines for a person: which styles came from the template, which stayed the house style's. */
export function describeStyles(styles: NonNullable<StyledDocument['styles']>): string[] {
  const list = (ids: string[]) => (ids.length ? ids.join(', ') : 'none');
  return [
    `styles from the template ${styles.template}: ${list(styles.fromTemplate)}`,
    `styles kept from the house style: ${list(styles.keptFromHouse)}`,
  ];
}
