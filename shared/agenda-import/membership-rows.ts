/**
 * Membership written one person to a line or one person to a table row, each with their own
 * group: "Cllr Leila Redfern (Chair) – Liberal Democrat", "Chair Cllr J Dhaliwal (Labour)",
 * a Councillor | Group | Role table, a Member | Representing table (councillors by council and
 * co-optees by body), an Authority | Councillors table, and co-optees as "Body – Name".
 */
import type { MemberRole } from '../domain';
import { norm, tidy, wordCount } from './text';

export interface PersonRow {
  name: string;
  role: MemberRole;
  /** The group, party or council as printed; null when the line names none. */
  group: string | null;
}

const PARTY_WORD =
  /\b(group|labour|conservatives?|liberal|lib dems?|greens?|independents?|reform|plaid|snp|alliance|residents?|unaligned|non-aligned|party|co-operative)\b/i;
const BODY_WORD =
  /\b(healthwatch|diocese|diocesan|governors?|representatives?|church|board|association|forum|trust|union|schools?|federation|nhs|police|youth|parent|teacher|independent|college|university|society|commission|council|partnership|network|panel|service|voluntary|community|officer|clerk|manager|director|head|services|secretary|assistant|adviser|advisor|team|democratic|committee|agenda|minutes)\b/i;
/** What a co-optee represents, beyond the bodies above: "Independent Person". */
const COOPTEE_BODY = /\b(person|persons|member|representative)\b/i;
const ROLE_WORD =
  /^(chair(man|person|woman)?|vice[\s-]*chair(man|person|woman)?|deputy[\s-]*chair(man|person|woman)?)$/i;
const PREFIX = /^(?:councillors?|cllrs?)\.?\s+/i;
const HONORIFIC = /^(?:dr|mr|mrs|ms|miss|mx|revd?|reverend|canon|prof|professor|sir|dame)\.?\s+/i;

export function roleOf(text: string): MemberRole | null {
  const t = norm(text).replace(/[()]/g, '').trim();
  if (!ROLE_WORD.test(t)) return /^member$/.test(t) ? 'member' : null;
  return /^(vice|deputy)/.test(t) ? 'vice-chair' : 'chair';
}

/** A group, party or council a person belongs to: "Liberal Democrat", "Wardenbury County Council". */
export function isGroupName(text: string): boolean {
  const t = tidy(text);
  if (t === '' || wordCount(t) > 6 || /\d|@|\s[-–—]\s/.test(t) || /\b(councillors?|cllrs?)\b/i.test(t)) return false;
  return PARTY_WORD.test(t) || /\b(council|authority)$/i.test(t);
}

/** "Frances Whitlam", "Dr Ruth Ellerby", "J. Harper": capitalised words, no more than five. */
export function looksLikeName(text: string): boolean {
  const t = tidy(text).replace(HONORIFIC, '');
  if (wordCount(t) < 2 || wordCount(t) > 5 || /\d|@|:/.test(t)) return false;
  return (
    t.split(' ').every((w) => /^(\p{Lu}[\p{L}'’.-]*|\p{Lu}\.?|de|van|von|da|le|la)$/u.test(w)) &&
    !isGroupName(t) &&
    !BODY_WORD.test(t)
  );
}

/**
 * One person on a line: "[Chair] Cllr Name [(Chair)] [(Party)] [– Party]". Needs "Cllr" or a
 * group after a dash, so an ordinary line is never read as a person.
 */
export function personLine(text: string): PersonRow | null {
  let t = tidy(text);
  let role: MemberRole = 'member';
  const lead =
    /^(chair(?:man|person)?|vice[\s-]*chair(?:man|person)?|deputy[\s-]*chair(?:man|person)?)\s*:?\s+(?=(?:councillor|cllr))/i.exec(
      t,
    );
  if (lead) {
    role = roleOf(lead[1] ?? '') ?? 'member';
    t = t.slice(lead[0].length);
  }
  const prefixed = PREFIX.test(t);
  t = t.replace(PREFIX, '');
  let group: string | null = null;
  const dash = /\s+[-–—]\s+([^()]+)$/.exec(t);
  if (dash) {
    if (!isGroupName(dash[1] ?? '')) return null;
    group = tidy(dash[1] ?? '');
    t = t.slice(0, dash.index);
  }
  if (!prefixed && group === null) return null;
  for (const m of t.matchAll(/\(([^()]*)\)/g)) {
    const inside = tidy(m[1] ?? '');
    const r = roleOf(inside);
    if (r) role = r;
    else if (isGroupName(inside) && group === null) group = inside;
    else return null;
  }
  const name = tidy(t.replace(/\([^()]*\)/g, ' '));
  return looksLikeName(name) ? { name, role, group } : null;
}

export interface MemberTable {
  who: number;
  group: number;
  role: number | null;
}

/** "Councillor | Group | Role", "Member | Representing", "Authority | Councillors": the columns of a membership table. */
export function memberTableHeader(row: readonly string[]): MemberTable | null {
  const at = (re: RegExp) => row.findIndex((c) => re.test(norm(c)));
  const who = at(/^(councillors?|cllrs?|members?|name|panel members?)$/);
  const group = at(/^(group|political group|party|representing|authority|council|local authority|body)$/);
  const role = at(/^(role|position)$/);
  if (who < 0 || group < 0 || who === group) return null;
  return { who, group, role: role < 0 ? null : role };
}

/** "Healthwatch Norbridge – Alexa Stewartby" or "Alexa Stewartby – Healthwatch Norbridge": a co-optee and body. */
export function bodyAndName(text: string): { name: string; body: string } | null {
  const m = /^(.+?)\s+[-–—]\s+(.+)$/.exec(tidy(text));
  if (!m) return null;
  const [left, right] = [tidy(m[1] ?? ''), tidy(m[2] ?? '')];
  if (looksLikeName(right) && !looksLikeName(left)) return { name: right, body: left };
  if (looksLikeName(left) && !looksLikeName(right)) return { name: left, body: right };
  return null;
}

/** A cell of people: "Cllr Aled Rhydderch (Chairman)", "Dr Ruth Ellerby", "Frances Whitlam (Chair), Lucinda Shore". */
export function looksLikePeople(cell: string): boolean {
  const names = tidy(cell.replace(/\([^()]*\)/g, ' '))
    .split(/\s*(?:,|;|&|\band\b)\s*/)
    .map((n) => n.replace(PREFIX, '').trim())
    .filter((n) => n !== '');
  return names.length > 0 && names.every(looksLikeName);
}

/**
 * "Mr Ian Rusholme Independent Person": a co-optee's name and body cells a PDF printed as one.
 * Split only where exactly one place gives a name on the left and a body (a word such as
 * "Person", "Diocese", "Governor") on the right; "Mr Keith Dunmore Kelmscott Healthwatch" could
 * be either "Dunmore | Kelmscott Healthwatch" or "Dunmore Kelmscott | Healthwatch", so stays whole.
 */
export function nameThenBody(text: string): { name: string; body: string } | null {
  const words = tidy(text).split(' ');
  const splits: { name: string; body: string }[] = [];
  for (let k = 2; k < words.length; k++) {
    const name = words.slice(0, k).join(' ');
    const body = words.slice(k).join(' ');
    if (looksLikeName(name) && (BODY_WORD.test(body) || COOPTEE_BODY.test(body)) && !looksLikeName(body))
      splits.push({ name, body });
  }
  return splits.length === 1 ? (splits[0] ?? null) : null;
}
