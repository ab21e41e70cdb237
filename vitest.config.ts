import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 20_000,
    hookTimeout: 20_000,
    pool: 'forks',
    // One throwaway PostgreSQL for the run (or TEST_DATABASE_URL): test/helpers/pg-global-setup.ts.
    globalSetup: ['test/helpers/pg-global-setup.ts'],
  },
});
