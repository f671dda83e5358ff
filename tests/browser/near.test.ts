import type {Page} from 'playwright-core';
import {describe, expect, inject, it} from 'vitest';
import {openMap, screenshot, chromiumForThisFile, waitForMapIdle} from './chromium';

const baseUrl = inject('baseUrl');
const chromium = chromiumForThisFile();

const searchBox = (page: Page) => page.getByRole('combobox', {name: 'Find campaigns near you'});
const results = (page: Page) => page.getByRole('list', {name: /^Records within/});

async function searchFor(page: Page, text: string, pick: string | RegExp) {
  await searchBox(page).fill(text);
  await page.getByRole('option', {name: pick}).first().waitFor();
  await page.getByRole('option', {name: pick}).first().click();
}

/** The view a person sees, as far as a shared link must reproduce it. */
async function viewOf(page: Page) {
  return page.evaluate(() => ({
    center: window.__campaignMap.getCenter().toArray().map((n) => Number(n.toFixed(3))),
    zoom: Number(window.__campaignMap.getZoom().toFixed(1)),
    heading: document.querySelector('.details h2, .nearby h2')?.textContent ?? null,
    checked: [...document.querySelectorAll<HTMLInputElement>('.filters input[type=checkbox]')].map((c) => c.checked)
  }));
}

