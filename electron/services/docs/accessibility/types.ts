// What the accessibility check reports: each finding names the rule it breaks (the rules of
// Word's Accessibility Checker that apply to minutes, agendas and logs) and where in the
// document, in words a clerk can find it by.
import type { DocxModel } from './model';

export type RuleId =
  | 'title-property'
  | 'document-language'
  | 'heading-order'
  | 'looks-like-heading'
  | 'house-headings'
  | 'table-header'
  | 'table-blank-cells'
  | 'table-merged-cells'
  | 'layout-table-reading-order'
  | 'link-text'
  | 'image-alt-text'
  | 'colour-only';

export interface Finding {
  rule: RuleId;
  /** "paragraph 12 (“Councillor Needham said…”)", "table 2 row 3", "the document's properties". */
  where: string;
  /** What is wrong and what to do, in words. */
  message: string;
}

export interface Rule {
  id: RuleId;
  /** The rule in a few words, as a heading for its findings. */
  title: string;
  check(doc: DocxModel): Finding[];
}
