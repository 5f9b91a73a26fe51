import { parseAgenda } from './shared/agenda-import/index';
const cases: Record<string, string[]> = {
  commas: ['Audit Committee', 'Monday 21 November 2016', 'Membership', 'Co-optees', 'a, '.repeat(30000), '1. Apologies', '2. Minutes'],
  councillors: ['Audit Committee', 'Membership', 'Councillor A '.repeat(20000), '1. Apologies', '2. Minutes'],
  parens: ['Audit Committee', '('.repeat(50000), '1. Apologies', '2. Minutes'],
  spaces: ['Audit Committee', ' \t'.repeat(50000) + 'x', '1. Apologies', '2. Minutes'],
  stars: ['*_'.repeat(50000), 'Audit Committee', '1. Apologies', '2. Minutes'],
  tags: ['<b '.repeat(30000), '&#'.repeat(30000), '1. Apologies'],
  digits: ['1'.repeat(100000), '1 - '.repeat(20000), '1. Apologies', '2. Minutes'],
  items: ['Audit Committee', ...Array.from({ length: 20000 }, (_, i) => `${(i % 999) + 1}. Item title`)],
  ones: ['Audit Committee', ...Array.from({ length: 5000 }, () => '1. Apologies')],
  dates: ['Audit Committee', 'Monday '.repeat(20000) + '21 November 2016', '1. Apologies', '2. Minutes'],
  pipes: ['|'.repeat(100000), '| a | b |'.repeat(10000), '1. Apologies'],
  contact: ['Audit Committee', 'Contact: ' + 'x, '.repeat(30000), '1. Apologies', '2. Minutes'],
  emails: ['Audit Committee', 'Contact: ' + 'a@b'.repeat(30000), '1. Apologies', '2. Minutes'],
  venue: ['Audit Committee', 'Monday 21 November 2016 at 7pm in ' + 'the room, '.repeat(20000), '1. Apologies', '2. Minutes'],
};
for (const [name, lines] of Object.entries(cases)) {
  const t = performance.now();
  const r = parseAgenda(lines);
  console.log(name.padEnd(12), (performance.now() - t).toFixed(0).padStart(6), 'ms', r.ok ? `ok ${r.value.items.length}` : r.error.notFound.join(','));
}
