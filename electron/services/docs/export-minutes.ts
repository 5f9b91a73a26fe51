// The draft minutes (and, where there are exempt items, the confidential annex) as Word files:
// compose, render, then wear the council's template if it has one. Used by the API and the CLI.
import type { Committee, Meeting } from '$shared/domain';
import { composeConfidentialAnnex, composeMinutes, hasConfidentialItems } from '$shared/minutes';
import type { Missing } from '$shared/minutes/outline';
import { documentFileName } from '$shared/format/file-name';
import { committeeAsApproved } from '$shared/review/named';
import { CommandError } from '$shared/commands/define';
import { renderConfidentialAnnexDocx, renderMinutesDocx } from './minutes-docx';
import { wearTemplate, type StyledDocument, type TemplateSource } from './wear-template';

export interface ExportedDocument {
  fileName: string;
  bytes: Uint8Array;
  missing: Missing[];
  /** The template could not be used: the default styles were kept, and this says why. */
  templateError?: string;
  /** Which styles came from the template and which stayed the house style's. */
  styles?: StyledDocument['styles'];
}

export interface MinutesExportOptions {
  template?: TemplateSource;
  author?: string;
  /** The confidential annex instead of the public minutes. */
  confidential?: boolean;
}

export async function exportMinutes(
  meeting: Meeting,
  committee: Committee,
  opts: MinutesExportOptions = {},
): Promise<ExportedDocument> {
  const confidential = opts.confidential === true;
  if (confidential && !hasConfidentialItems(meeting)) {
    // A question answered in words, not a failure: the coordinator asked for something that is not there.
    throw new CommandError(
      'NO_EXEMPT_ITEMS',
      'This meeting has no item taken in private, so there are no confidential minutes to export. To take an item in private, mark it exempt in the agenda with its Schedule 12A paragraph.',
    );
  }
  // Approved minutes keep the names as they were at approval, whatever the roster says now.
  const named = committeeAsApproved(meeting, committee);
  const outline = confidential ? composeConfidentialAnnex(meeting, named) : composeMinutes(meeting, named);
  const render = confidential ? renderConfidentialAnnexDocx : renderMinutesDocx;
  const styled = await wearTemplate(await render(outline, opts.author ? { author: opts.author } : {}), opts.template);
  return {
    fileName: documentFileName(meeting, committee, confidential ? 'confidential annex' : 'draft minutes'),
    missing: outline.missing,
    ...styled,
  };
}
