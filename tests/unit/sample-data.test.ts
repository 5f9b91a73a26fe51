// The first-run sample (resources/sample/) against the published minutes of 19 September 2016
// and the facts of that meeting: it must load, be current with its sources, and compose back to
// the published text except where tests/fixtures/published-minutes-deliberate-differences.md says.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCommitteesFile, loadMeeting, type Committee, type Meeting } from '$shared/domain';
import { checkMeetingIntegrity } from '$shared/domain/integrity';
import { formatTime } from '$shared/format/en-gb';
import { MentionTracker } from '$shared/minutes/mentions';
import { plainText } from '$shared/minutes/outline';
import { membershipOn } from '$shared/minutes/person-names';
import { punctuateClauses, punctuateSentence } from '$shared/minutes/resolutions';
import { buildSample, toFileText } from '../../scripts/sample/sample-builder';
import { SampleIds } from '../../scripts/sample/sample-ids';
import { parseNarrative } from '../../scripts/sample/narrative';

const root = join(import.meta.dirname, '../..');
const read = (path: string): string => readFileSync(join(root, path), 'utf8');

const meetingsDir = 'resources/sample/meetings';
const meetingFiles = readdirSync(join(root, meetingsDir)).filter((f) => f.endsWith('.json'));
const committeesText = read('resources/sample/committees.json');
const meetingText = read(`${meetingsDir}/${meetingFiles[0]}`);

function loaded<T>(result: { ok: true; value: T } | { ok: false; problem: { message: string } }): T {
  if (!result.ok) throw new Error(result.problem.message);
  return result.value;
}
const committee: Committee = loaded(loadCommitteesFile(JSON.parse(committeesText))).committees[0]!;
const meeting: Meeting = loaded(loadMeeting(JSON.parse(meetingText)));
const personByName = (name: string) => committee.people.find((p) => p.name === name);
/** Items 1-4 are written from attendance, declarations and questions; the others from notes. */
const hasNarrative = (item: { kind: string }) => item.kind === 'report' || item.kind === 'next-meeting';

/** The published minutes, item by item: paragraphs, ACTION lines and the lines after RESOLVED. */
interface PublishedItem {
  heading: string;
  paragraphs: string[];
  actions: string[];
  clauses: string[];
}
const published = read('tests/fixtures/published-minutes-2016-09-19.txt').split('\n');
const isHeading = (line: string) => /^\d{1,3}\. [A-Z][^a-z]*$/.test(line);

function publishedItems(): Map<string, PublishedItem> {
  const items = new Map<string, PublishedItem>();
  let current: PublishedItem | undefined;
  let resolving = false;
  for (const line of published) {
    if (line.startsWith('Meeting started:')) break;
    if (isHeading(line)) {
      current = { heading: line, paragraphs: [], actions: [], clauses: [] };
      items.set(line.slice(0, line.indexOf('.')), current);
      resolving = false;
    } else if (!current) continue;
    else if (line === 'RESOLVED') resolving = true;
    else if (line.startsWith('ACTION: ')) current.actions.push(line);
    else if (resolving) current.clauses.push(line);
    else current.paragraphs.push(line);
  }
  return items;
}
const publishedByItem = publishedItems();

/** The table of deliberate differences, as {item, where, index, published, sample} rows. */
const differences = read('tests/fixtures/published-minutes-deliberate-differences.md')
  .split('\n')
  .flatMap((line) => {
    const m = /^\| (\d+) \| (paragraph|action|clause) (\d+) \| `([^`]+)` \| `([^`]+)` \|/.exec(line);
    return m ? [{ item: m[1]!, where: m[2]!, index: Number(m[3]), published: m[4]!, sample: m[5]! }] : [];
  });

/** A published line with the listed differences applied; each listed text must be there. */
function expected(item: string, where: 'paragraph' | 'action' | 'clause', index: number, line: string): string {
  let out = line;
  for (const d of differences.filter((x) => x.item === item && x.where === where && x.index === index)) {
    expect(out, `difference "${d.published}" (item ${item} ${where} ${index})`).toContain(d.published);
    out = out.split(d.published).join(d.sample);
  }
  return out;
}

