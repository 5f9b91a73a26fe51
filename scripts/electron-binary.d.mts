export declare const ELECTRON_INSTALL_NODE: string;
export declare function findElectronBinary(
  repoRoot: string,
): { found: true; path: string } | { found: false; reason: string };
export declare function canDownloadElectron(version?: string): boolean;
