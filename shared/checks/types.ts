// What a check before sign-off reports: a kind, the words, and the place in the minutes it is about.
import type { Committee, Meeting } from '../domain';

export const FINDING_KINDS = [
  'name-spelling',
  'name-reference',
  'unknown-person',
  'action-owner',
  'report-empty',
  'resolution-sentence',
  'interest',
  'exempt',
  'apologies-speaking',
  'left-vote',
  'marker',
] as const;
export type FindingKind = (typeof FINDING_KINDS)[number];

/** Where a finding is: the item, and within it the paragraph, action or resolution. `where` says it in words. */
export interface FindingPlace {
  where: string;
  itemId?: string;
  paragraphId?: string;
  actionId?: string;
  resolutionId?: string;
}

export interface Finding {
  /** Stable across runs for the same problem, so a dismissal stays with it. */
  id: string;
  kind: FindingKind;
  words: string;
  place: FindingPlace;
  /** A name-reference finding: the roster person the plain text probably means, and the words as written. */
  personId?: string;
  written?: string;
}

/** What every check reads: the meeting, its committee, and the places of items by id. */
export interface CheckContext {
  meeting: Meeting;
  committee: Committee;
  /** "Item 5: EXECUTIVE DIRECTOR'S UPDATE", by item id. */
  itemWhere: (itemId: string) => string;
  /** The person's name, or a plain "an unknown person (id …)" when the roster lacks them. */
  nameOf: (personId: string) => string;
}

export type Check = (ctx: CheckContext) => Finding[];
