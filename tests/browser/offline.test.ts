import AxeBuilder from '@axe-core/playwright';
import {execFile} from 'node:child_process';
import {mkdtemp, readdir, rm} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import {join, relative} from 'node:path';
import {promisify} from 'node:util';
import type {BrowserContext, Page} from 'playwright-core';
import {preview, type PreviewServer} from 'vite';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {CONTENT_SECURITY_POLICY} from '../../src/app/content-security-policy';
import {BASEMAP_SOURCE_IDS} from '../../src/map/basemap-style';
import {INTERACTIVE_LAYER_IDS} from '../../src/map/layers';
import {chromiumForThisFile, screenshot, waitForData, waitForMapIdle} from './chromium';

const ROOT = join(import.meta.dirname, '..', '..');
/** The build global-setup.ts made: the version a phone opened first. */
const DIST = join(ROOT, 'dist');
/** The next version's date (vite.config.ts reads SOURCE_DATE_EPOCH): 15 June 2030, noon UTC. */
const NEXT_BUILT = Date.UTC(2030, 5, 15, 12) / 1000;
const SEVERAL_VISITS_MS = 180_000;

const chromium = chromiumForThisFile();

/** Where the site lives on the test servers: a sub-folder, as on many hosts (the build uses relative URLs). */
const FOLDER = '/campaign-map/';

/**
 * Each test serves a build on its own port, the way global-setup.ts does (the strict CSP as a header), so it
 * can take the server away, or put the next version at the same address.
 */
function serve(outDir: string, port = 0): Promise<PreviewServer> {
  return preview({
    root: ROOT,
    base: FOLDER,
    logLevel: 'warn',
    build: {outDir},
    preview: {port, strictPort: port !== 0, host: '127.0.0.1', headers: {'Content-Security-Policy': CONTENT_SECURITY_POLICY}}
  });
}

function urlOf(server: PreviewServer): string {
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('The preview server did not report a URL.');
  if (!url.endsWith(FOLDER)) throw new Error(`Expected the site at ${FOLDER}, got ${url}`);
  return url;
}

/**
 * Waits until the waiting worker has taken over (every page of the old version is closed). Asked from a page
 * of the same origin outside the site's folder, which the worker does not control and so does not hold back.
 */
async function waitForNewWorker(context: BrowserContext, url: string): Promise<void> {
  const probe = await context.newPage();
  await probe.goto(new URL('/outside-the-site', url).href);
  await probe.waitForFunction(
    async (scope) => {
      const registration = await navigator.serviceWorker.getRegistration(scope);
      return registration !== undefined && registration.waiting === null && registration.active?.state === 'activated';
    },
    url,
    {timeout: 20_000, polling: 200}
  );
  await probe.close();
}

function watchErrors(page: Page, errors: string[] = []): string[] {
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  return errors;
}

async function openFirstTime(context: BrowserContext, url: string): Promise<{page: Page; errors: string[]}> {
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.goto(url);
  await waitForData(page);
  // The worker has precached every file and taken over the page (clientsClaim) once it is the controller.
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, {timeout: 45_000});
  return {page, errors};
}

/** The hashed entry script the page runs: it names the build. */
function entryScript(page: Page): Promise<string> {
  return page.evaluate(() => document.querySelector<HTMLScriptElement>('script[type="module"]')!.src);
}

const notice = (page: Page, text: string | RegExp) => page.getByRole('status').filter({hasText: text});

