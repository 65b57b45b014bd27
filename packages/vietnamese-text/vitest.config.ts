import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // The JSON report is counted in `pnpm test`'s closing "N passed, N failed" line (scripts/test.mjs).
    reporters: ['default', 'json'],
    outputFile: { json: '.data/vitest-report.json' },
  },
});
