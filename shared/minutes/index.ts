export * from './outline';
export { composeMinutes, composeConfidentialAnnex, hasConfidentialItems } from './compose';
export { punctuateClauses, punctuateSentence } from './resolutions';
export { BLOCK_LOOK } from './presentation';
export { nextMeetingRuns } from './procedural';
