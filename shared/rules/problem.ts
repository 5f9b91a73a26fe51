/**
 * A broken rule found in a meeting's captured data. `subject` names the thing the problem is
 * about ("clock", "item:<id>", "attendance:<personId>", "declaration:<id>", "question:<id>",
 * "resolution:<id>"), `field` the field of that thing, and `key` identifies the problem without
 * its details, so a command can tell a problem it introduces from one that was already there.
 */
export interface RuleProblem {
  key: string;
  code: string;
  message: string;
  subject: string;
  field: string;
}

export function problem(code: string, subject: string, field: string, message: string, detail = ''): RuleProblem {
  return { key: `${code}|${subject}|${field}|${detail}`, code, message, subject, field };
}
