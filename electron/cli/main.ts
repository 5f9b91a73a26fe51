// `npm run cli -- <command>`: the same services as the app, from the command line.
import { resolve } from 'node:path';
import { runCli } from './run';

const code = await runCli(process.argv.slice(2), {
  out: (line) => console.log(line),
  err: (line) => console.error(line),
  env: process.env,
  appRoot: resolve(import.meta.dirname, '..', '..'),
});
process.exitCode = code;
