import type { CliCommand } from '../io';
import { listCommand } from './list';
import { validateCommand } from './validate';
import { exportMeetingCommand, importMeetingCommand } from './meeting-file';
import { agendaCommand } from './agenda';
import { demoCommand, minutesCommand } from './minutes';
import { importAgendaCommand } from './import-agenda';
import { verifyCommand } from './verify';
import { importReviewCommand } from './import-review';
import { checkCommand } from './check';
import { searchCommand } from './search';
import { checkDocxCommand } from './check-docx';

/** Every CLI command. Later capabilities add theirs here (minutes, agenda, import-agenda, ...). */
export const CLI_COMMANDS: CliCommand[] = [
  listCommand,
  validateCommand,
  exportMeetingCommand,
  importMeetingCommand,
  agendaCommand,
  importAgendaCommand,
  minutesCommand,
  demoCommand,
  verifyCommand,
  importReviewCommand,
  checkCommand,
  searchCommand,
  checkDocxCommand,
];
