import type { AgendaItem, Committee, Meeting, Person } from '../domain';
import type { MentionTracker } from './mentions';
import type { Missing } from './outline';

/** What every part of the composer needs: the data, the mention tracker and the list of gaps. */
export interface ComposeContext {
  committee: Committee;
  meeting: Meeting;
  people: Map<string, Person>;
  mentions: MentionTracker;
  missing: Missing[];
}

/** "Item 5: EXECUTIVE DIRECTOR'S UPDATE", for the export's list of gaps. */
export function itemLabel(item: AgendaItem): string {
  return item.number ? `Item ${item.number}: ${item.title}` : item.title;
}
