// A seeded history of committee meetings for tests and benchmarks: several committees, each a copy
// of the sample committee under another name, and hundreds of meetings whose notes, actions and
// resolutions are the sample meeting's real narrative (resources/sample), drawn in a different
// order for each meeting, with declarations and public questions between. The same seed gives the
// same files, byte for byte. 500 meetings of 10,000 words is the performance issue's "five
// million words".
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  loadCommitteesFile,
  loadMeeting,
  type Action,
  type AgendaItem,
  type Committee,
  type CommitteesFile,
  type Declaration,
  type Inline,
  type Meeting,
  type Paragraph,
  type PublicQuestion,
  type Resolution,
} from '$shared/domain';

const SAMPLE_DIR = join(import.meta.dirname, '..', 'resources', 'sample');

export interface HistoryOptions {
  meetings?: number;
  /** Words of notes in each meeting, about (whole paragraphs are drawn). */
  wordsPerMeeting?: number;
  committees?: number;
  seed?: number;
}

export interface History {
  committeesFile: CommitteesFile;
  meetings: Meeting[];
  /** Words of notes, actions and resolutions in all the meetings. */
  words: number;
}

const COMMITTEE_NAMES: [string, string][] = [
  ['Children and Education Policy and Accountability Committee', 'CEPAC'],
  ['Health, Inclusion and Social Care Policy and Accountability Committee', 'HISCPAC'],
  ['Housing and Regeneration Policy and Accountability Committee', 'HRPAC'],
  ['Economy, Arts, Sports and Public Realm Policy and Accountability Committee', 'EASPRPAC'],
  ['Finance and Delivery Policy and Accountability Committee', 'FDPAC'],
];

const REPORT_TITLES = [
  'SCHOOL ORGANISATION AND INVESTMENT STRATEGY',
  'YOUTH SERVICES REVIEW',
  'FOSTERING AND ADOPTION ANNUAL REPORT',
  'SAFEGUARDING CHILDREN BOARD ANNUAL REPORT',
  'EARLY HELP AND FAMILY SUPPORT',
  'SCHOOL MEALS CONTRACT MONITORING',
  'SPECIAL EDUCATIONAL NEEDS TRANSPORT',
  'CHILDREN IN CARE COUNCIL',
  'PERFORMANCE REPORT: QUARTER 2',
  'BUDGET PROPOSALS AND MEDIUM TERM FINANCIAL STRATEGY',
  'KEY STAGE RESULTS',
  'ADULT LEARNING AND SKILLS',
];

const DECLARATION_NATURES = [
  'is a governor of a school named in the report',
  'has a child attending a school in the borough',
  'is employed by a provider that holds a contract with the Council',
  'is a trustee of a local charity supporting young carers',
];

const QUESTIONS: [string, string][] = [
  [
    'Why were parents not consulted before the changes to the school meals contract?',
    'Officers explained that a consultation with parents would begin in the spring term.',
  ],
  [
    'How many care leavers are housed outside the borough?',
    'The Committee was told that eleven care leavers were placed outside the borough.',
  ],
  [
    'When will the new resource centre at Queens Manor Primary School open?',
    'It was expected to open in September, subject to the building works.',
  ],
];

/** A fixed pseudo-random sequence (the same constants as the typing benchmark's). */
function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => (s = (s * 1664525 + 1013904223) % 2 ** 32) / 2 ** 32;
}

function readSample(): { file: CommitteesFile; committee: Committee; meeting: Meeting } {
  const committees = loadCommitteesFile(JSON.parse(readFileSync(join(SAMPLE_DIR, 'committees.json'), 'utf8')));
  if (!committees.ok) throw new Error(`the sample committees file ${committees.problem.message}`);
  const dir = join(SAMPLE_DIR, 'meetings');
  const file = readdirSync(dir).find((f) => f.endsWith('.json'));
  if (!file) throw new Error(`no sample meeting in ${dir}`);
  const meeting = loadMeeting(JSON.parse(readFileSync(join(dir, file), 'utf8')));
  if (!meeting.ok) throw new Error(`the sample meeting ${meeting.problem.message}`);
  return { file: committees.value, committee: committees.value.committees[0]!, meeting: meeting.value };
}

const wordCount = (text: string): number => text.split(/\s+/).filter(Boolean).length;
const contentWords = (content: Inline[]): number =>
  content.reduce((n, r) => n + (r.t === 'text' ? wordCount(r.text) : 2), 0);

function isoDate(start: Date, days: number): string {
  return new Date(start.getTime() + days * 86_400_000).toISOString().slice(0, 10);
}

function copyCommittee(sample: Committee, index: number): Committee {
  const prefix = `c${index}-`;
  const [name, shortName] = COMMITTEE_NAMES[index % COMMITTEE_NAMES.length]!;
  return {
    ...structuredClone(sample),
    id: `history-committee-${index}`,
    name: index < COMMITTEE_NAMES.length ? name : `${name} ${index + 1}`,
    shortName,
    people: sample.people.map((p) => ({ ...p, id: prefix + p.id })),
    memberships: sample.memberships.map((m) => ({ ...m, id: prefix + m.id, personId: prefix + m.personId })),
  };
}

