// The gaps ("[to be completed]") left in the minutes as they would print, in words.
import type { Committee, Meeting } from '../domain';
import { composeMinutes } from '../minutes';
import type { Missing } from '../minutes';
import { committeeAsApproved } from './named';

export function minutesGaps(meeting: Meeting, committee: Committee): Missing[] {
  return composeMinutes(meeting, committeeAsApproved(meeting, committee)).missing;
}

export function describeGap(g: Missing): string {
  return `${g.where}: ${g.what}`;
}