/** What the composer writes for each paragraph, in reading order (one mention tracker per document). */
function composedParagraphs(): Map<string, string[]> {
  const mentions = new MentionTracker(committee, meeting.date);
  return new Map(
    meeting.agenda.map((item) => [
      item.number,
      meeting.notes.filter((p) => p.itemId === item.id).map((p) => plainText(mentions.writeInlines(p.content))),
    ]),
  );
}

describe('the sample files', () => {
  it('load with the app loaders, at the current version, and belong together', () => {
    expect(loadCommitteesFile(JSON.parse(committeesText))).toMatchObject({ ok: true });
    expect(loadCommitteesFile(JSON.parse(committeesText))).not.toHaveProperty('migratedFrom');
    expect(loadMeeting(JSON.parse(meetingText))).not.toHaveProperty('migratedFrom');
    expect(meetingFiles).toEqual([`${meeting.id}.json`]);
    expect(meeting.committeeId).toBe(committee.id);
    expect(meeting).toMatchObject({
      status: 'ended',
      date: '2016-09-19',
      startTime: '19:00',
      previousMeetingDate: '2016-06-13',
    });
    expect(meeting.venue).toBe(committee.defaultVenue);
  });

  it('are what the generator writes from its sources, with the ids kept', () => {
    const ids = new SampleIds(JSON.parse(read('scripts/sample/sample-ids.json')), false);
    const rebuilt = buildSample(read('scripts/sample/narrative-2016-09-19.md'), ids);
    expect(toFileText(rebuilt.committeesFile)).toBe(committeesText);
    expect(toFileText(rebuilt.meeting)).toBe(meetingText);
  });

  it('give every person, seat and action owner once, and resolve every reference', () => {
    const ids = new Set(committee.people.map((p) => p.id));
    const names = committee.people.flatMap((p) => [p.name, ...p.aliases]);
    expect(ids.size).toBe(committee.people.length);
    expect(new Set(names).size).toBe(names.length);
    const referenced = [
      ...meeting.notes.flatMap((p) => p.content.flatMap((i) => (i.t === 'person' ? [i.personId] : []))),
      ...meeting.attendance.map((a) => a.personId),
      ...committee.memberships.map((m) => m.personId),
    ];
    expect(referenced.filter((id) => !ids.has(id))).toEqual([]);
    expect(checkMeetingIntegrity(meeting, committee)).toEqual([]);
    const owners = meeting.actions.flatMap((a) => a.owners);
    expect(committee.actionOwners).toEqual([...new Set(owners)]);
  });

  it('seat nine on 19 September 2016 and eleven by the November meeting', () => {
    const seated = (date: string) =>
      committee.people.filter((p) => membershipOn(committee, p.id, date)).map((p) => p.name);
    expect(seated('2016-09-19')).toHaveLength(9);
    expect(seated('2016-09-19')).not.toContain('Eleanor Allen');
    expect(seated('2016-11-21')).toEqual(
      [...seated('2016-09-19'), 'Eleanor Allen', 'Matthew Jenkins'].sort(byPeopleOrder),
    );
    expect(membershipOn(committee, personByName('Caroline Needham')!.id, '2016-09-19')?.role).toBe('chair');
    expect(membershipOn(committee, personByName('Caroline Ffiske')!.id, '2016-09-19')?.role).toBe('vice-chair');
  });
});

function byPeopleOrder(a: string, b: string): number {
  const at = (n: string) => committee.people.findIndex((p) => p.name === n);
  return at(a) - at(b);
}