/** What axe-core finds to fix (or to review) in the header, where the notices are. */
async function headerProblems(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({page}).include('.app-header').analyze();
  return [...results.violations, ...results.incomplete].map((r) => `${r.id}: ${r.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

describe('installed and offline', () => {
  it('reopens with no network at all: finds a ZIP, opens a record and draws the map', async () => {
    const server = await serve(DIST);
    const url = urlOf(server);
    const context = await chromium().newContext({viewport: {width: 1280, height: 800}});
    const {page, errors} = await openFirstTime(context, url);

    // Every file the build ships is in the worker's cache, but the worker itself and the README's screenshot.
    const cached = await page.evaluate(async (site) => {
      const urls: string[] = [];
      for (const name of await caches.keys()) urls.push(...(await (await caches.open(name)).keys()).map((r) => r.url));
      return urls.map((u) => decodeURIComponent(new URL(u).pathname.slice(new URL(site).pathname.length)));
    }, url);
    const shipped = (await readdir(DIST, {recursive: true, withFileTypes: true}))
      .filter((f) => f.isFile())
      .map((f) => relative(DIST, join(f.parentPath, f.name)))
      .filter((f) => f !== 'sw.js' && !/^workbox-[\w-]+\.js$/.test(f) && f !== 'screenshot.png');
    expect([...cached].sort()).toEqual(shipped.sort());

    // No network: the server is gone, and the browser is offline as well.
    await server.close();
    await context.setOffline(true);
    const fromNetwork: string[] = [];
    page.on('response', (r) => {
      // blob: URLs are the page's own memory (the map's sources, src/map/source-protocol.ts), not the network.
      if (!r.fromServiceWorker() && !r.url().startsWith('blob:')) fromNetwork.push(r.url());
    });
    await page.reload();
    // Debian's Chromium 150 keeps the network cut across a reload but reports navigator.onLine as true again, so
    // the page is told once more, as a browser tells it when the connection drops (the server is gone either way).
    await context.setOffline(false);
    await context.setOffline(true);
    await waitForData(page);
    const search = page.getByRole('combobox', {name: 'Find campaigns near you'});
    await search.fill('48126');
    await page.getByRole('option', {name: 'ZIP 48126'}).first().click();
    const results = page.getByRole('list', {name: /^Records within/});
    await expect.poll(() => results.textContent()).toContain('Dearborn, MI');
    await results.getByRole('button').first().click();
    await expect.poll(() => page.locator('.details h2').textContent()).toContain('Dearborn, MI');

    await waitForMapIdle(page);
    const drawn = await page.evaluate(
      (interactive) => ({
        sources: [...new Set(window.__campaignMap.queryRenderedFeatures().map((f) => f.source))],
        labels: window.__campaignMap.queryRenderedFeatures().filter((f) => f.layer.type === 'symbol' && f.layer.layout?.['text-field'] !== undefined).length,
        records: window.__campaignMap.queryRenderedFeatures({layers: [...interactive]}).length
      }),
      INTERACTIVE_LAYER_IDS
    );
    // The basemap, labels (which need the glyphs) and the records are drawn.
    expect(drawn.sources).toEqual(expect.arrayContaining([BASEMAP_SOURCE_IDS.states, BASEMAP_SOURCE_IDS.countries]));
    expect(drawn.labels).toBeGreaterThan(0);
    expect(drawn.records).toBeGreaterThan(0);
    expect(await page.getByText('You are offline').count()).toBe(1);
    await screenshot(page, 'offline-dearborn');
    expect(fromNetwork).toEqual([]);
    expect(errors).toEqual([]);
    // And the network really is down: a file the worker does not hold cannot be had.
    expect(await page.evaluate(() => fetch('screenshot.png').then(() => 'loaded', () => 'failed'))).toBe('failed');
    await context.close();
  });

  // Each test below opens, reloads and reopens the site several times: on a busy 2-core machine that outlasts the
  // default 60 s ceiling (a ceiling against hanging, not a measure of speed).
  describe('a new version', () => {
    let next: string;
    beforeAll(async () => {
      next = await mkdtemp(join(tmpdir(), 'campaign-map-next-'));
      const vite = join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js');
      await promisify(execFile)(process.execPath, [vite, 'build', '--logLevel', 'warn', '--outDir', next, '--emptyOutDir'], {
        cwd: ROOT,
        env: {...process.env, NODE_ENV: 'production', SOURCE_DATE_EPOCH: String(NEXT_BUILT)}
      });
    });
    afterAll(async () => {
      await rm(next, {recursive: true, force: true});
    });

    it('installs beside the open one, never mixes with it, and opens on the next visit with a notice', async () => {
      const first = await serve(DIST);
      const url = urlOf(first);
      const context = await chromium().newContext({viewport: {width: 1280, height: 800}});
      const {page, errors} = await openFirstTime(context, url);
      const oldEntry = await entryScript(page);
      expect(await notice(page, /Updated|new version/).count()).toBe(0);

      // The next version goes up at the same address; the browser checks sw.js on each visit, and here at once.
      await first.close();
      const second = await serve(next, Number(new URL(url).port));
      try {
        await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())!.update());
        await notice(page, 'A new version is ready').waitFor({timeout: 45_000});
        expect(await headerProblems(page)).toEqual([]);

        // While a page of the old version is open, a reload still runs the old version, all of it.
        await page.reload();
        await waitForData(page);
        expect(await entryScript(page)).toBe(oldEntry);
        // Files without a hash in their name too: the old page still gets the old build's index.html.
        const oldName = new URL(oldEntry).pathname.split('/').pop()!;
        expect(await page.evaluate(() => fetch('index.html').then((r) => r.text()))).toContain(oldName);
        await notice(page, 'A new version is ready').waitFor();
        expect(await notice(page, 'Updated').count()).toBe(0);

        // Closed and opened again: the new version, whole, and a quiet line that says so.
        await page.close();
        await waitForNewWorker(context, url);
        const again = await context.newPage();
        watchErrors(again, errors);
        await again.goto(url);
        await waitForData(again);
        expect(await entryScript(again)).not.toBe(oldEntry);
        await notice(again, 'Updated: this is the version of Jun 15, 2030.').waitFor();
        expect(await headerProblems(again)).toEqual([]);
        expect(await again.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
        await waitForMapIdle(again);
        await screenshot(again, 'updated-notice');
        // It stays out of the way: one click and it is gone.
        await again.getByRole('button', {name: 'OK, hide this notice'}).click();
        expect(await notice(again, 'Updated').count()).toBe(0);
        expect(errors).toEqual([]);
      } finally {
        await context.close();
        await second.close();
      }
    }, SEVERAL_VISITS_MS);

    it('switches at once when asked to, reloading the open page onto the new version', async () => {
      const first = await serve(DIST);
      const url = urlOf(first);
      const context = await chromium().newContext({viewport: {width: 1280, height: 800}});
      const {page} = await openFirstTime(context, url);
      const oldEntry = await entryScript(page);
      await first.close();
      const second = await serve(next, Number(new URL(url).port));
      try {
        await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())!.update());
        const reloaded = page.waitForEvent('load', {timeout: 30_000});
        await page.getByRole('button', {name: 'Use it now'}).click();
        await reloaded;
        await waitForData(page);
        expect(await entryScript(page)).not.toBe(oldEntry);
        await notice(page, 'Updated: this is the version of Jun 15, 2030.').waitFor();
      } finally {
        await context.close();
        await second.close();
      }
    }, SEVERAL_VISITS_MS);
  });
});