const withPeople = (content: Inline[], prefix: string): Inline[] =>
  content.map((r) => (r.t === 'person' ? { ...r, personId: prefix + r.personId } : r));

/** The history: committees and meetings as the store would read them (each loaded through the app's own schema). */
export function generateHistory(options: HistoryOptions = {}): History {
  const count = options.meetings ?? 500;
  const target = options.wordsPerMeeting ?? 10_000;
  const committeeCount = options.committees ?? 4;
  const rand = lcg(options.seed ?? 20160919);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const sample = readSample();
  const committees = Array.from({ length: committeeCount }, (_, i) => copyCommittee(sample.committee, i));
  const sourceParagraphs = sample.meeting.notes.map((p) => ({
    paragraph: p,
    words: contentWords(p.content),
    actions: sample.meeting.actions.filter((a) => a.paragraphId === p.id),
  }));
  const clauseSets = sample.meeting.resolutions.map((r) => r.clauses);
  const start = new Date('2005-01-10T00:00:00Z');
  let words = 0;

  const meetings = Array.from({ length: count }, (_, n): Meeting => {
    const ci = n % committeeCount;
    const committee = committees[ci]!;
    const prefix = `c${ci}-`;
    const id = `history-meeting-${String(n + 1).padStart(4, '0')}`;
    const date = isoDate(start, Math.floor(n / committeeCount) * 42 + ci * 7);
    const agenda: AgendaItem[] = sample.meeting.agenda.map((item, i) => ({
      ...item,
      id: `${id}-item-${i + 1}`,
      title: item.kind === 'report' ? pick(REPORT_TITLES) : item.title,
    }));
    const reports = agenda.filter((i) => i.kind === 'report');
    const notes: Paragraph[] = [];
    const actions: Action[] = [];
    let meetingWords = 0;
    while (meetingWords < target) {
      const source = pick(sourceParagraphs);
      const item = pick(reports);
      const paragraphId = `${id}-p${notes.length + 1}`;
      notes.push({ id: paragraphId, itemId: item.id, content: withPeople(source.paragraph.content, prefix) });
      meetingWords += source.words;
      source.actions.forEach((a, k) => {
        actions.push({ ...a, id: `${paragraphId}-a${k + 1}`, itemId: item.id, paragraphId });
        meetingWords += wordCount(a.description) + a.owners.length;
      });
    }
    const resolutions: Resolution[] = reports.map((item, k) => {
      const clauses = pick(clauseSets);
      meetingWords += clauses.reduce((w, c) => w + wordCount(c), 0);
      return { id: `${id}-r${k + 1}`, itemId: item.id, clauses: [...clauses] };
    });
    const members = committee.memberships.map((m) => m.personId);
    const declarations: Declaration[] =
      rand() < 0.3
        ? [
            {
              id: `${id}-d1`,
              personId: pick(members),
              itemId: pick(reports).id,
              kind: 'other',
              nature: pick(DECLARATION_NATURES),
              withdrew: false,
              dispensation: false,
            },
          ]
        : [];
    const participation = agenda.find((i) => i.kind === 'public-participation') ?? agenda[0]!;
    const publicQuestions: PublicQuestion[] =
      rand() < 0.3
        ? [
            (([question, answer]) => ({
              id: `${id}-q1`,
              itemId: participation.id,
              askedByName: '',
              question,
              answer,
            }))(pick(QUESTIONS)),
          ]
        : [];
    words += meetingWords;
    const at = `${date}T18:00:00.000Z`;
    const raw: Meeting = {
      ...structuredClone(sample.meeting),
      id,
      committeeId: committee.id,
      date,
      previousMeetingDate: undefined,
      status: 'ended',
      revision: 1,
      agenda,
      attendance: sample.meeting.attendance.map((a) => ({ ...a, personId: prefix + a.personId })),
      declarations,
      publicQuestions,
      notes,
      actions,
      resolutions,
      history: [],
      createdAt: at,
      updatedAt: at,
    };
    const loaded = loadMeeting(raw);
    if (!loaded.ok) throw new Error(`generated meeting ${id} ${loaded.problem.message}`);
    return loaded.value;
  });

  const file = loadCommitteesFile({ ...sample.file, committees });
  if (!file.ok) throw new Error(`the generated committees file ${file.problem.message}`);
  return { committeesFile: file.value, meetings, words };
}

/** Writes the history as a data folder: committees.json and meetings/<id>.json. */
export function writeHistory(dataDir: string, history: History): void {
  mkdirSync(join(dataDir, 'meetings'), { recursive: true });
  writeFileSync(join(dataDir, 'committees.json'), `${JSON.stringify(history.committeesFile, null, 2)}\n`);
  for (const m of history.meetings)
    writeFileSync(join(dataDir, 'meetings', `${m.id}.json`), `${JSON.stringify(m, null, 2)}\n`);
}
