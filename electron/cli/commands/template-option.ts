// The council template a CLI document command wears: --template FILE, or else the committee's own
// (the copy in the data folder's templates/), and the words that say which styles it took.
import { readFile } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import type { Committee } from '$shared/domain';
import { describeStyles, type StyledDocument, type TemplateSource } from '../../services/docs/wear-template';
import { StoreError } from '../../services/store/store-error';
import { dataDirOf, option, type CliContext } from '../io';

async function readGiven(path: string): Promise<{ bytes: Uint8Array; name: string }> {
  try {
    return { bytes: await readFile(resolve(path)), name: basename(path) };
  } catch (err) {
    throw new StoreError(
      'NOT_FOUND',
      `The template ${resolve(path)} cannot be read (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`,
    );
  }
}

/** --template when given (a file that cannot be read is an error); else the committee's template, if it names one. */
export async function templateFor(ctx: CliContext, committee: Committee): Promise<TemplateSource> {
  const given = option(ctx.args, '--template');
  if (given) return readGiven(given);
  if (!committee.template) return undefined;
  // The API's template handlers (and what they load) only when the committee has a template.
  const { TEMPLATES_DIR } = await import('../../api/handlers/minutes-docs');
  const path = join(dataDirOf(ctx), TEMPLATES_DIR, `${committee.id}.docx`);
  try {
    return { bytes: await readFile(path), name: committee.template.fileName };
  } catch (err) {
    const why = (err as NodeJS.ErrnoException).code ?? (err as Error).message;
    return {
      error: `The committee's template ${committee.template.fileName} could not be read from ${path} (${why}); the default styles were used.`,
    };
  }
}

/** Tells the user what the template did: the styles taken and kept, or why it was not used. */
export function reportStyles(ctx: CliContext, styled: Pick<StyledDocument, 'styles' | 'templateError'>): void {
  if (styled.templateError) ctx.err(`template not used: ${styled.templateError}`);
  if (styled.styles) for (const line of describeStyles(styled.styles)) ctx.out(line);
}
