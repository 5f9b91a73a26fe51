import type { CliCommand } from '../io';

/**
 * A CLI command as the table knows it: its name, usage and summary for help and for parsing its
 * options, and the module that runs it, loaded only when it runs. A command's module brings in
 * what it needs (docx, jszip, mammoth, pdfjs, minisearch...), so `list` or `help` loads none of
 * them. The usage and summary repeat the command's own; tests/unit/cli-commands.test.ts holds
 * them equal.
 */
export interface CliCommandEntry {
  name: string;
  usage: string;
  summary: string;
  load(): Promise<CliCommand>;
}

/** Every CLI command. A new command adds its entry here (and its module under commands/). */
export const CLI_COMMANDS: CliCommandEntry[] = [
  {
    name: 'list',
    usage: 'list [--data-dir D]',
    summary: 'committees and their meetings, with ids',
    load: async () => (await import('./list')).listCommand,
  },
  {
    name: 'validate',
    usage: 'validate [--data-dir D]',
    summary: 'checks every file of the data folder; prints each problem naming the file; exit 1 if any',
    load: async () => (await import('./validate')).validateCommand,
  },
  {
    name: 'export-meeting',
    usage: 'export-meeting <meeting-id> --out file.json [--data-dir D]',
    summary: 'writes one meeting, with a snapshot of its committee, as a file to open on another machine',
    load: async () => (await import('./meeting-file')).exportMeetingCommand,
  },
  {
    name: 'import-meeting',
    usage: 'import-meeting <file.json> [--replace] [--add-people] [--data-dir D]',
    summary:
      'adds a meeting file (and its committee if new); checks every person, item and paragraph it names against the committee it will live in; ' +
      'adds people the committee here lacks only with --add-people; refuses to overwrite a different version unless --replace',
    load: async () => (await import('./meeting-file')).importMeetingCommand,
  },
  {
    name: 'agenda',
    usage: 'agenda <meeting-id|meeting.json> --out agenda.docx [--template council.docx] [--data-dir D]',
    summary:
      "writes the agenda front sheet (membership, contact, items) as a Word document, in the committee's template (or --template); says which styles it took",
    load: async () => (await import('./agenda')).agendaCommand,
  },
  {
    name: 'import-agenda',
    usage: 'import-agenda <file.docx|file.pdf|file.txt|file.md> [--json]',
    summary: 'prints what the agenda import reads from a file (creates nothing)',
    load: async () => (await import('./import-agenda')).importAgendaCommand,
  },
  {
    name: 'minutes',
    usage:
      'minutes <meeting-id|meeting.json> --out minutes.docx [--template council.docx] [--confidential] [--data-dir D]',
    summary:
      "writes the draft minutes as a Word document, in the committee's template (or --template) over the house style; says which styles each gave, and lists the gaps still to complete",
    load: async () => (await import('./minutes')).minutesCommand,
  },
  {
    name: 'demo',
    usage: 'demo --out DIR',
    summary: 'writes the sample meeting (19 September 2016) as draft minutes and its agenda front sheet, into DIR',
    load: async () => (await import('./minutes')).demoCommand,
  },
  {
    name: 'verify',
    usage: 'verify <meeting-id|meeting.json> <published.docx|published.pdf> [--data-dir D]',
    summary:
      'checks a meeting file against a published copy of its approved minutes (record number and text); exit 0 if they match, 1 if not',
    load: async () => (await import('./verify')).verifyCommand,
  },
  {
    name: 'import-review',
    usage: 'import-review <meeting-id|meeting.json> <chair.docx> [--json] [--data-dir D]',
    summary:
      "shows what the Chair's returned Word copy would add to the review (suggestions, comments); creates nothing",
    load: async () => (await import('./import-review')).importReviewCommand,
  },
  {
    name: 'check',
    usage: 'check <meeting-id|meeting.json> [--json] [--data-dir D]',
    summary:
      'runs the checks before sign-off (names spelled two ways, owners, resolutions, interests, exempt items, attendance, gaps); exit 1 if any finding is open',
    load: async () => (await import('./check')).checkCommand,
  },
  {
    name: 'check-docx',
    usage: 'check-docx <file.docx> [--json]',
    summary:
      "checks a Word file against Word's Accessibility Checker rules for minutes and agendas; exit 1 if it finds anything, 2 if the file cannot be read",
    load: async () => (await import('./check-docx')).checkDocxCommand,
  },
  {
    name: 'search',
    usage: 'search "<query>" [--committee C] [--from D] [--to D] [--json] [--data-dir D]',
    summary: 'searches every meeting (notes, resolutions, actions, questions, declarations, titles, people)',
    load: async () => (await import('./search')).searchCommand,
  },
];
