// Lint, and the process boundaries of docs/architecture.md enforced as rules, not review.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import svelte from 'eslint-plugin-svelte';
import svelteParser from 'svelte-eslint-parser';
import globals from 'globals';

// Each folder says what it may import (an allow-list: a new dependency is refused until a folder
// is given it here). 'node:*' means Node's built-in modules; relative imports stay in the tree,
// and may not reach into the folders named in `notInto`.
const escape = (text) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
function allowOnly(packages, message, notInto = []) {
  const allowed = [
    '(?!\\.{1,2}/)',
    ...packages.map((p) => (p === 'node:*' ? '(?!node:)' : `(?!${escape(p)}(?:/|$))`)),
  ].join('');
  const patterns = [{ regex: `^${allowed}`, message }];
  if (notInto.length) patterns.push({ regex: `^\\.{1,2}/(?:\\.\\./)*(?:${notInto.join('|')})/`, message });
  return { '@typescript-eslint/no-restricted-imports': ['error', { patterns }] };
}

/** Where each library may be used, by file or folder under electron/ (everything there may use Node and zod). */
const ELECTRON_AREAS = [
  { files: ['electron/main/**', 'electron/preload/**'], packages: ['electron'], what: 'the Electron glue' },
  { files: ['electron/services/store/json-document.ts'], packages: ['lowdb'], what: 'json-document.ts' },
  {
    files: ['electron/services/docs/**'],
    packages: ['docx', 'jszip', '@xmldom/xmldom', 'saxes', 'yazl'],
    what: 'the document writers',
  },
  {
    files: ['electron/services/import/**', 'electron/services/workers/**'],
    packages: ['jszip', 'mammoth', 'pdfjs-dist', 'saxes', '@xmldom/xmldom', 'tsx'],
    what: 'the import readers and workers',
  },
  {
    files: ['electron/services/review-word/**'],
    packages: ['jszip', 'saxes', '@xmldom/xmldom'],
    what: "the Chair's Word copy (export and reader)",
  },
  { files: ['electron/devhost/**'], packages: ['ws'], what: 'the dev host' },
  { files: ['electron/services/search/**'], packages: ['minisearch'], what: 'the search index' },
];
const electronRule = (packages, what) =>
  allowOnly(
    ['node:*', 'zod', '$shared', ...packages],
    `${what} may import ${['Node', 'zod', ...packages].join(', ')} and its own files; give a folder a library in eslint.config.js`,
    ['renderer', 'shared'],
  );

export default tseslint.config(
  {
    ignores: [
      'out/**',
      'dist/**',
      'release/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
      'coverage/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...svelte.configs['flat/recommended'],
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'svelte/no-at-html-tags': 'error',
    },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: {
      parser: svelteParser,
      parserOptions: { parser: tseslint.parser, extraFileExtensions: ['.svelte'] },
    },
  },
  {
    files: ['shared/**'],
    rules: allowOnly(['zod'], 'shared/ may import only zod and its own files: it runs in Node and in the page', [
      'electron',
      'renderer',
      'tests',
      'resources',
    ]),
  },
  {
    files: ['renderer/**'],
    rules: allowOnly(
      ['svelte', 'zod', '$shared'],
      'the renderer may import only svelte, zod, shared/ and its own files: it talks to the services through the typed API',
      ['electron', 'tests', 'shared'],
    ),
  },
  {
    files: ['electron/**'],
    ignores: ELECTRON_AREAS.flatMap((a) => a.files),
    rules: electronRule([], 'electron/'),
  },
  ...ELECTRON_AREAS.map((a) => ({ files: a.files, rules: electronRule(a.packages, a.what) })),
);
