// `npm run cli -- <command>`: the same services as the app, from the command line. No top-level
// await: the shipped bundle is a CommonJS script (scripts/build-cli.mjs, start-bundle.ts).
import { resolve } from 'node:path';
import { runCli } from './run';

void runCli(process.argv.slice(2), {
  out: (line) => console.log(line),
  err: (line) => console.error(line),
  env: process.env,
  appRoot: resolve(import.meta.dirname, '..', '..'),
}).then((code) => {
  process.exitCode = code;
});
