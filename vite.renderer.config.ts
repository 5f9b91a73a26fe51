import { defineConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { resolve } from 'node:path';

/** The renderer build, shared by electron-vite (the app) and `npm run dev:web` (the dev host). */
export default defineConfig({
  root: resolve(import.meta.dirname, 'renderer'),
  base: './',
  resolve: { alias: { $shared: resolve(import.meta.dirname, 'shared') } },
  plugins: [svelte({ compilerOptions: { runes: true, css: 'external' } })],
  build: {
    outDir: resolve(import.meta.dirname, 'out', 'renderer'),
    emptyOutDir: true,
    target: 'chrome130',
    // No inline scripts or styles: the CSP allows only 'self'.
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
  },
});
