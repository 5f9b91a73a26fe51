/** The contact officer: a labelled block, a "please contact ... on ..." sentence, or a letter's signature. */
import type { CleanLine } from './clean-lines';
import type { ParsedContact } from './types';
import { CONTACT_LABEL, isLabelledAny, isStandingNote, labelled } from './front-sheet-patterns';
import { field, tidy, wordCount } from './text';
import { looksLikeName } from './membership-rows';
import { flat, linesCovering, nonBlank } from './front-lines';

/** Tested word by word, anchored: an unanchored e-mail pattern backtracks badly on text like "a@ba@ba@b...". */
const EMAIL_WORD = /^[^\s<>()[\],;:@]+@[^\s<>()[\],;:@]+\.[a-z]{2,}$/i;

/** "Tel 020 8753 2063", "Tel: 01632 960417", "0121 496 0123": the number as written, label dropped. */
function phoneOf(text: string): string | null {
  const value = text
    .trim()
    .replace(/^(?:tel(?:ephone)?|phone|t|direct\s+(?:line|dial)|dl|mobile|mob)\.?\s*:?\s*(?=[+(\d])/i, '');
  if (!/^[+(]?\d[\d\s()+.-]{5,}(\s*(ext\.?|extension|x)\s*\d+)?$/i.test(value)) return null;
  return (value.match(/\d/g) ?? []).length >= 6 ? value : null;
}

function emailOf(text: string): string | null {
  for (const word of text.split(/[\s<>()[\],;]+/)) {
    const candidate = word.replace(/^(?:e-?mail|email address):/i, '').replace(/[.:]+$/, '');
    if (candidate.includes('@') && EMAIL_WORD.test(candidate)) return candidate;
  }
  return null;
}

/** "Tel", "E-mail:", "Tel/Email": the label before a number or address. */
const CHANNEL = '(?:tel(?:ephone)?|phone|e-?mail)';
const CHANNEL_LABEL = new RegExp(`^${CHANNEL}(?:\\s*/\\s*${CHANNEL})*\\b\\.?:?\\s*(?=\\S)`, 'i');
const ONLY_CHANNEL_LABEL = new RegExp(`^${CHANNEL}(?:\\s*/\\s*${CHANNEL})*\\.?:?$`, 'i');

/** "Name · 01799 540227 · clerk@x", "Name Tel. 0161 770 5151 E-mail x@y", "01902 555046 or x@y": the parts. */
function contactParts(text: string): string[] {
  return text
    .split(/\s*[,\t·|;]\s*|\s+or\s+|\.?\s+(?=(?:tel(?:ephone)?|phone|e-?mail)\b\.?)/i)
    .map((p) => p.trim())
    .filter((p) => !ONLY_CHANNEL_LABEL.test(p))
    .map((p) => p.replace(CHANNEL_LABEL, ''))
    .filter((p) => p !== '');
}

/** "For further information please contact Samantha Morris on 01905 844871 or sm@x.gov.uk." */
function contactInSentence(lines: CleanLine[]): ParsedContact | null {
  for (let k = 0; k < lines.length; k++) {
    const c = lines[k] as CleanLine;
    // A PDF wraps the sentence: the line straight after it goes on with it until the full stop.
    const next = lines[k + 1];
    const window = next && next.index === c.index + 1 && !/\.$/.test(flat(c)) ? [c, next] : [c];
    const text = window.map(flat).join(' ');
    const m = /\bcontact\s+((?:\p{Lu}[\p{L}'’-]*\s+){1,3}\p{Lu}[\p{L}'’-]*)\s+(?:on|at|by|tel)\b/u.exec(text);
    if (!m || m.index >= flat(c).length) continue;
    const from = m.index + m[0].length;
    const rest = text.slice(from);
    const phone = /(\+?\d[\d\s]{8,}\d)/.exec(rest);
    const email = emailOf(rest);
    if (!phone && !email) continue;
    const at = (value: string, offset: number) => linesCovering(window, from + offset, from + offset + value.length);
    return {
      name: field(tidy(m[1] ?? ''), linesCovering(window, m.index, from)),
      title: null,
      team: null,
      phone: phone ? field(tidy(phone[1] ?? ''), at(phone[0], phone.index)) : null,
      email: email ? field(email, at(email, rest.indexOf(email))) : null,
    };
  }
  return null;
}

/** A letter's signature: a name, a title, then the phone and e-mail ("Yours sincerely, / Rachel Fordyce / ..."). */
function signedContact(lines: CleanLine[]): ParsedContact | null {
  const at = lines.findIndex((c) => emailOf(flat(c)) !== null);
  if (at < 0) return null;
  for (let k = at - 1; k >= Math.max(0, at - 4); k--) {
    const c = lines[k] as CleanLine;
    if (!looksLikeName(flat(c))) continue;
    const block = lines.slice(k + 1, at + 1);
    const parts = block.flatMap((b) => contactParts(b.text).map((text) => ({ text, line: b })));
    const phone = parts.find((p) => phoneOf(p.text) !== null);
    const email = parts.find((p) => emailOf(p.text) !== null);
    return {
      name: field(flat(c), [c]),
      title: null,
      team: null,
      phone: phone ? field(phoneOf(phone.text) ?? '', [phone.line]) : null,
      email: email ? field(emailOf(email.text) ?? '', [email.line]) : null,
    };
  }
  return null;
}

/** The contact officer block: name, then title and team, phone and e-mail, in any order after the name. */
export function findContact(front: CleanLine[], after: CleanLine[] = []): ParsedContact | null {
  const lines = [...nonBlank(front), ...nonBlank(after)];
  const at = lines.findIndex((c) => labelled(c.text, CONTACT_LABEL) !== null);
  if (at < 0) return contactInSentence(lines) ?? signedContact(lines);
  const head = lines[at] as CleanLine;
  const tokens: { text: string; line: CleanLine }[] = [];
  const addLine = (c: CleanLine, text: string): void => {
    for (const part of contactParts(text)) tokens.push({ text: part, line: c });
  };
  addLine(head, labelled(head.text, CONTACT_LABEL) ?? '');
  for (const c of lines.slice(at + 1, at + 8)) {
    const t = flat(c);
    const known = phoneOf(t) !== null || emailOf(t) !== null;
    if (!known && (isLabelledAny(c.text) || isStandingNote(t) || t.length > 70 || /[.!?]$/.test(t) || wordCount(t) > 9))
      break;
    // A blank line ends the block unless what follows is the phone or e-mail.
    const gap = c.index - (tokens[tokens.length - 1]?.line.index ?? head.index) > 1;
    if (gap && !known) break;
    // The line's own text: its cells ("Tel/Email | 01902 555046 or ...") are parts of their own.
    addLine(c, c.text);
    if (emailOf(t)) break;
  }
  const contact: ParsedContact = { name: field('', [head]), title: null, team: null, phone: null, email: null };
  const text: { text: string; line: CleanLine }[] = [];
  for (const tok of tokens) {
    const email = emailOf(tok.text);
    const phone = phoneOf(tok.text);
    if (email) contact.email ??= field(email, [tok.line]);
    else if (phone) contact.phone ??= field(phone, [tok.line]);
    else text.push(tok);
  }
  const [name, title, team] = text;
  if (!name) return null;
  contact.name = field(name.text, [name.line]);
  if (title) contact.title = field(title.text, [title.line]);
  if (team) contact.team = field(team.text, [team.line]);
  return contact;
}
