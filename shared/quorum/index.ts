export * from './voting-members';
export * from './timeline';
export * from './words';
