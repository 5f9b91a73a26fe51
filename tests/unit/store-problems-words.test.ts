// The banner's words: damage (left untouched, a backup offered) is told apart from a data folder
// that needs the user's attention (the lock lost, a file changed, removed or restored by hand).
import { describe, expect, it } from 'vitest';
import { isDamage, problemsTitle } from '../../renderer/src/lib/store-problems';

describe('store problems, as the banner says them', () => {
  it('treats a damaged, unreadable, too large or tampered file as damage', () => {
    for (const code of ['NOT_JSON', 'TRUNCATED', 'UNREADABLE', 'TOO_LARGE', 'TAMPERED'])
      expect(isDamage({ code }), code).toBe(true);
  });

  it('does not call a lost lock or a file changed, removed or restored by hand damage', () => {
    for (const code of ['LOCK_LOST', 'CHANGED_OUTSIDE', 'REMOVED_OUTSIDE', 'OLDER_THAN_BACKUP'])
      expect(isDamage({ code }), code).toBe(false);
  });

  it('titles the banner by what it holds', () => {
    expect(problemsTitle([{ code: 'NOT_JSON' }])).toBe('Some data could not be read');
    expect(problemsTitle([{ code: 'LOCK_LOST' }])).toBe('The data folder needs your attention');
    expect(problemsTitle([{ code: 'NOT_JSON' }, { code: 'CHANGED_OUTSIDE' }])).toBe(
      'Some data could not be read, and the data folder needs your attention',
    );
  });
});
