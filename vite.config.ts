import react from '@vitejs/plugin-react';
import type {Plugin} from 'vite';
import {VitePWA} from 'vite-plugin-pwa';
import {defineConfig} from 'vitest/config';
import {CONTENT_SECURITY_POLICY} from './src/app/content-security-policy.ts';
import {preparedData} from './src/build/prepared-data.ts';

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

/** Set SOURCE_DATE_EPOCH for a reproducible build; otherwise the build's own time names this version. */
const BUILT = process.env.SOURCE_DATE_EPOCH ? new Date(Number(process.env.SOURCE_DATE_EPOCH) * 1000) : new Date();

/**
 * An installable, offline web app: a Workbox service worker precaches everything the map needs (app shell,
 * data, basemap, glyphs, gazetteer, icons), so a phone that opened the map once opens it again with no network.
 * Every URL is relative to the site folder (`base: './'`): sw.js, its scope and the manifest's start_url and
 * scope are the folder the site is served from.
 */
function offlineApp(): Plugin[] {
  return VitePWA({
    // 'prompt', not 'autoUpdate': a new worker waits instead of taking over open pages (see src/ui/UpdateNotice.tsx).
    registerType: 'prompt',
    // Registered by src/ui/UpdateNotice.tsx through the virtual module: no inline script, so script-src 'self' holds.
    injectRegister: false,
    includeManifestIcons: false,
    manifest: {
      name: 'Campaign Map: US municipal campaigns for Palestinian rights',
      short_name: 'Campaign Map',
      description: 'An offline map of US municipal campaigns for Palestinian rights.',
      id: './',
      start_url: './',
      scope: './',
      display: 'standalone',
      lang: 'en',
      theme_color: '#137a4b',
      background_color: '#ffffff',
      icons: [
        {src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any'},
        {src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any'},
        {src: 'icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable'}
      ]
    },
    workbox: {
      // Everything the map reads: hashed JS, CSS and workers, the prepared data files (assets/*.json), the
      // basemap, the glyph PBFs, the gazetteer, the icons and the credits. Not the README's screenshot.
      // The plugin adds manifest.webmanifest itself; the icons come with the PNGs, hence includeManifestIcons: false.
      globPatterns: ['**/*.{html,js,css,json,csv,geojson,pbf,png,svg,txt}'],
      globIgnores: ['screenshot.png'],
      // Today the largest files (the map bundle, countries.geojson, zips.csv) are 1.1 to 1.7 MB, but a national
      // dataset's campaigns.csv is 34 MB, and an offline copy without its data is no copy: Workbox's size guard
      // would fail the build, so it is set far above any data file (the glob above already says what is cached).
      maximumFileSizeToCacheInBytes: 512 * 1024 * 1024,
      // Any navigation inside the folder (a shared link's query included) opens the cached page.
      navigateFallback: 'index.html',
      // The first visit is taken over as soon as the worker is ready, so it keeps working if the network drops.
      clientsClaim: true,
      skipWaiting: false,
      cleanupOutdatedCaches: true
    },
    devOptions: {enabled: false}
  });
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
  plugins: [react(), contentSecurityPolicy(), preloadMap(), preparedData('data'), offlineApp()],
  // Which version this is: src/ui/UpdateNotice.tsx tells a person when a new one has replaced the one they had.
  define: {__APP_BUILT__: JSON.stringify(BUILT.toISOString())},
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
