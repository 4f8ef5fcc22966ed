import { defineConfig } from 'vitest/config';
import { aliases } from './aliases.mjs';

// Unit and integration tests run in parallel; the end-to-end files share one Chromium per file and are
// slower, so they get a longer timeout. Both cores are used; more workers only thrash this machine.
export default defineConfig({
  resolve: { alias: aliases },
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    maxWorkers: 2,
  },
});
