// Review by keyboard: J/K move between the blocks of the minutes, C comments and S suggests on the
// focused block, A/R accept or reject the focused block's open suggestion (else its open comment).
// Plain letters, so only when the focus is not in a text field or a form.

export type ReviewKey = 'next' | 'previous' | 'comment' | 'suggest' | 'accept' | 'reject';

const KEYS: Record<string, ReviewKey> = {
  j: 'next',
  k: 'previous',
  c: 'comment',
  s: 'suggest',
  a: 'accept',
  r: 'reject',
};

export const REVIEW_KEYS: readonly { keys: string; label: string }[] = [
  { keys: 'J / K', label: 'Next / previous block' },
  { keys: 'C', label: 'Comment on the focused block' },
  { keys: 'S', label: 'Suggest an edit of the focused block' },
  { keys: 'A / R', label: "Accept / reject the focused block's open suggestion" },
];

/** The review key a press means, or null (modifiers, or typing in a field). */
export function reviewKey(e: KeyboardEvent): ReviewKey | null {
  if (e.altKey || e.ctrlKey || e.metaKey || e.shiftKey || e.isComposing) return null;
  const el = e.target;
  if (el instanceof HTMLElement && (el.isContentEditable || el.closest('input, textarea, select, form, dialog')))
    return null;
  return KEYS[e.key.toLowerCase()] ?? null;
}

/** Acts on the preview's rows (`[data-row]` under `root`); says what happened, for a live region. */
export function performReviewKey(root: HTMLElement, key: ReviewKey, active: string | null): string | null {
  const rows = [...root.querySelectorAll<HTMLElement>('[data-row]')];
  if (!rows.length) return null;
  // The row the focus is in (a block's button, its comment), else the one the keys last reached.
  const within = document.activeElement?.closest<HTMLElement>('[data-row]');
  const i = Math.max(
    0,
    rows.findIndex((r) => r === within || (!within && r.dataset.row === active)),
  );
  const row = rows[i]!;
  if (key === 'next' || key === 'previous') {
    const to = rows[Math.min(rows.length - 1, Math.max(0, i + (key === 'next' ? 1 : -1)))]!;
    to.focus();
    to.scrollIntoView({ block: 'nearest' });
    return `Block ${rows.indexOf(to) + 1} of ${rows.length}`;
  }
  if (key === 'comment' || key === 'suggest') {
    const button = row.querySelector<HTMLButtonElement>(`[data-mode="${key}"]`);
    if (!button) return key === 'comment' ? 'No comment on this block.' : 'This block takes no suggested edit.';
    button.click();
    return null;
  }
  const decision = key === 'accept' ? 'accepted' : 'rejected';
  const cards = [...row.querySelectorAll<HTMLElement>('[data-comment][data-status="open"]')];
  const card = cards.find((c) => c.querySelector('.diff')) ?? cards[0];
  const button = card?.querySelector<HTMLButtonElement>(`[data-decide="${decision}"]`);
  if (!button) return 'Nothing open to decide on this block.';
  button.click();
  return null;
}
