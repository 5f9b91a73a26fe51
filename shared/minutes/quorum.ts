// "The meeting became inquorate at 8.40 pm.": the quorum watch's changes in the minutes, each in
// the item under way at that moment: the last item started by then; before any item started, the
// first; where no item's start was recorded at all, the last (its time is in the sentence).
import type { AgendaItem } from '../domain';
import { quorumChangeSentence, quorumTimeline, type QuorumChange } from '../quorum';
import type { ComposeContext } from './context';
import type { Block } from './outline';
import { text } from './outline';

function itemAt(agenda: readonly AgendaItem[], at: string): AgendaItem | undefined {
  if (!agenda.some((i) => i.startedAt !== undefined)) return agenda.at(-1);
  const started = agenda.filter((i) => i.startedAt !== undefined && i.startedAt <= at);
  return started.sort((a, b) => (a.startedAt! < b.startedAt! ? -1 : 1)).at(-1) ?? agenda[0];
}

/** The changes of quorum to minute at this item; none where the meeting never became inquorate. */
export function quorumChangesAt(ctx: ComposeContext, item: AgendaItem): QuorumChange[] {
  const { meeting, committee } = ctx;
  if (meeting.clock.startedAt === undefined) return [];
  const { changes } = quorumTimeline(meeting, committee);
  return changes.filter((c) => itemAt(meeting.agenda, c.at)?.id === item.id);
}

/** One paragraph per change, in house style. */
export function quorumBlocks(ctx: ComposeContext, item: AgendaItem): Block[] {
  return quorumChangesAt(ctx, item).map((c): Block => ({
    type: 'paragraph',
    key: `item:${item.id}:quorum:${c.kind}:${c.at}`,
    itemId: item.id,
    runs: [text(quorumChangeSentence(c))],
  }));
}
