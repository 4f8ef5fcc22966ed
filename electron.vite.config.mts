import { defineConfig } from 'electron-vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { resolve } from 'node:path';
import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';
import ts from 'typescript';
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

/**
 * Lets the renderer's bundle drop what it never uses from shared/, zod's schemas above all (and zod with them):
 * the page never validates (the main process's router does), yet it imports constants, words and pure
 * functions from modules that also build schemas at their top level. A bundler must keep a top-level call it
 * cannot prove pure, and a chain such as `z.number().min(0).nullable()` defeats a plain annotation, so each
 * top-level declaration in shared/ computed by a call is wrapped in an arrow called at once and marked pure:
 * kept (and run, in the same order) if used, dropped if not. This is sound because shared/ is pure by rule
 * (docs/architecture.md): its top-level code has no effect outside the values it builds.
 */
function pureSchemas(): Plugin {
  return {
    name: 'axis-pure-schemas',
    transform(code, id) {
      if (!/[\\/]shared[\\/].*\.ts$/.test(id)) return null;
      const file = ts.createSourceFile(id, code, ts.ScriptTarget.Latest, true);
      const edits: { at: number; text: string }[] = [];
      for (const statement of file.statements) {
        if (!ts.isVariableStatement(statement)) continue;
        for (const d of statement.declarationList.declarations) {
          const init = d.initializer;
          if (!init || ts.isArrowFunction(init) || ts.isFunctionExpression(init) || !init.getText(file).includes('('))
            continue;
          edits.push(
            { at: init.getStart(file), text: '/* @__PURE__ */ (() => (' },
            { at: init.getEnd(), text: '))()' },
          );
        }
      }
      if (edits.length === 0) return null;
      let out = code;
      for (const e of edits.sort((a, b) => b.at - a.at)) out = out.slice(0, e.at) + e.text + out.slice(e.at);
      return { code: out, map: null };
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
    plugins: [svelte({ configFile: resolve(import.meta.dirname, 'svelte.config.mjs') }), reportFont(), pureSchemas()],
  },
});
