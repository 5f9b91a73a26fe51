// The accessibility check reports nothing on every kind of Word document the app makes, for the
// sample meeting exported through the API as the app asks for them: the agenda front sheet, the
// draft minutes (with a Part II item), the confidential annex, the tracked-changes draft (with a
// review comment, and again after a formal amendment), the minutes for the next agenda pack, the
// next meeting's draft minutes confirming them, the action log and the work programme.
import { describe, expect, it } from 'vitest';
import { checkDocxBytes } from '../../electron/services/docs/accessibility/check';
import { everyDocument } from '../helpers/every-document';

describe('the accessibility check on every document the app makes', () => {
  for (const withTemplate of [false, true])
    it(`finds nothing in the agenda, minutes, annex, tracked-changes drafts, pack minutes, action log and work programme${withTemplate ? ", in a council's template" : ''}`, async () => {
      const { docs, cleanup } = await everyDocument(withTemplate);
      try {
        expect([...docs.keys()]).toHaveLength(9);
        const findings: Record<string, string[]> = {};
        for (const [kind, bytes] of docs) {
          const reply = await checkDocxBytes(bytes, `${kind}.docx`);
          findings[kind] = reply.ok
            ? reply.findings.map((f) => `${f.rule} at ${f.where}: ${f.message}`)
            : [reply.message];
        }
        expect(findings).toEqual(Object.fromEntries([...docs.keys()].map((k) => [k, []])));
      } finally {
        await cleanup();
      }
    }, 120_000);
});
