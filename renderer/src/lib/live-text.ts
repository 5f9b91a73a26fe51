// Small wording helpers for the live console.

/** A rule's message as a sentence on screen: capital first letter ("a clause cannot be empty" → "A clause …"). */
export function sentence(message: string): string {
  return message ? message[0]!.toUpperCase() + message.slice(1) : message;
}

/** "Councillor Caroline Needham" for councillors, the name for others. */
export function personTitle(p: { kind: string; name: string } | undefined): string {
  if (!p) return 'Unknown person';
  return p.kind === 'councillor' ? `Councillor ${p.name}` : p.name;
}

/** "A and B", "A, B and C" */
export function listWords(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/** An attachment ({@attach onEscape(fn)}): Escape anywhere inside the element calls fn. */
export function onEscape(fn: () => void) {
  return (node: HTMLElement) => {
    const listener = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || e.defaultPrevented) return;
      e.preventDefault();
      e.stopPropagation();
      fn();
    };
    node.addEventListener('keydown', listener);
    return () => node.removeEventListener('keydown', listener);
  };
}
