// Import cycles in shared/: none between modules, and none between its folders (a folder that
// needs another's code must not be needed by it). Run by `npm run lint` (depcruise shared).
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-module-cycle',
      comment: 'Modules of shared/ that import each other, directly or through others.',
      severity: 'error',
      from: { path: '^shared/' },
      to: { circular: true },
    },
    {
      name: 'no-folder-cycle',
      comment: 'Folders of shared/ that import each other (commands and rules, say).',
      severity: 'error',
      scope: 'folder',
      from: { path: '^shared/' },
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.shared.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.js'] },
  },
};
