// Where the keyboard focus goes once a step has been saved. The button that asked is disabled
// while the step is sent (or is gone once it is done), so the browser drops the focus on <body>
// and a keyboard user lands at the top of the page; the screen puts it back on the control that
// now makes most sense (as BlockGutter does when its form closes).
import { tick } from 'svelte';

type Candidate = HTMLElement | string | null | undefined;

/**
 * Whether the focus may be moved: it is nowhere (on <body>), or still inside `origin` (the
 * control or form that asked). Something the user or another part of the screen focused
 * meanwhile is left alone.
 */
export function focusIsLost(origin?: Element | null): boolean {
  const active = document.activeElement;
  if (!active || active === document.body || active === document.documentElement) return true;
  return !!origin && origin.contains(active);
}

function usable(el: Element | null): el is HTMLElement {
  return (
    el instanceof HTMLElement &&
    el.isConnected &&
    !(el as HTMLButtonElement).disabled &&
    !el.closest('[hidden], [inert]')
  );
}

/** The first candidate (an element, or a selector) that is on the page and can take the focus gets it. */
export function focusFirst(...candidates: Candidate[]): HTMLElement | null {
  for (const c of candidates) {
    const el = typeof c === 'string' ? (c ? document.querySelector(c) : null) : (c ?? null);
    if (usable(el)) {
      el.focus();
      if (document.activeElement === el) return el;
    }
  }
  return null;
}

/**
 * After the screen has updated: when the focus was lost (see focusIsLost), the first candidate
 * that can take it gets it. A candidate may be a function, read only then (after the update).
 */
export async function refocusAfterUpdate(
  origin: Element | null | undefined,
  ...candidates: (Candidate | (() => Candidate | Candidate[]))[]
): Promise<void> {
  await tick();
  if (!focusIsLost(origin)) return;
  focusFirst(...candidates.flatMap((c) => (typeof c === 'function' ? c() : c)));
}

/** A CSS attribute selector's value, quoted. */
export const attr = (value: string) => `"${value.replace(/["\\]/g, '\\$&')}"`;
