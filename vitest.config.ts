import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { resolve } from 'node:path';
import { availableParallelism } from 'node:os';

export default defineConfig({
  // Compiles Svelte 5 runes in *.svelte.ts, so the renderer's state classes run in Node tests.
  resolve: { alias: { $shared: resolve(import.meta.dirname, 'shared') } },
  plugins: [svelte({ configFile: false, compilerOptions: { runes: true } })],
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/integration/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    pool: 'forks',
    // Vitest's default is one worker fewer than the cores, which is ONE on a 2-core machine: half of it
    // idle while the longest files run. Each file runs in a process of its own, on its own temp folders.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    setupFiles: ['tests/setup/fast-check-seed.ts'],
    // Every API answer is parsed with its channel's output schema (electron/api/handle.ts): a contract break fails loudly.
    env: { SCRUTINEER_CHECK_OUTPUT: '1' },
  },
});
