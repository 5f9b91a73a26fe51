import { formatLongDate } from '$shared/format/en-gb';
import { SearchInput, type SearchResults } from '$shared/api/search-contract';
import { Store } from '../../services/store/store';
import { searchServiceFor, closeSearchService } from '../../services/search/search-service';
import { dataDirOf, flag, option, positionals, UsageError, type CliCommand } from '../io';
import { folderExists } from '../paths';

const KIND_WORDS: Record<string, string> = {
  note: 'notes',
  item: 'item',
  action: 'action',
  resolution: 'resolution',
  declaration: 'declaration',
  question: 'question',
  attendance: 'attendance',
};

/** Results as text: meeting, then item, then each piece with its matches in [brackets]. */
function printResults(r: SearchResults, out: (line: string) => void): void {
  if (!r.groups.length) {
    out(`Nothing found for "${r.query}" in ${r.meetings} meeting(s).`);
    return;
  }
  out(`${r.shown} result(s) from ${r.matchedMeetings} meeting(s) of ${r.meetings}, best first:`);
  for (const g of r.groups) {
    out('');
    out(`${g.committeeName}, ${formatLongDate(g.date)}  (meeting ${g.meetingId})`);
    for (const item of g.items) {
      out(`  ${item.itemNumber}. ${item.itemTitle}`);
      for (const hit of item.hits) {
        const text = hit.segments.map((s) => (s.mark ? `[${s.text}]` : s.text)).join('');
        out(`    ${KIND_WORDS[hit.kind]}: ${text.replace(/\s+/g, ' ')}`);
      }
    }
  }
}

export const searchCommand: CliCommand = {
  name: 'search',
  usage: 'search "<query>" [--committee C] [--from D] [--to D] [--json] [--data-dir D]',
  summary: 'searches every meeting (notes, resolutions, actions, questions, declarations, titles, people)',
  async run(ctx) {
    const words = positionals(ctx.args, ['--data-dir', '--committee', '--from', '--to']);
    if (words.length !== 1) throw new UsageError('Give one query, in quotes if it has spaces.');
    const committee = option(ctx.args, '--committee');
    const from = option(ctx.args, '--from');
    const to = option(ctx.args, '--to');
    const input = SearchInput.safeParse({
      query: words[0],
      ...(from ? { from } : {}),
      ...(to ? { to } : {}),
    });
    if (!input.success) throw new UsageError(input.error.issues.map((i) => i.message).join('; '));
    const dataDir = dataDirOf(ctx);
    if (!(await folderExists(dataDir))) {
      ctx.err(`There is no data folder at ${dataDir}: nothing to search.`);
      return 1;
    }
    const store = await Store.open({ dataDir, readOnly: true });
    try {
      let committeeId: string | undefined;
      if (committee) {
        const c = store.committees.find(
          (x) => x.id === committee || x.name.toLowerCase() === committee.toLowerCase() || x.shortName === committee,
        );
        if (!c)
          throw new UsageError(
            `There is no committee "${committee}". Committees: ${store.committees.map((x) => `${x.name} (${x.shortName || x.id})`).join('; ')}.`,
          );
        committeeId = c.id;
      }
      const results = await searchServiceFor(store).search({ ...input.data, ...(committeeId ? { committeeId } : {}) });
      if (flag(ctx.args, '--json')) ctx.out(JSON.stringify(results, null, 2));
      else printResults(results, ctx.out);
      return 0;
    } finally {
      await closeSearchService(store);
      await store.close();
    }
  },
};
