import { z } from 'zod';
import { Committee } from './committee';
import { CleanText } from './common';

export const COMMITTEES_FORMAT = 'scrutineer.committees';
export const COMMITTEES_VERSION = 1;

/** committees.json: every committee and the app's settings. */
export const CommitteesFile = z.object({
  format: z.literal(COMMITTEES_FORMAT),
  version: z.literal(COMMITTEES_VERSION),
  committees: z.array(Committee),
  settings: z
    .object({
      /** Name stamped on review comments and approvals made on this machine, and the author of the documents exported. */
      userName: CleanText.max(200).default(''),
      /** Their role ("Committee Co-ordinator", "Chair"), shown beside the name; absent in files made before it was asked. */
      userRole: CleanText.max(200).optional(),
      /** The one-off notices dismissed here (their keys: electron/api/handlers/app.ts), so they do not come back. */
      /** The interface's density; absent (comfortable) in files made before it could be chosen. */
      density: z.enum(['comfortable', 'compact']).optional(),
      dismissedNotices: z.array(z.string().min(1).max(100)).max(200).optional(),
    })
    .default({ userName: '' }),
});
export type CommitteesFile = z.infer<typeof CommitteesFile>;

export function emptyCommitteesFile(): CommitteesFile {
  return { format: COMMITTEES_FORMAT, version: COMMITTEES_VERSION, committees: [], settings: { userName: '' } };
}
