// Lint, and the process boundaries of docs/architecture.md enforced as rules, not review.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import svelte from 'eslint-plugin-svelte';
import svelteParser from 'svelte-eslint-parser';
import globals from 'globals';

const node = ['node:*', 'fs', 'fs/promises', 'path', 'os', 'child_process', 'crypto', 'http', 'url', 'worker_threads'];
const restrict = (paths, patterns = [], message) => ({
  '@typescript-eslint/no-restricted-imports': [
    'error',
    {
      paths: paths.map((name) => ({ name, message })),
      patterns: patterns.map((group) => ({ group: [group], message })),
    },
  ],
});

/** Files allowed to import 'electron': the glue (main entry, window, menu, protocol, IPC wiring, preload). */
const GLUE = ['electron/main/**', 'electron/preload/**'];

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'release/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'coverage/**'] },
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
    languageOptions: { parser: svelteParser, parserOptions: { parser: tseslint.parser, extraFileExtensions: ['.svelte'] } },
  },
  {
    files: ['shared/**'],
    rules: restrict(
      ['electron', 'lowdb', 'docx', 'svelte', 'mammoth', 'pdfjs-dist', ...node],
      ['node:*', 'svelte/*', '**/electron/**', '**/renderer/**'],
      'shared/ is pure TypeScript: no Node, Electron, Svelte, store or document libraries',
    ),
  },
  {
    files: ['renderer/**'],
    rules: restrict(['electron', 'lowdb', 'docx', ...node], ['node:*', '**/electron/**'], 'the renderer talks only to the typed API'),
  },
  {
    files: ['electron/**'],
    ignores: [...GLUE, 'electron/services/store/json-document.ts', 'electron/services/docs/**'],
    rules: restrict(['electron', 'lowdb', 'docx'], [], 'only the glue imports electron; only json-document.ts imports lowdb; only services/docs imports docx'),
  },
  {
    files: GLUE,
    rules: restrict(['lowdb', 'docx'], [], 'the glue stays thin: no store or document code'),
  },
  {
    files: ['electron/services/docs/**'],
    rules: restrict(['electron', 'lowdb'], [], 'services never import electron; only json-document.ts imports lowdb'),
  },
  {
    files: ['electron/services/store/json-document.ts'],
    rules: restrict(['electron', 'docx'], [], 'services never import electron'),
  },
);
