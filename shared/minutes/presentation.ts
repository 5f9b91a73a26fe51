import type { BlockType } from './outline';

/**
 * How each block is shown, in one place for both renderers: the element an in-app preview uses
 * (with the Word style's id as its class, so CSS can mirror the document) and the Word paragraph
 * style the DOCX writer gives it. Runs add the "Strong" (bold) and "Marker" character styles.
 */
export const BLOCK_LOOK: Record<BlockType, { tag: 'p' | 'h1' | 'h2' | 'h3' | 'ol'; wordStyle: string }> = {
  'heading-authority': { tag: 'p', wordStyle: 'Authority' },
  title: { tag: 'h1', wordStyle: 'Title' },
  date: { tag: 'p', wordStyle: 'Subtitle' },
  notice: { tag: 'p', wordStyle: 'Notice' },
  'present-heading': { tag: 'h2', wordStyle: 'Heading1' },
  'present-group': { tag: 'p', wordStyle: 'Normal' },
  'item-heading': { tag: 'h2', wordStyle: 'Heading1' },
  paragraph: { tag: 'p', wordStyle: 'Normal' },
  action: { tag: 'p', wordStyle: 'Action' },
  'resolved-heading': { tag: 'h3', wordStyle: 'Resolved' },
  'resolution-sentence': { tag: 'p', wordStyle: 'Normal' },
  'resolution-clauses': { tag: 'ol', wordStyle: 'ListNumber' },
  vote: { tag: 'p', wordStyle: 'Normal' },
  'closing-times': { tag: 'p', wordStyle: 'Closing' },
  signature: { tag: 'p', wordStyle: 'Signature' },
  contact: { tag: 'p', wordStyle: 'ContactOfficer' },
};
