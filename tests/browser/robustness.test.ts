import type {GeoJSONSource} from 'maplibre-gl';
import type {Page, Route} from 'playwright-core';
import {describe, expect, inject, it} from 'vitest';
import {DATA_KEYS} from '../../src/loaders/dataset';
import {LAYER_IDS, LINK_LAYER_IDS, SOURCE_IDS} from '../../src/map/layers';
import {changeFiltersAndWaitForMap, chromiumForThisFile, launchChromium, NO_WEBGL, openMap, screenshot, waitForData, waitForMapIdle} from './chromium';

const baseUrl = inject('baseUrl');
const chromium = chromiumForThisFile();

/** How many features a map source holds, drawn in view or not (the Palestinian towns are off screen at the US view). */
function sourceSize(page: Page, source: string): Promise<number> {
  return page.evaluate(async (id) => ((await window.__campaignMap.getSource<GeoJSONSource>(id)!.getData()) as GeoJSON.FeatureCollection).features.length, source);
}

function rendered(page: Page, layers: readonly string[]): Promise<number> {
  return page.evaluate((ids) => window.__campaignMap.queryRenderedFeatures({layers: [...ids]}).length, layers);
}

/** Opens the app with the CSP violations it causes recorded in the page. */
async function openRecordingViolations(url: string, route?: (page: Page) => Promise<unknown>) {
  const context = await chromium().newContext({viewport: {width: 1280, height: 800}});
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.addInitScript(() => {
    (window as unknown as {violations: string[]}).violations = [];
    document.addEventListener('securitypolicyviolation', (e) => (window as unknown as {violations: string[]}).violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  await route?.(page);
  await page.goto(url);
  return {page, errors};
}

describe('a crafted link', () => {
  it('is checked against the data: prototype names never reach the map, and the person is told what was dropped', async () => {
    const {page, errors} = await openRecordingViolations(`${baseUrl}?sel=link:__proto__&t=ceasefire,__proto__,toString&hide=constructor&name=%E2%80%AEevil`);
    await waitForData(page);
    await waitForMapIdle(page);
    await expect.poll(() => page.locator('.notice').allTextContents()).toEqual([
      expect.stringContaining('This link named 2 campaign types that the map does not know'),
      expect.stringContaining('This link named 1 layer'),
      expect.stringContaining('This link named a record that is not in the data')
    ]);
    expect(await page.evaluate(() => Object.prototype.hasOwnProperty.call(Object.prototype, 'selected'))).toBe(false);
    // The render loop still runs: a filter change is drawn.
    expect(await rendered(page, [LAYER_IDS.places, LAYER_IDS.clusters])).toBeGreaterThan(5);
    await changeFiltersAndWaitForMap(page, () => page.getByRole('checkbox', {name: /Ceasefire Resolution/}).uncheck());
    expect(await rendered(page, [LAYER_IDS.places, LAYER_IDS.clusters])).toBe(0);
    // The address no longer carries what was dropped.
    expect(new URL(page.url()).searchParams.get('sel')).toBeNull();
    await screenshot(page, 'hostile-link');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('naming a prototype property in every other selection kind leaves the map working', async () => {
    // The unit tests try every prototype name in every kind against the store; here the whole page, once per kind.
    for (const [kind, id] of [['jurisdiction', '__proto__'], ['locality', 'constructor'], ['state', 'toString']]) {
      const {page, errors} = await openMap(chromium(), `${baseUrl}?sel=${kind}:${id}`);
      expect(await page.locator('.details').count(), `${kind}:${id}`).toBe(0);
      expect(await page.locator('.notice').textContent()).toContain('not in the data');
      expect(await page.evaluate(() => Object.prototype.hasOwnProperty.call(Object.prototype, 'selected'))).toBe(false);
      expect(errors, `${kind}:${id}`).toEqual([]);
      await page.context().close();
    }
  });
});

// The files as the build prepared them (src/loaders/prepared.ts); messages still name the data file.
const SISTER = /sister-cities-[\w-]+\.json$/;
const POLICE = /police-exchanges-[\w-]+\.json$/;

describe('a file that fails', () => {
  const failures: [string, RegExp, (route: Route) => Promise<void>, RegExp][] = [
    ['answers 404', SISTER, (r) => r.fulfill({status: 404, body: 'Not found'}), /sister-cities\.csv could not be loaded: the server answered HTTP 404/],
    ['answers 500', SISTER, (r) => r.fulfill({status: 500, body: 'oops'}), /sister-cities\.csv could not be loaded: the server answered HTTP 500/],
    ['answers with a web page', POLICE, (r) => r.fulfill({status: 200, contentType: 'text/html', body: '<!doctype html><title>Home</title>'}), /police-exchanges\.csv: the server answered with a web page, not CSV/]
  ];
  for (const [what, pattern, answer, message] of failures) {
    it(`${what}: is named, and every other layer still shows`, async () => {
      const {page, errors} = await openRecordingViolations(baseUrl, (p) => p.route(pattern, answer));
      await waitForData(page);
      await waitForMapIdle(page);
      expect(await page.getByRole('alert').textContent()).toMatch(message);
      expect(await rendered(page, [LAYER_IDS.places, LAYER_IDS.clusters])).toBeGreaterThan(5);
      expect(await rendered(page, [LAYER_IDS.stateLaws])).toBeGreaterThan(0);
      expect(await sourceSize(page, SOURCE_IDS.localities)).toBeGreaterThan(20);
      expect(errors).toEqual([]);
      await page.context().close();
    });
  }

  it('is fetched again, alone, by its "Try again", and then shows', async () => {
    let failing = true;
    const requests: string[] = [];
    const {page} = await openRecordingViolations(baseUrl, async (p) => {
      p.on('request', (r) => requests.push(new URL(r.url()).pathname));
      await p.route(SISTER, (route) => (failing ? route.fulfill({status: 404, body: ''}) : route.fallback()));
    });
    await waitForData(page);
    await waitForMapIdle(page);
    expect(await rendered(page, Object.values(LINK_LAYER_IDS))).toBe(0);
    await screenshot(page, 'file-failed');
    failing = false;
    const before = requests.length;
    await page.getByRole('alert').getByRole('button', {name: 'Try again'}).click();
    await expect.poll(() => page.getByRole('alert').count()).toBe(0);
    // The file is read in the data worker, so its links are drawn a moment after it arrives.
    await expect.poll(async () => {
      await waitForMapIdle(page);
      return rendered(page, Object.values(LINK_LAYER_IDS));
    }).toBeGreaterThan(0);
    expect(requests.slice(before).filter((path) => !path.includes('/fonts/'))).toEqual([expect.stringMatching(SISTER)]);
    await page.context().close();
  });

  it('never arrives: is named after its timeout, while everything else was shown long before', async () => {
    const {page} = await openRecordingViolations(baseUrl, (p) => p.route(SISTER, () => undefined));
    await waitForMapIdleWhenDataShows(page);
    expect(await rendered(page, [LAYER_IDS.places, LAYER_IDS.clusters])).toBeGreaterThan(5);
    expect(await page.locator('[data-files-loading]').textContent()).toContain('Still loading one data file');
    await page.getByRole('alert').filter({hasText: 'sister-cities.csv did not arrive within 20 s'}).waitFor({timeout: 30_000});
    await page.context().close();
  });
});

describe('while the data is on its way', () => {
  it('the header already has its links, so the map does not jump when the data arrives, and neither the panel nor About counts what is still loading', async () => {
    let release = () => {};
    const arrived = new Promise<void>((resolve) => (release = resolve));
    const context = await chromium().newContext({viewport: {width: 390, height: 844}, isMobile: true, hasTouch: true});
    const page = await context.newPage();
    // Every data file waits until the test lets it through.
    await page.route(/assets\/[\w-]+\.json$/, async (route) => {
      await arrived;
      await route.fallback();
    });
    await page.goto(baseUrl);
    // From the first render: on a phone these links take the header's second line.
    await page.locator('.app-header').waitFor();
    expect(await page.locator('.app-header').getByRole('button').allTextContents()).toEqual(expect.arrayContaining(['Copy link', 'About the data']));
    await page.waitForFunction(() => window.__campaignMap !== undefined, null, {timeout: 30_000});
    const mapHeight = () => page.locator('.map-wrap').evaluate((el) => el.getBoundingClientRect().height);
    const before = await mapHeight();
    // Nothing has arrived: the panel does not blame the filters for it. (The first view waits briefly once the
    // first file is in, here the placement boundaries, which are not held.)
    await expect.poll(() => page.locator('.filter-summary').count(), {timeout: 15_000}).toBe(1);
    expect(await page.locator('.filter-summary').textContent()).toBe('');
    expect(await page.getByRole('button', {name: 'Show everything again'}).count()).toBe(0);
    // About the data says the figures are not in yet, rather than counting none.
    await page.getByRole('button', {name: 'About the data'}).click();
    const about = page.getByRole('dialog', {name: 'About the data'});
    await expect.poll(() => about.getByRole('status').textContent()).toBe(`Still loading ${DATA_KEYS.length} data files…`);
    release();
    await expect.poll(() => about.textContent(), {timeout: 30_000}).toMatch(/\d+ records on the map/);
    await expect.poll(() => about.getByRole('status').count(), {timeout: 30_000}).toBe(0);
    await about.getByRole('button', {name: 'Close'}).click();
    await waitForData(page);
    await waitForMapIdle(page);
    expect(await mapHeight()).toBe(before);
    await context.close();
  });
});

/** The map shows what has arrived while one file is still on its way. */
async function waitForMapIdleWhenDataShows(page: Page): Promise<void> {
  await page.getByRole('combobox', {name: 'Find campaigns near you'}).waitFor();
  await waitForMapIdle(page);
}

describe('the strict Content-Security-Policy', () => {
  it('is in the built page and served as a header, and loading, searching and opening a record break none of it', async () => {
    const {page, errors} = await openRecordingViolations(baseUrl);
    await waitForData(page);
    await waitForMapIdle(page);
    const meta = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(meta).toContain("connect-src 'self'");
    const response = await page.request.get(baseUrl);
    expect(response.headers()['content-security-policy']).toBe(meta);
    await page.getByRole('combobox', {name: 'Find campaigns near you'}).fill('48126');
    await page.getByRole('option', {name: 'ZIP 48126'}).click();
    await page.getByRole('list', {name: /^Records within/}).getByRole('button').first().click();
    await page.locator('.details h2').waitFor();
    expect(await page.evaluate(() => (window as unknown as {violations: string[]}).violations)).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('a browser without WebGL', () => {
  it('says it cannot draw the map, and the list and search still work', async () => {
    const browser = await launchChromium(NO_WEBGL);
    try {
      const page = await browser.newPage({viewport: {width: 1280, height: 800}});
      await page.goto(baseUrl);
      await waitForData(page);
      await page.getByRole('alert').filter({hasText: 'Your browser cannot draw this map; the list and search still work.'}).waitFor();
      // Nothing offers to move a map that is not there.
      expect(await page.getByRole('button', {name: 'Alaska'}).count()).toBe(0);
      await page.getByRole('combobox', {name: 'Find campaigns near you'}).fill('48126');
      await page.getByRole('option', {name: 'ZIP 48126'}).click();
      await expect.poll(() => page.getByRole('list', {name: /^Records within/}).textContent()).toContain('Dearborn, MI');
      await screenshot(page, 'no-webgl');
    } finally {
      await browser.close();
    }
  });
});

describe("the campaigns' words, in a file of their own", () => {
  it('are not waited for by the map, the counts or About, come when a card opens, and a card says so when they cannot', async () => {
    let fail = () => {};
    const failing = new Promise<void>((resolve) => (fail = resolve));
    let asked = 0;
    // No service worker: once it controls the page it would answer from its own copy, which a route cannot hold.
    const context = await chromium().newContext({viewport: {width: 1280, height: 800}, serviceWorkers: 'block'});
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.route(/campaign-words-[\w-]+\.json$/, async (route) => {
      asked++;
      await failing;
      await route.fulfill({status: 404, body: 'Not found'});
    });
    await page.goto(baseUrl);
    // The map draws every campaign and the panel counts them with the words still held back.
    await waitForData(page);
    await waitForMapIdle(page);
    expect(await rendered(page, [LAYER_IDS.clusters, LAYER_IDS.places])).toBeGreaterThan(0);
    expect(parseInt((await page.getByRole('checkbox', {name: /Ceasefire Resolution/}).locator('xpath=..').locator('.count').textContent()) ?? '', 10)).toBeGreaterThan(100);
    expect(asked).toBe(0);
    // About counts the sites the campaigns cite from a file of their own, without the words.
    await page.getByRole('button', {name: 'About the data'}).click();
    const about = page.getByRole('dialog', {name: 'About the data'});
    await expect.poll(() => about.locator('.about-sites[aria-busy="false"]').textContent()).toMatch(/\w+\.\w+/);
    expect(asked).toBe(0);
    await page.keyboard.press('Escape');
    await about.waitFor({state: 'hidden'});
    // A place's profile lists its campaigns: their cards wait for the words, then fail by saying so.
    await page.getByRole('combobox', {name: 'Find campaigns near you'}).fill('48126');
    await page.getByRole('option', {name: 'ZIP 48126'}).click();
    await page.getByRole('list', {name: /^Records within/}).getByRole('button').first().click();
    const card = page.locator('.details .card[aria-busy]').first();
    await expect.poll(() => card.textContent()).toContain('Loading its words and sources…');
    await expect.poll(() => asked).toBe(1);
    fail();
    await expect.poll(() => card.getByRole('alert').textContent()).toBe('Its words and sources could not be read. Reload the page to try again.');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('give a card its title, summary and sources once they arrive', async () => {
    const {page, errors} = await openRecordingViolations(baseUrl);
    await waitForData(page);
    await page.getByRole('combobox', {name: 'Find campaigns near you'}).fill('48126');
    await page.getByRole('option', {name: 'ZIP 48126'}).click();
    await page.getByRole('list', {name: /^Records within/}).getByRole('button').first().click();
    const card = page.locator('.details .card[aria-busy="false"]').first();
    await card.locator('h4').waitFor();
    expect(await card.locator('a[href^="http"]').count()).toBeGreaterThan(0);
    expect(await page.locator('.details [aria-busy="true"]').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
