import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

// One run, one summary: unit tests (Node / jsdom) and end-to-end tests (real Chromium against the
// built app) are two projects of the same Vitest invocation, so the closing line counts them all.
export default defineConfig({
  plugins: [react()],
  test: {
    reporters: ['default', './test/plain-summary-reporter.ts'],
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['src/**/*.test.{ts,tsx}', 'test/unit/**/*.test.{ts,tsx}'],
          environment: 'node',
          // Whole forms rendered in jsdom take seconds when several worktrees share the 2 cores.
          testTimeout: 20_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.e2e.ts'],
          environment: 'node',
          globalSetup: ['test/e2e/global-setup.ts'],
          setupFiles: ['test/e2e/setup.ts'],
          // Software WebGL on 2 shared cores: give polled conditions time to come true.
          expect: { poll: { timeout: 15_000, interval: 100 } },
          testTimeout: 90_000,
          hookTimeout: 90_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