describe('the sample meeting against the published minutes', () => {
  it('has the ten published items, in order, with their titles', () => {
    const headings = published.filter(isHeading);
    expect(meeting.agenda.map((i) => `${i.number}. ${i.title}`)).toEqual(headings);
    expect(meeting.agenda.map((i) => i.kind)).toEqual([
      'minutes',
      'apologies',
      'declarations',
      'public-participation',
      'report',
      'report',
      'report',
      'report',
      'report',
      'next-meeting',
    ]);
  });

  it('records Councillor Chumnerly as apologies only, and no declarations or public questions', () => {
    const chumnerly = personByName('Elaine Chumnerly')!;
    const rows = meeting.attendance.filter((a) => a.personId === chumnerly.id);
    expect(rows).toEqual([expect.objectContaining({ status: 'apologies', capacity: 'member' })]);
    const apologies = meeting.attendance.filter((a) => a.status === 'apologies');
    expect(published).toContain(`Apologies for absence were received from Councillor ${chumnerly.name}.`);
    expect(apologies.map((a) => a.personId)).toEqual([chumnerly.id]);
    expect(new Set(meeting.attendance.map((a) => a.personId)).size).toBe(meeting.attendance.length);
    expect(meeting.declarations).toEqual([]);
    expect(meeting.publicQuestions).toEqual([]);
  });

  it('has as many paragraphs per item as the published minutes (none for items 1-4)', () => {
    const composed = composedParagraphs();
    for (const item of meeting.agenda) {
      const expectedCount = hasNarrative(item) ? publishedByItem.get(item.number)!.paragraphs.length : 0;
      expect(composed.get(item.number), `item ${item.number}`).toHaveLength(expectedCount);
    }
    expect(meeting.notes).toHaveLength(40);
  });

  it('composes every paragraph to the published one, except the listed differences', () => {
    const composed = composedParagraphs();
    for (const item of meeting.agenda.filter(hasNarrative)) {
      const mine = composed.get(item.number)!;
      publishedByItem.get(item.number)!.paragraphs.forEach((line, k) => {
        expect(mine[k], `item ${item.number} paragraph ${k + 1}`).toBe(expected(item.number, 'paragraph', k + 1, line));
      });
    }
  });

  it('has the 11 actions, after the paragraphs they came from, with the published owners in order', () => {
    expect(meeting.actions).toHaveLength(11);
    for (const item of meeting.agenda) {
      const paragraphs = meeting.notes.filter((p) => p.itemId === item.id).map((p) => p.id);
      const actions = meeting.actions.filter((a) => a.itemId === item.id);
      // Actions listed in the order of their paragraphs, each anchored to a paragraph of its item.
      const anchors = actions.map((a) => paragraphs.indexOf(a.paragraphId));
      expect(anchors.every((i) => i >= 0)).toBe(true);
      expect(anchors).toEqual([...anchors].sort((a, b) => a - b));
      const lines = actions.map((a) => `ACTION: ${a.owners.join(' / ')}`);
      const publishedLines = publishedByItem
        .get(item.number)!
        .actions.map((l, k) => expected(item.number, 'action', k + 1, l));
      expect(lines, `item ${item.number}`).toEqual(publishedLines);
    }
  });

  it('anchors each action to the paragraph the published ACTION line follows', () => {
    // The published paragraph right before each ACTION line, as the index of that paragraph in its item.
    const lines = published.slice(0, published.indexOf('Meeting started: 7.00 pm'));
    let item = '';
    let paragraphIndex = -1;
    const anchors: string[] = [];
    let resolving = false;
    for (const line of lines) {
      if (isHeading(line)) [item, paragraphIndex, resolving] = [line.slice(0, line.indexOf('.')), -1, false];
      else if (line === 'RESOLVED') resolving = true;
      else if (line.startsWith('ACTION: ')) anchors.push(`${item}:${paragraphIndex}`);
      else if (!resolving && item) paragraphIndex += 1;
    }
    const mine = meeting.actions.map((a) => {
      const number = meeting.agenda.find((i) => i.id === a.itemId)!.number;
      const inItem = meeting.notes.filter((p) => p.itemId === a.itemId).map((p) => p.id);
      return `${number}:${inItem.indexOf(a.paragraphId)}`;
    });
    expect(mine).toEqual(anchors);
  });

  it('has the 4 resolutions, stored without closing punctuation, composing to the published lines', () => {
    expect(meeting.resolutions).toHaveLength(4);
    for (const r of meeting.resolutions) {
      for (const clause of r.clauses) expect(clause).not.toMatch(/([.;,:]|; and)$/);
      const number = meeting.agenda.find((i) => i.id === r.itemId)!.number;
      const lines =
        r.clauses.length === 1
          ? [punctuateSentence(r.clauses[0]!)]
          : punctuateClauses(r.clauses).map((c, k) => `${k + 1}. ${c}`);
      const publishedLines = publishedByItem.get(number)!.clauses.map((l, k) => expected(number, 'clause', k + 1, l));
      expect(lines, `item ${number}`).toEqual(publishedLines);
    }
    expect(meeting.resolutions.map((r) => meeting.agenda.find((i) => i.id === r.itemId)!.number)).toEqual([
      '1',
      '7',
      '8',
      '9',
    ]);
  });

  it("stores item 8's three clauses as the facts word them", () => {
    const facts = read('tests/fixtures/meeting-2016-09-19.facts.md');
    const row = /three clauses: (.*?) \|/.exec(facts)![1]!;
    const clauses = row
      .split(/\s*\d\. /)
      .filter((c) => c !== '')
      .map((c) => c.replace(/(; and|;|\.)$/, ''));
    const item8 = meeting.agenda.find((i) => i.number === '8')!;
    expect(clauses).toHaveLength(3);
    expect(meeting.resolutions.find((r) => r.itemId === item8.id)!.clauses).toEqual(clauses);
  });

  it('started and ended at the published times', () => {
    expect(published).toContain(`Meeting started: ${formatTime(meeting.clock.startedAt!)}`);
    expect(published).toContain(`Meeting ended: ${formatTime(meeting.clock.endedAt!)}`);
  });

  it('lists only differences that the comparison uses', () => {
    // Every row names a place that exists; the paragraph, action and clause tests then apply it.
    expect(differences.length).toBeGreaterThan(0);
    for (const d of differences) {
      const item = publishedByItem.get(d.item);
      expect(item, `item ${d.item}`).toBeDefined();
      const lines = d.where === 'paragraph' ? item!.paragraphs : d.where === 'action' ? item!.actions : item!.clauses;
      expect(lines[d.index - 1], `item ${d.item} ${d.where} ${d.index}`).toContain(d.published);
    }
  });
});

