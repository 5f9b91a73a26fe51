export { runChecks, openFindings, describeFinding, CHECKS, type CheckedFinding } from './run';
export { FINDING_KINDS, type Finding, type FindingKind, type FindingPlace } from './types';
export { withReference } from './make-reference';
