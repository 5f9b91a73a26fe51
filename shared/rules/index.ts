// Pure rules of the live console. (Commands import the files they need directly, not this index.)
export type { RuleProblem } from './problem';
export { liveProblems, newProblems } from './problems';
export { apologiesFrom, type Apologies, type Apology } from './apologies';
export {
  presentOn,
  votersFor,
  withdrawnFor,
  itemWindow,
  wasPresentDuring,
  VOTING_CAPACITIES,
  type ItemWindow,
} from './presence';
export { voteProblems } from './votes';
export { itemStatus, type ItemStatus } from './item-status';
export {
  REPORT_NOTED,
  WORK_PROGRAMME_NOTED,
  confirmationWording,
  exclusionWording,
  exclusionResolutionId,
  resolutionTemplates,
  type ResolutionTemplate,
} from './templates';
export { askedBy, normaliseAsker } from './questions';
export { deepEqual } from './deep-equal';
