/** What the lines of an agenda's front sheet look like: committee headings, authorities, labels. */
import { matchForm, norm, tidy, wordCount } from './text';

const BODY =
  '(committee|sub-committee|subcommittee|board|panel|commission|forum|cabinet|assembly|partnership|(?:task|working|task and finish) group)';
const ENDS_WITH_BODY = new RegExp(`\\b${BODY}(\\s*\\([^()]{1,60}\\))?$`);
const LEADING_WORDS =
  /^(?:meeting\s+(?=[a-z]{3,}\s)(?!of\b)|agenda\s+(?:for|of)\s+(?:the\s+)?|agenda\s*-\s*|notice\s+of\s+(?:a\s+)?meeting\s+of\s+(?:the\s+)?|summons\s+to\s+attend\s+(?:a\s+)?meeting\s+of\s+(?:the\s+)?|(?:a\s+)?meeting\s+of\s+(?:the\s+)?)/;
const TRAILING_WORDS = /(?:\s*[-:,]?\s*(?:agenda|minutes|notice of meeting|supplementary agenda|agenda pack))+$/;

/**
 * The committee's name from a heading line, kept as written: "Children and Education Policy
 * and Accountability Committee Agenda" gives "Children and Education Policy and
 * Accountability Committee". null when the line is not a committee heading.
 */
export function committeeFromHeading(text: string): string | null {
  const original = tidy(text);
  if (original.length < 5 || original.length > 160 || original.includes('@') || wordCount(original) > 18) return null;
  if (/[.;!?]$/.test(original) || /:\s/.test(original)) return null;
  // "Overview and Scrutiny Committee - Tuesday, 16th January, 2024 7.00 pm": the date is not the name.
  const dated = /\s+[-–—]\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day\b.*$/i.exec(original);
  if (dated) return committeeFromHeading(original.slice(0, dated.index));
  const form = matchForm(original);
  const lead = LEADING_WORDS.exec(form);
  const start = lead ? lead[0].length : 0;
  const trail = TRAILING_WORDS.exec(form.slice(start));
  const end = trail ? start + trail.index : form.length;
  const name = original.slice(start, end).trim();
  if (!ENDS_WITH_BODY.test(norm(name))) return null;
  if (/^(members|membership|to|the public|reports?)\b/.test(norm(name))) return null;
  if (!/^["'‘“(]?\p{Lu}/u.test(name)) return null;
  return name;
}

export function looksLikeCommitteeHeading(text: string): boolean {
  return committeeFromHeading(text) !== null;
}

/** "London Borough of Hammersmith & Fulham", "LOWMOOR DISTRICT COUNCIL", "Greater Wexcombe Combined Authority". */
export function looksLikeAuthority(text: string): boolean {
  const original = tidy(text);
  if (original.length < 6 || original.length > 90 || wordCount(original) > 10 || /[.:;@]/.test(original)) return false;
  if (!/^\p{Lu}/u.test(original)) return false;
  const t = norm(original);
  if (/^(the |full |county |borough |city |district |town |parish |this |our )?council$/.test(t)) return false;
  if (/\b(website|meeting|chamber|offices?|committee|group)\b/.test(t)) return false;
  return (
    /^(the )?((london|royal|metropolitan) )?borough of \S/.test(t) ||
    /^(the )?(city|county|city and county|corporation) of \S/.test(t) ||
    /\bcouncil$/.test(t) ||
    /\b(combined|fire and rescue|police and crime|national park|greater london|unitary) authority$/.test(t)
  );
}

/** The value after a label ("Venue: Council Chamber" gives "Council Chamber"), or null; '' when the value is on the next line. */
export function labelled(text: string, label: RegExp): string | null {
  const t = text.trim();
  const m = new RegExp(`^(?:${label.source})\\s*(?:[:\\t]|[-–—]\\s)\\s*`, 'i').exec(t);
  if (!m) return null;
  return tidy(t.slice(m[0].length));
}

export const DATE_ISSUED_LABEL =
  /date\s+issued|issue\s+date|issued(?:\s+on)?|date\s+of\s+(?:publication|issue|despatch|dispatch)|published(?:\s+on)?|publication\s+date|date\s+published|despatched(?:\s+on)?|dispatched(?:\s+on)?|despatch\s+date/;
export const CONTACT_LABEL =
  /contact\s+officers?(?:\s+for\s+this\s+(?:agenda|meeting))?|officer\s+contact|contact|enquiries(?:\s+to)?|for\s+(?:further\s+|more\s+)?(?:information|enquiries|details)(?:\s+about\s+this\s+agenda)?,?\s+(?:please\s+)?contact|please\s+contact|committee\s+(?:clerk|officer|administrator|co-?ordinator|contact)|democratic\s+services(?:\s+officer)?|clerk(?:\s+to\s+the\s+\w+)?|scrutiny\s+officer/;
export const VENUE_LABEL = /venue|place|location|where|meeting\s+(?:venue|place|location)/;
export const TIME_LABEL = /time|start(?:\s+time)?|meeting\s+time|starts?\s+at/;
export const DATE_LABEL = /date(?:\s+of\s+meeting)?|meeting\s+date|when/;

/**
 * "Membership: Councillor A Stirling (Chair); ...": a list of members after its label and a colon
 * (a Scottish agenda prints it after the items). A colon only: "Members\tCllr A" is a table row.
 */
const MEMBERSHIP_LIST =
  /^(?:membership|members|committee\s+members(?:hip)?|members\s+of\s+the\s+(?:committee|panel|board|sub-committee|commission|cabinet))\s*:\s*\S/i;

export function isLabelledAny(text: string): boolean {
  return (
    [DATE_ISSUED_LABEL, CONTACT_LABEL, VENUE_LABEL, TIME_LABEL, DATE_LABEL].some((l) => labelled(text, l) !== null) ||
    MEMBERSHIP_LIST.test(text.trim())
  );
}

/** A venue: a room, chamber, hall... rather than a sentence. */
export function looksLikePlace(text: string): boolean {
  const t = norm(text);
  if (t.length < 4 || t.length > 150 || t.includes('@') || /[.!?]$/.test(t.replace(/\b[a-z]{1,3}\.$/, '')))
    return false;
  return /\b(rooms?|chambers?|halls?|house|centres?|centers?|offices?|buildings?|library|civic|guildhall|suites?|depot|pavilion|museum|online|virtual|teams|zoom)\b/.test(
    t,
  );
}

/** Lines of the standing notes that follow the membership ("Members of the public are welcome..."). */
export function isStandingNote(text: string): boolean {
  return /^(members of the public|reports on|this meeting|the public|agendas?\b|please\b|note:|notes?\b|if you\b|webcast|recording|filming|fire |access|a loop|hearing|disabled|the press|copies of|information for)/.test(
    norm(text),
  );
}
