import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Real-browser tests: Chromium (Playwright) and Firefox ESR (Puppeteer) drive the built extension.
// One file at a time: each launches a browser, and CI machines have two cores.
export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    environment: 'node',
    include: ['tests/browser/**/*.test.ts'],
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 120_000,
    globalSetup: ['tests/browser/global-setup.ts'],
    env: { TZ: 'UTC' },
  },
});
