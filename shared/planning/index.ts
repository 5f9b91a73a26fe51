export * from './action-log';
export * from './work-programme';
export * from './next-meeting';
export * from './from-minutes';
export * from './paragraph-text';
export * from './revision';
