export * from './common';
export * from './committee';
export * from './meeting';
export * from './files';
export * from './migrate';
export * from './defaults';
export * from './integrity';
export * from './review-record';
