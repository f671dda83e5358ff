import type {Browser, BrowserContextOptions, Page} from 'playwright-core';
import {afterAll, beforeAll} from 'vitest';
import type {Map as MaplibreMap} from 'maplibre-gl';
import {mkdirSync} from 'node:fs';
import {join} from 'node:path';
import {launchChromium} from '../../src/cli/chromium';
import {LAYER_IDS} from '../../src/map/layers';

declare global {
  interface Window {
    /** The app exposes its map for tests (src/map/CampaignMap.tsx). */
    __campaignMap: MaplibreMap;
  }
}

export const SCREENSHOT_DIR = join(import.meta.dirname, 'screenshots');

/** A browser that cannot draw WebGL at all, as some old phones and locked-down machines are. */
export const NO_WEBGL = ['--disable-gpu', '--disable-software-rasterizer'];

export {launchChromium};

/** One Chromium per test file, launched before its tests and closed after them. */
export function chromiumForThisFile(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => browser!;
}

/** Waits until every data file has arrived or failed: the search box is there and no file is still loading. */
export async function waitForData(page: Page): Promise<void> {
  // The search box appears once the data is in, whatever the link opens (filters, a list or details), in any language.
  await page.locator('.search input[role="combobox"]').waitFor();
  await page.locator('[data-files-loading]').waitFor({state: 'detached'});
}

/** Waits until the map has drawn everything it asked for (tiles, glyphs, fades). */
export async function waitForMapIdle(page: Page): Promise<void> {
  await page.waitForFunction(() => window.__campaignMap !== undefined, null, {timeout: 30_000});
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        window.__campaignMap.once('idle', () => resolve());
        window.__campaignMap.triggerRepaint();
      })
  );
}

/**
 * Does what changes the filters, then waits until the map has taken them and drawn them: the map reads the filters
 * through React's useDeferredValue (the panel paints first), so an idle right after the change can still be the
 * old filters' idle.
 */
export async function changeFiltersAndWaitForMap(page: Page, change: () => Promise<void>): Promise<void> {
  const filterOf = () => page.evaluate((id) => JSON.stringify(window.__campaignMap.getFilter(id) ?? null), LAYER_IDS.places);
  const before = await filterOf();
  await change();
  await page.waitForFunction(
    ([id, old]) => JSON.stringify(window.__campaignMap.getFilter(id!) ?? null) !== old,
    [LAYER_IDS.places, before] as const,
    {timeout: 30_000}
  );
  await waitForMapIdle(page);
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, {recursive: true});
  await page.screenshot({path: join(SCREENSHOT_DIR, `${name}.png`)});
}

export interface OpenPage {
  page: Page;
  requests: string[];
  errors: string[];
}

/**
 * Opens the app (optionally at a shared link's query) in its own context and waits until its data and map are
 * drawn. Close it with `page.context().close()`, awaited, so nothing is left closing after the browser.
 */
export async function openMap(
  browser: Browser,
  url: string,
  options: BrowserContextOptions = {viewport: {width: 1280, height: 800}}
): Promise<OpenPage> {
  // No service worker unless a test asks for one (tests/browser/offline.test.ts): each fresh context would
  // otherwise download the whole site for offline use in the background of every test.
  const context = await browser.newContext({serviceWorkers: 'block', ...options});
  const page = await context.newPage();
  const requests: string[] = [];
  const errors: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  await page.goto(url);
  await waitForData(page);
  await waitForMapIdle(page);
  return {page, requests, errors};
}
