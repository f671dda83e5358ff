import type {Page} from 'playwright-core';
import {describe, expect, inject, it} from 'vitest';
import {LAYER_IDS} from '../../src/map/layers';
import {chromiumForThisFile, openMap, screenshot, waitForMapIdle} from './chromium';

const baseUrl = inject('baseUrl');
const chromium = chromiumForThisFile();

const searchBox = (page: Page) => page.getByRole('combobox', {name: 'Find campaigns near you'});

async function typeAndPick(page: Page, text: string, pick: RegExp) {
  await searchBox(page).fill(text);
  const option = page.getByRole('option', {name: pick}).first();
  await option.waitFor();
  await option.click();
}

function rendered(page: Page, layer: string): Promise<string[]> {
  return page.evaluate((id) => window.__campaignMap.queryRenderedFeatures({layers: [id]}).map((f) => String(f.properties.n ?? f.properties.label ?? '')), layer);
}

describe('finding a place the way people type it', () => {
  it('finds a city and state typed without a comma, and names it on the map among its neighbours', async () => {
    const {page, errors} = await openMap(chromium(), baseUrl);
    await searchBox(page).fill('austin tx');
    const first = page.getByRole('option').first();
    await expect.poll(() => first.textContent()).toContain('Austin, TX');
    expect(await first.textContent()).toMatch(/pop\. [\d,]+/);
    await first.click();
    // A city opens its profile, and the map shows the area around it.
    await page.locator('.details h2', {hasText: 'Austin, TX'}).waitFor();
    await waitForMapIdle(page);
    // The chosen place is named, and the towns around it too.
    expect(await rendered(page, LAYER_IDS.nearLabel)).toEqual(['Austin, TX']);
    await expect.poll(() => rendered(page, LAYER_IDS.gazetteerLabels).then((names) => names.length), {timeout: 15_000}).toBeGreaterThan(3);
    await waitForMapIdle(page);
    await screenshot(page, 'city-zoomed-in');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('opens a state with its acts and the campaigns of its cities, not a disc around its middle', async () => {
    const {page} = await openMap(chromium(), baseUrl);
    await typeAndPick(page, 'Texas', /^Texas\s*state/);
    const details = page.locator('.details');
    await details.getByRole('heading', {name: 'Texas', level: 2}).waitFor();
    expect(await details.textContent()).toContain('Anti-boycott acts in effect');
    expect(await details.getByRole('heading', {name: 'Campaigns in Texas'}).count()).toBe(1);
    expect(await details.locator('.place-records li').count()).toBeGreaterThan(1);
    expect(await page.locator('.nearby').count()).toBe(0);
    await waitForMapIdle(page);
    // The map shows the state, not the whole country.
    const bounds = await page.evaluate(() => window.__campaignMap.getBounds().toArray());
    expect(bounds[0][0]).toBeGreaterThan(-115);
    expect(bounds[1][0]).toBeLessThan(-85);
    await screenshot(page, 'state-texas');
    await page.context().close();
  });

  it('gives a place one population, in its suggestion and in its profile: the record\'s own where it has one', async () => {
    const {page} = await openMap(chromium(), baseUrl);
    await typeAndPick(page, 'Brookhaven GA', /^Brookhaven, GA\s*city · pop\. 55,366/);
    const details = page.locator('.details');
    await details.getByRole('heading', {name: 'Brookhaven, GA', level: 2}).waitFor();
    // Once the gazetteer's context has come (the county is named from it), not only while it loads.
    await expect.poll(() => details.textContent(), {timeout: 15_000}).toContain('DeKalb County');
    expect(await details.locator('.profile > p.muted').first().textContent()).toBe('city · population 55,366 · DeKalb County');
    await page.context().close();
  });

  it('opens a county with its own records and those of its places', async () => {
    const {page} = await openMap(chromium(), baseUrl);
    await typeAndPick(page, 'Wayne County MI', /^Wayne County, MI/);
    const details = page.locator('.details');
    await details.getByRole('heading', {name: 'Wayne County, MI', level: 2}).waitFor();
    await expect.poll(() => details.textContent(), {timeout: 15_000}).toMatch(/population [\d,]+/);
    expect(await details.textContent()).toContain('Ceasefire');
    await page.context().close();
  });

  it('finds a Palestinian place with no US sister city yet, and shows how to find a partner', async () => {
    const {page} = await openMap(chromium(), baseUrl);
    await typeAndPick(page, 'jenin camp', /Jenin Camp/);
    const details = page.locator('.details');
    await details.getByText('No US sister city is recorded for Jenin Camp yet.').waitFor();
    const nearest = details.getByRole('list').first().getByRole('button');
    expect(await nearest.count()).toBeGreaterThan(0);
    expect(await details.getByRole('link', {name: /sister city of a Palestinian town/}).getAttribute('href')).toMatch(/^https:/);
    await nearest.first().click();
    await page.locator('.details h3', {hasText: 'Sister-city links'}).waitFor();
    await page.context().close();
  });

  it('finds a Palestinian town the data has no record of, names it on the map, and prompts a sister city', async () => {
    const {page} = await openMap(chromium(), baseUrl);
    await typeAndPick(page, 'Beit Sahour', /Bayt Sahur/);
    const details = page.locator('.details');
    await details.getByText('No US sister city is recorded for Bayt Sahur yet.').waitFor();
    expect(await details.locator('.place-records li').count()).toBeGreaterThan(0);
    expect(await details.getByRole('link', {name: /sister city of a Palestinian town/}).count()).toBe(1);
    await waitForMapIdle(page);
    await expect.poll(() => rendered(page, LAYER_IDS.highlightLabel)).toEqual([expect.stringContaining('Bayt Sahur')]);
    await expect.poll(() => page.evaluate(() => window.__campaignMap.getZoom())).toBeGreaterThan(7);
    await waitForMapIdle(page);
    await screenshot(page, 'palestinian-town');
    await page.context().close();
  });

  it('keeps what was typed when nothing matches, with a hint that fits it', async () => {
    const {page} = await openMap(chromium(), baseUrl);
    await searchBox(page).fill('00000');
    await expect.poll(() => page.locator('.search-status').textContent()).toContain('No ZIP code 00000');
    await searchBox(page).fill('Qwzxv');
    await expect.poll(() => page.locator('.search-status').textContent(), {timeout: 15_000}).toContain('Check the spelling');
    expect(await searchBox(page).inputValue()).toBe('Qwzxv');
    await page.context().close();
  });
});
