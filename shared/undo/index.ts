// Undo and redo: the commands that take an edit back, computed by comparing the meeting before
// and after it, so every command and any batch of them has an inverse.
export { call, type CommandCall } from './command-call';
export { restoreCalls } from './restore';
export { inverseOf, undoCall, asOneCall, contextFor } from './inverse';
