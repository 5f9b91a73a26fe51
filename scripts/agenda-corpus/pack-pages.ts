/**
 * The pages a whole pack carries after its front sheet: the previous meeting's minutes and the
 * reports, each with numbered headings of their own (the trap: an import must not take these as
 * agenda items). The council scripts choose the numbering and the wording they print.
 */
import { esc, PAGE_BREAK } from './corpus-agenda';

export interface MinutesPages {
  council: string;
  committee: string;
  /** "Monday 13 November 2023" as the minutes print it. */
  heldOn: string;
  venue: string;
  present: string;
  /** Minute headings as numbered in the minutes ("1.", "45.", "23/45"), with a paragraph each. */
  minutes: { number: string; heading: string; text: string }[];
  /** Printed page number of the first minutes page. */
  firstPage: number;
}

export function minutesPages(m: MinutesPages): string {
  const rows = m.minutes.map((x) => `<h3>${esc(x.number)} ${esc(x.heading)}</h3>\n<p>${esc(x.text)}</p>`).join('\n');
  return `${PAGE_BREAK}
<p style="text-align:right">Page ${m.firstPage}</p>
<p><b>${esc(m.council)}</b></p>
<h2>MINUTES of a meeting of the ${esc(m.committee)}</h2>
<p>held on ${esc(m.heldOn)} at ${esc(m.venue)}</p>
<p><b>Present:</b> ${esc(m.present)}</p>
${rows}
<p>The meeting ended at 8.47 pm.</p>
<p>Chair ............................................ Date ....................</p>`;
}

export interface ReportPages {
  firstPage: number;
  /** "Report of the Director of Children's Services". */
  from: string;
  title: string;
  /** Headings as numbered inside the report ("1. Purpose of the report", "2. Recommendations"). */
  sections: { number: string; heading: string; paragraphs: string[] }[];
  appendix?: { title: string; rows: string[][] };
}

export function reportPages(r: ReportPages): string {
  const body = r.sections
    .map(
      (s) => `<h3>${esc(s.number)} ${esc(s.heading)}</h3>\n${s.paragraphs.map((p) => `<p>${esc(p)}</p>`).join('\n')}`,
    )
    .join('\n');
  const appendix = r.appendix
    ? `${PAGE_BREAK}
<p style="text-align:right">Page ${r.firstPage + 2}</p>
<h2>${esc(r.appendix.title)}</h2>
<table border="1" cellpadding="4" style="border-collapse:collapse">${r.appendix.rows.map((row) => `<tr>${row.map((c) => `<td>${esc(c)}</td>`).join('')}</tr>`).join('\n')}</table>`
    : '';
  return `${PAGE_BREAK}
<p style="text-align:right">Page ${r.firstPage}</p>
<table border="1" cellpadding="4" style="border-collapse:collapse;width:100%">
<tr><td>Report of:</td><td>${esc(r.from)}</td></tr>
<tr><td>Subject:</td><td>${esc(r.title)}</td></tr>
</table>
<h2>${esc(r.title)}</h2>
${body}
${appendix}`;
}
