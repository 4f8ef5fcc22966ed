import { defineConfig } from 'electron-vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { resolve } from 'node:path';
import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';
import { aliases } from './aliases.mjs';

/** The report's font at a fixed path beside the page (shared/report/printJob.ts, REPORT_FONT_PATH), so a
 * report printed from its own self-contained page uses the same typeface as the preview. */
function reportFont(): Plugin {
  const fileName = 'report-fonts/inter-latin-wght-normal.woff2';
  return {
    name: 'axis-report-font',
    generateBundle() {
      const source = readFileSync(
        resolve(import.meta.dirname, 'node_modules/@fontsource-variable/inter/files/inter-latin-wght-normal.woff2'),
      );
      this.emitFile({ type: 'asset', fileName, source });
    },
  };
}

export default defineConfig({
  main: {
    resolve: { alias: aliases },
    // better-sqlite3 stays external (it is in "dependencies"): it is a native module loaded at run time. The
    // import worker is its own file beside main.js, started as a worker thread (electron/core/data/importJobs.ts).
    build: {
      lib: {
        entry: {
          main: resolve(import.meta.dirname, 'electron/main/main.ts'),
          importWorker: resolve(import.meta.dirname, 'electron/core/data/importWorker.ts'),
        },
      },
    },
  },
  preload: {
    resolve: { alias: aliases },
    // A sandboxed preload can require nothing but electron: bundle everything it uses into one CommonJS file.
    build: {
      externalizeDeps: false,
      lib: { entry: resolve(import.meta.dirname, 'electron/preload/preload.ts') },
      rollupOptions: { output: { format: 'cjs', entryFileNames: '[name].js' } },
    },
  },
  renderer: {
    resolve: { alias: aliases },
    root: resolve(import.meta.dirname, 'renderer'),
    // Relative asset paths so the same build works from app:// in Electron and from http:// in the tests.
    base: './',
    // Minified: electron-vite leaves the renderer unminified by default, which nearly doubles its size.
    build: {
      rollupOptions: { input: resolve(import.meta.dirname, 'renderer/index.html') },
      minify: true,
      chunkSizeWarningLimit: 800,
    },
    // The renderer root is renderer/, so the Svelte config must be named explicitly (otherwise runes mode is silently off).
    plugins: [svelte({ configFile: resolve(import.meta.dirname, 'svelte.config.mjs') }), reportFont()],
  },
});
