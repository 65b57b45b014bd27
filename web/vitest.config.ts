import { defineVitestConfig } from '@nuxt/test-utils/config';

export default defineVitestConfig({
  test: {
    environment: 'nuxt',
    include: ['tests/unit/**/*.test.ts', 'tests/nuxt/**/*.test.ts'],
    environmentOptions: { nuxt: { domEnvironment: 'happy-dom' } },
    reporters: ['default', 'json'],
    outputFile: { json: '.data/vitest-report.json' },
  },
});