describe('near me, the results list and shared links', () => {
  it('finds campaigns near a ZIP code, and a copied link shows another person the same view', async () => {
    const {page, requests} = await openMap(chromium(), baseUrl, {viewport: {width: 1280, height: 800}, permissions: ['clipboard-read', 'clipboard-write']});
    // The nationwide gazetteer (about 2 MB) is fetched only once someone starts to search.
    const gazetteerRequests = () => requests.filter((url) => /\/gazetteer\/(places|counties|zips)\.csv$/.test(url));
    expect(gazetteerRequests()).toEqual([]);
    await searchFor(page, '48126', 'ZIP 48126');
    expect(gazetteerRequests()).toHaveLength(3);
    await expect.poll(() => results(page).textContent()).toContain('Dearborn, MI');
    const first = results(page).getByRole('button').first();
    expect(await first.textContent()).toContain('Dearborn, MI');
    // The map shows the chosen area, around the ZIP code.
    await waitForMapIdle(page);
    expect(await page.evaluate(() => window.__campaignMap.getBounds().contains([-83.18, 42.33]))).toBe(true);
    await screenshot(page, 'near-zip');

    await page.getByRole('checkbox', {name: /Sister Cities/}).uncheck();
    // Hovering Dearborn's marker on the map highlights its row in the list.
    const marker = await page.evaluate(() => window.__campaignMap.project([-83.17631, 42.32226]));
    const box = (await page.locator('.maplibregl-canvas').boundingBox())!;
    await page.mouse.move(box.x + marker.x, box.y + marker.y);
    await expect.poll(() => first.getAttribute('class')).toContain('is-hovered');
    await first.click();
    await expect.poll(() => page.locator('.details h2').textContent()).toContain('Dearborn, MI');
    await waitForMapIdle(page);
    const before = await viewOf(page);

    await page.getByRole('button', {name: 'Copy link'}).click();
    await expect.poll(() => page.getByText('Link copied').isVisible()).toBe(true);
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(link).toContain('near=');

    const other = await openMap(chromium(), link);
    await expect.poll(() => other.page.locator('.details h2').textContent()).toContain('Dearborn, MI');
    await waitForMapIdle(other.page);
    expect(await viewOf(other.page)).toEqual(before);
    await screenshot(other.page, 'shared-link');
    await other.page.context().close();
    await page.context().close();
  });

  it('steps back and forward through the places and selections a person chose', async () => {
    const {page} = await openMap(chromium(), baseUrl);
    // Choosing a city is one step: its profile, and the area around it.
    await searchFor(page, 'Boulder, CO', 'Boulder, CO');
    await expect.poll(() => page.locator('.details h2').textContent()).toBe('Boulder, CO');
    await page.getByRole('button', {name: '← Back to the list'}).click();
    await expect.poll(() => page.locator('.nearby h2').textContent()).toBe('Near Boulder, CO');
    await results(page).getByRole('button').first().click();
    await expect.poll(() => page.locator('.details h2').textContent()).toContain('Boulder');
    await page.goBack();
    await expect.poll(() => page.locator('.nearby h2').textContent()).toBe('Near Boulder, CO');
    expect(await page.locator('.details').count()).toBe(0);
    await page.goBack();
    await expect.poll(() => page.locator('.details h2').textContent()).toBe('Boulder, CO');
    await page.goBack();
    await expect.poll(() => page.locator('.nearby').count()).toBe(0);
    expect(await page.locator('.details').count()).toBe(0);
    await page.goForward();
    await expect.poll(() => page.locator('.details h2').textContent()).toBe('Boulder, CO');
    await page.context().close();
  });

  it('finds a Palestinian camp by its English name with or without diacritics, and in Arabic', async () => {
    const {page} = await openMap(chromium(), baseUrl);
    // "Jenin" alone is also the city, which the camp is named after: both are offered.
    await searchBox(page).fill('Jenin');
    await expect.poll(() => page.getByRole('listbox').textContent()).toContain('Jenin Camp');
    for (const query of ['Jenin camp', 'Janīn camp', 'مخيم جنين']) {
      await searchBox(page).fill(query);
      await expect.poll(() => page.getByRole('option').first().textContent(), {message: query}).toContain('Jenin Camp');
    }
    await searchBox(page).press('Enter');
    await expect.poll(() => page.locator('.details h2').textContent()).toContain('Jenin Camp');
    await waitForMapIdle(page);
    expect(await page.evaluate(() => window.__campaignMap.getBounds().contains([35.29, 32.46]))).toBe(true);
    await screenshot(page, 'jenin');
    await page.context().close();
  });

  it('uses the browser’s location only when asked, and says so when it is denied', async () => {
    const allowed = await openMap(chromium(), baseUrl, {
      viewport: {width: 1280, height: 800},
      geolocation: {latitude: 42.2808, longitude: -83.743},
      permissions: ['geolocation']
    });
    await allowed.page.getByRole('button', {name: 'Use my location'}).click();
    await expect.poll(() => allowed.page.locator('.nearby h2').textContent()).toBe('Near Your location');
    expect(await results(allowed.page).textContent()).toContain('Ann Arbor, MI');
    expect(new URL(allowed.page.url()).searchParams.get('near')).toBe('-83.74,42.28');
    await allowed.page.context().close();

    const denied = await openMap(chromium(), baseUrl, {viewport: {width: 1280, height: 800}, permissions: []});
    await denied.page.getByRole('button', {name: 'Use my location'}).click();
    await expect.poll(() => denied.page.getByRole('status').filter({hasText: 'denied'}).count()).toBe(1);
    await denied.page.context().close();
  });

  it('says when nothing is nearby, shows the nearest records and how to start one', async () => {
    const {page} = await openMap(chromium(), `${baseUrl}?near=-110.5,44.6&name=Yellowstone&r=10`);
    const nothing = page.locator('.nothing-nearby');
    await expect.poll(() => nothing.textContent()).toContain('No campaign is recorded within 10 miles of Yellowstone');
    expect(await nothing.getByRole('list', {name: /Nearest records/}).getByRole('button').count()).toBe(3);
    expect(await nothing.getByRole('link', {name: 'Ceasefire Resolution'}).getAttribute('href')).toMatch(/^https:\/\//);
    await page.context().close();
  });

  it('works with the keyboard alone: search, choose, read the list, open a record', async () => {
    const {page} = await openMap(chromium(), baseUrl);
    await searchBox(page).focus();
    await page.keyboard.type('80302');
    await page.getByRole('option', {name: /ZIP 80302/}).waitFor();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.nearby h2').textContent()).toBe('Near ZIP 80302');
    // Tab from the box to the list's first record: past "Use my location", "Clear" and the radius choice.
    for (let i = 0; i < 8; i++) {
      await page.keyboard.press('Tab');
      if (await page.evaluate(() => document.activeElement?.classList.contains('result'))) break;
    }
    expect(await page.evaluate(() => document.activeElement?.closest('ol')?.getAttribute('aria-label'))).toMatch(/^Records within 25 miles of ZIP 80302/);
    // Focus in the list highlights the record on the map: Boulder's marker, or its arc to Nablus.
    const highlighted = await page.evaluate(() => {
      const map = window.__campaignMap;
      return Boolean(map.getFeatureState({source: 'campaign-places', id: 807850}).hovered || map.getFeatureState({source: 'sister-links', id: 'boulder-nablus'}).hovered);
    });
    expect(highlighted).toBe(true);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.details h2').textContent()).toContain('Boulder');
    await page.context().close();
  });
});
