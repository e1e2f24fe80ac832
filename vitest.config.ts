import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // real files, real Redis, real PostgreSQL and real child processes: give them time
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // the machine has two cores; suites that start workers must not starve each other
    maxWorkers: 2,
    minWorkers: 1,
  },
});
