import { formatTime } from '../format/en-gb';
import type { ComposeContext } from './context';
import type { Block, Run } from './outline';
import { emailRuns, marker, text } from './outline';

/** "Meeting started: 7.00 pm" / "Meeting ended: 8.51 pm" (the clock's times; the scheduled start if the clock never ran). */
export function closingTimes(ctx: ComposeContext): Block {
  const { clock, startTime } = ctx.meeting;
  const started = clock.startedAt ?? startTime;
  if (!clock.endedAt) ctx.missing.push({ where: 'Closing', what: 'the time the meeting ended' });
  return {
    type: 'closing-times',
    key: 'closing-times',
    lines: [
      [text(`Meeting started: ${formatTime(started)}`)],
      clock.endedAt ? [text(`Meeting ended: ${formatTime(clock.endedAt)}`)] : [text('Meeting ended: '), marker()],
    ],
  };
}

/** "Chair ....." and, where the committee's setting asks for it, "Dated .....". */
export function signature(ctx: ComposeContext): Block {
  const lines: Run[][] = [[text('Chair .....')]];
  if (ctx.committee.settings.chairDateLine) lines.push([text('Dated .....')]);
  return { type: 'signature', key: 'signature', lines };
}

/** The minutes' contact officer: the meeting's own if it overrides the committee's. */
export function contactBlock(ctx: ComposeContext): Block {
  const c = ctx.meeting.minutesContact ?? ctx.committee.minutesContact;
  const name = c.name.trim();
  if (!name) ctx.missing.push({ where: 'Contact officer', what: "the contact officer's name" });
  const lines: Run[][] = [name ? [text(`Contact officer: ${name}`)] : [text('Contact officer: '), marker()]];
  for (const line of [c.title, c.team, c.phone && `Tel ${c.phone}`]) {
    if (line && line.trim()) lines.push([text(line.trim())]);
  }
  if (c.email.trim()) lines.push(emailRuns(c.email));
  return { type: 'contact', key: 'contact', lines };
}
