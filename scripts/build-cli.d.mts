/** out/cli: the bundled CLI and its workers. */
export declare const CLI_OUT: string;
/** out/cli/scrutineer.mjs */
export declare const CLI_FILE: string;
/** True when an output is missing or older than any source file. */
export declare function cliIsStale(): boolean;
/** Builds the CLI and its workers; answers the files written, relative to the repository. */
export declare function buildCli(): Promise<string[]>;
