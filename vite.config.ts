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

/** The lazily loaded map (src/app/App.tsx), whose download should not wait for the entry script to run. */
const MAP_MODULE = '/src/map/CampaignMap.tsx';

/**
 * The map's chunk and what it imports (MapLibre, most of the code) are fetched from the page's head, beside the
 * entry script, instead of once the entry has run and React has rendered: `<link rel="modulepreload">` is no
 * script, so the strict policy stays. The entry's own imports Vite preloads already.
 */
function preloadMap(): Plugin {
  let base = './';
  return {
    name: 'preload-map',
    apply: 'build',
    configResolved: (config) => {
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler: (_html, {bundle}) => {
        const chunks = Object.values(bundle ?? {}).filter((c) => c.type === 'chunk');
        const map = chunks.find((c) => c.facadeModuleId?.endsWith(MAP_MODULE));
        if (!map) throw new Error(`preload-map: no chunk for ${MAP_MODULE}; was it renamed?`);
        const entries = chunks.filter((c) => c.isEntry);
        const ofEntries = new Set(entries.flatMap((c) => [c.fileName, ...c.imports]));
        const files = [map.fileName, ...map.imports].filter((file) => !ofEntries.has(file));
        const css = map.viteMetadata?.importedCss ?? new Set<string>();
        return [
          ...files.map((file) => ({tag: 'link', attrs: {rel: 'modulepreload', crossorigin: true, href: `${base}${file}`}, injectTo: 'head' as const})),
          ...[...css].map((file) => ({tag: 'link', attrs: {rel: 'preload', as: 'style', crossorigin: true, href: `${base}${file}`}, injectTo: 'head' as const}))
        ];
      }
    }
  };
}

// Relative base: the built site works from any static path (a sub-folder, a USB stick served locally).
export default defineConfig({
  base: './',
  plugins: [react(), contentSecurityPolicy(), preloadMap()],
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
