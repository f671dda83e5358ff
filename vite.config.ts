import react from '@vitejs/plugin-react';
import type {Plugin} from 'vite';
import {defineConfig} from 'vitest/config';
import {CONTENT_SECURITY_POLICY} from './src/app/content-security-policy.ts';

/** The strict policy goes into the built page only: Vite's dev server injects inline scripts and styles. */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [
      {tag: 'meta', attrs: {'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY}, injectTo: 'head-prepend'}
    ]
  };
}

// Relative base: the built site works from any static path (a sub-folder, a USB stick served locally).
export default defineConfig({
  base: './',
  plugins: [react(), contentSecurityPolicy()],
  build: {
    chunkSizeWarningLimit: 1500,
    // Never inline a file as a data: URL: `connect-src 'self'` blocks fetching one, and the data would not load.
    assetsInlineLimit: 0
  },
  test: {
    reporters: ['default', './tests/summary-reporter.ts'],
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.{ts,tsx}'],
          environment: 'node'
        }
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/browser/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 180_000,
          // One Chromium at a time: the machine has two cores and WebGL runs in software.
          fileParallelism: false
        }
      }
    ]
  }
});
