import { defineConfig } from 'vitest/config';

/** Browser tests: the built site and a real CMS, driven by Debian's Chromium (see tests/e2e). */
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/e2e/**/*.e2e.test.ts'],
    testTimeout: 60000,
    hookTimeout: 240000,
    fileParallelism: false,
    reporters: ['default', 'json'],
    outputFile: { json: '.data/vitest-e2e-report.json' },
  },
});
