// `npx electron-vite build`: main (ESM, lowdb bundled in), the sandboxed preload (one CommonJS file)
// and the renderer (the same Vite config the dev host builds with). Output in out/.
import { defineConfig } from 'electron-vite';
import { resolve } from 'node:path';
import renderer from './vite.renderer.config';

const root = import.meta.dirname;
const alias = { $shared: resolve(root, 'shared') };

export default defineConfig({
  main: {
    resolve: { alias },
    build: {
      outDir: resolve(root, 'out', 'main'),
      // lowdb is ESM-only: bundle it (and its steno) rather than load it from node_modules at run time.
      // 'electron' and Node's built-ins stay external (electron-vite's default).
      externalizeDeps: { exclude: ['lowdb', 'steno'] },
      rolldownOptions: {
        // Each worker thread is an entry of its own, beside index.js (see services/workers/worker-script.ts).
        input: {
          index: resolve(root, 'electron', 'main', 'index.ts'),
          'pdf-text.worker': resolve(root, 'electron', 'services', 'workers', 'pdf-text.worker.ts'),
          'docx-text.worker': resolve(root, 'electron', 'services', 'workers', 'docx-text.worker.ts'),
          'search-index.worker': resolve(root, 'electron', 'services', 'search', 'search-index.worker.ts'),
          'review-word.worker': resolve(root, 'electron', 'services', 'workers', 'review-word.worker.ts'),
        },
      },
    },
  },
  preload: {
    resolve: { alias },
    build: {
      outDir: resolve(root, 'out', 'preload'),
      // Nothing from node_modules in the preload; bundle whatever it imports into the one file.
      externalizeDeps: false,
      rolldownOptions: {
        input: { index: resolve(root, 'electron', 'preload', 'index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs', codeSplitting: false },
      },
    },
  },
  renderer: {
    ...renderer,
    build: {
      ...renderer.build,
      rolldownOptions: { input: resolve(root, 'renderer', 'index.html') },
    },
  },
});
