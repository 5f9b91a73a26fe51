// `npm run cli -- <command>`: the shipped CLI, out/cli/scrutineer.mjs, built first only when it is
// missing or older than its sources (a fresh clone, or an edit since), then run in this process.
import { pathToFileURL } from 'node:url';
import { buildCli, CLI_FILE, cliIsStale } from './build-cli.mjs';

if (cliIsStale()) await buildCli();
await import(pathToFileURL(CLI_FILE).href);
