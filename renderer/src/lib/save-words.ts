/** "The change was not saved: disk full" → "disk full": the indicator already says "Not saved". */
export function bareReason(message: string): string {
  const reason = message.replace(/^(the (change|meeting) was )?not saved:\s*/i, '').trim();
  return reason || 'the store did not confirm the write';
}