describe('the narrative source syntax', () => {
  const resolve = (name: string) => (name === 'Ian Heggs' ? 'heggs' : undefined);

  it('joins lines into paragraphs, with references, actions and clauses', () => {
    const source =
      'preamble\n## 5. TITLE\nSaid by\n{{Ian Heggs}}.\nACTION: CEPAC / HWB\nACTION: CEPAC | Report back on it | due June 2017\n\nRESOLVED: That it be noted';
    const items = parseNarrative(source, resolve);
    expect(items).toEqual([
      {
        number: '5',
        title: 'TITLE',
        paragraphs: [
          {
            content: [
              { t: 'text', text: 'Said by ' },
              { t: 'person', personId: 'heggs' },
              { t: 'text', text: '.' },
            ],
            actions: [
              { owners: ['CEPAC', 'HWB'], description: '', due: '' },
              { owners: ['CEPAC'], description: 'Report back on it', due: 'June 2017' },
            ],
          },
        ],
        clauses: ['That it be noted'],
      },
    ]);
  });

  it('names the line of an unknown person, an orphan action and a punctuated clause', () => {
    expect(() => parseNarrative('## 5. T\n\n{{Ian Hegs}} said', resolve)).toThrow(
      'narrative line 3: no person called "Ian Hegs"',
    );
    expect(() => parseNarrative('## 5. T\nACTION: CEPAC', resolve)).toThrow('narrative line 2: an action must follow');
    expect(() => parseNarrative('## 5. T\nSaid.\nACTION: CEPAC | Do it | by June', resolve)).toThrow(
      'narrative line 3: an action reads "ACTION: owners | statement | due when"',
    );
    expect(() => parseNarrative('## 5. T\nRESOLVED: That it be noted;', resolve)).toThrow(
      'without closing punctuation',
    );
  });
});
