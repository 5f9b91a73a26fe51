/** The committee's name and the authority's, from the front sheet's headings or its summons sentence. */
import type { CleanLine } from './clean-lines';
import type { Field } from './types';
import { committeeFromHeading, labelled, looksLikeAuthority } from './front-sheet-patterns';
import { field, matchForm, wordCount } from './text';
import { flat, linesCovering, nonBlank } from './front-lines';

const SUMMONS_BODY =
  /^(?:meeting of|members of) (?:the )?((?:[^\s]+ ){0,12}?(?:[^\s]+ )?\b(?:committee|sub-committee|board|panel|commission|forum|cabinet|(?:parish|town|community) council))\b/;

export function findCommittee(front: CleanLine[]): Field<string> | null {
  const lines = nonBlank(front).slice(0, 80);
  for (let k = 0; k < lines.length; k++) {
    const c = lines[k] as CleanLine;
    // "Meeting:  Scrutiny Board" in a details table.
    const given = labelled(c.text, /meeting|committee|meeting\s+of/);
    const named = given ? committeeFromHeading(given) : null;
    if (named) return field(named, [c]);
    const name = committeeFromHeading(flat(c));
    if (name) return field(name, [c]);
    // A heading wrapped onto a second line by a PDF: "... and Accountability" / "Committee".
    // Only a long line wraps (or one ending mid-phrase); "Public Document Pack" is not half a name.
    const next = lines[k + 1];
    const wraps = flat(c).length >= 30 || /\b(and|of|for|the|on|&|-)$/i.test(flat(c));
    if (next && wraps && next.index === c.index + 1 && wordCount(flat(next)) <= 5 && !looksLikeAuthority(flat(c))) {
      const joined = committeeFromHeading(`${flat(c)} ${flat(next)}`);
      if (joined) return field(joined, [c, next]);
    }
  }
  // "Notice is hereby given that a meeting of the X Committee will be held ...": the name as a
  // run of capitalised words ("of", "and" between), so "Members of the Council You are ..." is not one.
  for (let k = 0; k < lines.length; k++) {
    const window = lines.slice(k, k + 2);
    const text = window.map(flat).join(' ');
    const form = matchForm(text);
    for (const lead of form.matchAll(/\b(?:meeting|members) of /g)) {
      const m = SUMMONS_BODY.exec(form.slice(lead.index));
      if (m?.[1] === undefined) continue;
      const at = lead.index + m[0].indexOf(m[1]);
      const name = text.slice(at, at + m[1].length);
      if (wordCount(name) < 2 || /\b(meeting|members) of\b/i.test(name)) continue;
      if (
        !/^\p{Lu}/u.test(name) ||
        !name.split(/\s+/).every((w) => /^(\p{Lu}|&|and\b|of\b|for\b|the\b|on\b|in\b|-)/u.test(w))
      )
        continue;
      return field(name, linesCovering(window, at, at + m[1].length));
    }
  }
  return null;
}

/** On the front sheet, or just after the item list (a pack's next document carries the authority's name). */
export function findAuthority(front: CleanLine[], after: CleanLine[]): Field<string> | null {
  for (const c of [...nonBlank(front).slice(0, 80), ...nonBlank(after).slice(0, 4)]) {
    if (looksLikeAuthority(flat(c))) return field(flat(c), [c]);
  }
  return null;
}
