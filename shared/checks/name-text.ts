// Names as written: normalised for comparing, and picked out of running text as runs of
// capitalised words ("Councillor Elaine Chumney", "Centrepont", "Children's Services").

/** Typographic apostrophes and quotes as the plain one, so ’ and ' are the same spelling. */
export function plainApostrophes(s: string): string {
  return s.replace(/[’‘`´ʼ]/g, "'");
}

/** A spelling as a reader would compare it: apostrophes unified, spaces collapsed, case kept. */
export function surfaceKey(s: string): string {
  return plainApostrophes(s).replace(/\s+/g, ' ').trim();
}

/** One name part for comparing: lower case, accents, apostrophes, hyphens and full stops removed. */
export function normalisePart(part: string): string {
  return plainApostrophes(part)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['.-]/g, '');
}

/** The parts of a name ("Rachael Wright-Turner" → rachael, wrightturner), a trailing possessive dropped. */
export function nameParts(name: string): string[] {
  const words = plainApostrophes(name).split(/\s+/).filter(Boolean);
  if (words.length) words[words.length - 1] = withoutPossessive(words[words.length - 1]!);
  return words.map(normalisePart).filter(Boolean);
}

export function withoutPossessive(word: string): string {
  return word.replace(/'s$/i, '');
}

/** Titles written before a name; the name after one is a person's. */
const TITLES = new Set([
  'councillor',
  'councillors',
  'cllr',
  'mr',
  'mrs',
  'ms',
  'miss',
  'dr',
  'professor',
  'prof',
  'sir',
  'dame',
]);

export interface Phrase {
  /** As written, without any title ("Elaine Chumney"). */
  surface: string;
  /** The words as written. */
  words: string[];
  /** Normalised parts, one per word. */
  parts: string[];
  /** A title stood before it ("Councillor Needham"), so it names a person. */
  titled: boolean;
  /** Its first word begins a sentence, so its capital says nothing. */
  sentenceStart: boolean;
}

const WORD = /\p{L}+(?:['’-]\p{L}+)*(?:['’]s)?/gu;

function isCapitalised(word: string): boolean {
  return /^\p{Lu}/u.test(word);
}

/** A short word in capitals is an acronym ("HWB", "SEN"), not a name's spelling to compare; "THOMAS" is a name. */
function isAcronym(word: string): boolean {
  return word.length <= 4 && !/\p{Ll}/u.test(word);
}

/** Runs of capitalised words in a text, each with its title (if any) taken off. */
export function phrasesIn(text: string): Phrase[] {
  const out: Phrase[] = [];
  let run: string[] = [];
  let runStart = true;
  let titled = false;
  let lastEnd = 0;
  const flush = () => {
    if (run.length) {
      const words = run.slice();
      words[words.length - 1] = withoutPossessive(plainApostrophes(words[words.length - 1]!));
      out.push({
        surface: surfaceKey(words.join(' ')),
        words,
        parts: words.map(normalisePart),
        titled,
        sentenceStart: runStart,
      });
    }
    run = [];
    titled = false;
  };
  for (const m of text.matchAll(WORD)) {
    const word = m[0];
    const gap = text.slice(lastEnd, m.index);
    const joined = run.length > 0 || titled ? /^[ \t\u00a0]+$/.test(gap) : false;
    if (!joined) flush();
    const startsSentence = (lastEnd === 0 && /^\s*["“'(]?\s*$/.test(gap)) || /[.!?:]\s*["“'(]?\s*$/.test(gap);
    lastEnd = m.index + word.length;
    if (!isCapitalised(word) || isAcronym(word)) {
      flush();
      continue;
    }
    if (TITLES.has(word.toLowerCase())) {
      flush();
      titled = true;
      runStart = startsSentence;
      continue;
    }
    if (run.length === 0 && !titled) runStart = startsSentence;
    run.push(word);
  }
  flush();
  return out;
}
