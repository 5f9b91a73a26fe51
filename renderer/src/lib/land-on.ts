// Opening a search result: once the meeting's screen has drawn the piece found, it is scrolled to
// the middle, focused (so a screen reader reads it) and marked for a moment. The screen may take a
// while to load its meeting, so the element is waited for; an item heading stands in for a piece
// the screen does not show (a declaration, a public question).

const WAIT_MS = 8000;
const MARK_MS = 4000;

function find(targetId: string, itemId: string | undefined): HTMLElement | null {
  const exact = document.querySelector<HTMLElement>(`[data-search-target="${CSS.escape(targetId)}"]`);
  if (exact) return exact;
  return itemId ? document.getElementById(`item-${itemId}`) : null;
}

/** After navigating to a meeting, lands on `targetId` (or its item's heading) when it is on the page. */
export function landOn(targetId: string, itemId?: string): void {
  const started = performance.now();
  let found: HTMLElement | null = null;
  let seenAt = 0;
  const step = (): void => {
    const el = find(targetId, itemId);
    // Wait until the screen has settled (it focuses its main region after a change of route).
    if (el && el === found && performance.now() - seenAt > 150) return land(el);
    if (el !== found) {
      found = el;
      seenAt = performance.now();
    }
    if (performance.now() - started < WAIT_MS) requestAnimationFrame(step);
  };
  requestAnimationFrame(step);
}

function land(el: HTMLElement): void {
  if (!el.hasAttribute('tabindex')) el.setAttribute('tabindex', '-1');
  el.scrollIntoView({ block: 'center' });
  el.focus({ preventScroll: true });
  el.classList.add('search-landed');
  setTimeout(() => el.classList.remove('search-landed'), MARK_MS);
}
