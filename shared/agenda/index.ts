// The agenda builder's rules and the front sheet: pure, shared by the app, the CLI and the preview.
export * from './numbering';
export * from './exempt-order';
export * from './membership';
export * from './standing-notes';
export * from './front-sheet-outline';
export * from './front-sheet';
