// The live console's quorum warning, reachable from deep inside the item panel (the vote editor)
// without threading it through every component between. Outside the console it lets edits through.
import { getContext, setContext } from 'svelte';

export type QuorumDoing = 'record a vote' | 'start this item';

export interface QuorumGate {
  /** Runs `proceed` at once while quorate; else warns and runs it once acknowledged. */
  whenQuorate(doing: QuorumDoing, proceed: () => void): void;
}

const KEY = Symbol('quorum-gate');
const OPEN: QuorumGate = { whenQuorate: (_doing, proceed) => proceed() };

export function setQuorumGate(gate: QuorumGate): void {
  setContext(KEY, gate);
}

export function quorumGate(): QuorumGate {
  return getContext<QuorumGate | undefined>(KEY) ?? OPEN;
}
