// Lint: type-aware TypeScript rules and Svelte's own, over every source folder. Import boundaries and
// circles are checked by dependency-cruiser (.dependency-cruiser.cjs, `npm run lint:deps`), formatting by
// Prettier (`prettier --check .` in `npm run lint`); docs/architecture.md says what may import what.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import svelteConfig from './svelte.config.mjs';

export default tseslint.config(
  {
    ignores: [
      'out/**',
      'dist/**',
      'node_modules/**',
      '.electron-native/**',
      'tests/.artifacts/**',
      'tests/fixtures/**/*.sqlite',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  ...svelte.configs.recommended,
  {
    languageOptions: {
      globals: { ...globals.node },
      parserOptions: {
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
        extraFileExtensions: ['.svelte'],
      },
    },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: {
      globals: { ...globals.browser },
      parserOptions: { parser: tseslint.parser, svelteConfig },
    },
  },
  {
    files: ['renderer/**/*.ts'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    rules: {
      // A leading underscore marks a value that is deliberately left unused (a destructured rest, a callback
      // parameter kept for its position).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none', ignoreRestSiblings: true },
      ],
      // Flags every Map, Set and Date a component builds, reactive or not; most here are local working values
      // inside a function or a $derived, which must not be reactive.
      'svelte/prefer-svelte-reactivity': 'off',
    },
  },
  {
    // Templates are type-checked by svelte-check (npm run typecheck); the parser's type information for
    // component props is partial, so the "unsafe any" family would flag well-typed callbacks.
    // Tests read JSON from files and processes, where a value is checked by the assertion that follows.
    files: ['**/*.svelte', 'tests/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },
  {
    files: ['**/*.mjs', '**/*.cjs'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    // Fakes of async interfaces in tests, and benchmark baselines that are timed through the same awaited
    // call as the operation they are compared with, are async without awaiting on purpose.
    files: ['tests/**/*.ts', 'scripts/bench/**/*.ts'],
    rules: { '@typescript-eslint/require-await': 'off' },
  },
  {
    files: ['**/*.cjs'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
