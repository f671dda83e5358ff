import AxeBuilder from '@axe-core/playwright';
import type {Page} from 'playwright-core';
import {describe, expect, inject, it} from 'vitest';
import {LAYER_IDS} from '../../src/map/layers';
import {chromiumForThisFile, openMap, screenshot, waitForMapIdle} from './chromium';

const baseUrl = inject('baseUrl');
const chromium = chromiumForThisFile();
const PHONE = {viewport: {width: 390, height: 844}, isMobile: true, hasTouch: true};

const searchBox = (page: Page) => page.getByRole('combobox', {name: 'Find campaigns near you'});

async function searchFor(page: Page, text: string, pick: RegExp) {
  await searchBox(page).fill(text);
  await page.getByRole('option', {name: pick}).first().click();
}

/** Violations and "needs review" items of axe-core, but for colour contrast on the map canvas (axe cannot read it). */
async function axeProblems(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({page}).exclude('.maplibregl-canvas').analyze();
  return [...results.violations, ...results.incomplete.filter((r) => r.id !== 'color-contrast')].map(
    (r) => `${r.id}: ${r.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`
  );
}

describe('axe-core finds nothing to fix', () => {
  it('on first load, a search with results, open details and the About dialog', async () => {
    const {page} = await openMap(chromium(), baseUrl);
    expect(await axeProblems(page), 'first load').toEqual([]);
    await searchFor(page, '48126', /ZIP 48126/);
    await page.getByRole('list', {name: /^Records within/}).waitFor();
    expect(await axeProblems(page), 'results').toEqual([]);
    await page.getByRole('list', {name: /^Records within/}).getByRole('button').first().click();
    await page.locator('.details h2').waitFor();
    expect(await axeProblems(page), 'details').toEqual([]);
    await page.getByRole('button', {name: 'About the data'}).click();
    await page.getByRole('dialog', {name: 'About the data'}).waitFor();
    expect(await axeProblems(page), 'about').toEqual([]);
    await page.context().close();
  });

  it('on a phone', async () => {
    const {page} = await openMap(chromium(), baseUrl, PHONE);
    expect(await axeProblems(page)).toEqual([]);
    await page.context().close();
  });

  it('in Arabic, right to left, and in Spanish: the page and a place’s profile', async () => {
    for (const language of ['ar', 'es']) {
      const {page} = await openMap(chromium(), `${baseUrl}?lang=${language}&sel=place:2621000`);
      await page.locator('.profile .fits').waitFor();
      expect(await axeProblems(page), language).toEqual([]);
      await page.context().close();
    }
  });
});

describe('a phone', () => {
  it('pulls the list up to show at least four results, and the map back down', async () => {
    const {page} = await openMap(chromium(), baseUrl, PHONE);
    await searchFor(page, '48126', /ZIP 48126/);
    const rows = page.getByRole('list', {name: /^Records within/}).getByRole('button');
    await rows.first().waitFor();
    await page.getByRole('button', {name: 'Show more of the list'}).click();
    await expect.poll(() => page.locator('.sidebar').evaluate((el) => el.getBoundingClientRect().top)).toBeLessThan(200);
    const visible = await rows.evaluateAll((buttons) => buttons.filter((b) => {
      const r = b.getBoundingClientRect();
      return r.top >= 0 && r.bottom <= window.innerHeight;
    }).length);
    expect(visible).toBeGreaterThanOrEqual(4);
    await screenshot(page, 'phone-list-up');
    await page.getByRole('button', {name: 'Show more of the map'}).click();
    await expect.poll(() => page.locator('.sidebar').evaluate((el) => el.getBoundingClientRect().top)).toBeGreaterThan(300);
    await page.context().close();
  });

  it('zooms to a place chosen in search, in the middle of the map above the panel the search box had pulled up', async () => {
    const {page} = await openMap(chromium(), baseUrl, PHONE);
    await searchFor(page, 'Windsor CT', /Windsor, CT/);
    await expect.poll(() => page.locator('.details h2').textContent()).toContain('Windsor, CT');
    await waitForMapIdle(page);
    const seen = await page.evaluate(() => {
      const map = window.__campaignMap;
      const {x, y} = map.project([-72.6437, 41.8526]);
      const canvas = map.getCanvas().getBoundingClientRect();
      const panelTop = document.querySelector('.sidebar')!.getBoundingClientRect().top;
      return {x, top: canvas.top + y, mapTop: canvas.top, panelTop, width: canvas.width, zoom: map.getZoom()};
    });
    // Zoomed in to the area around it (the whole country was in view before), and the place above the panel.
    expect(seen.zoom).toBeGreaterThan(6);
    expect(seen.x).toBeGreaterThan(0);
    expect(seen.x).toBeLessThan(seen.width);
    expect(seen.top).toBeLessThan(seen.panelTop);
    // In the middle of the map the panel leaves, not in the strip it left while pulled up (under the map's buttons).
    const middle = (seen.mapTop + seen.panelTop) / 2;
    expect(Math.abs(seen.top - middle)).toBeLessThan((seen.panelTop - seen.mapTop) * 0.1);
    await page.context().close();
  });

  it('works at 320 pixels, with nothing wider than the screen', async () => {
    const {page} = await openMap(chromium(), baseUrl, {...PHONE, viewport: {width: 320, height: 640}});
    const overflow = await page.evaluate(() => [...document.querySelectorAll('body *')].filter((el) => el.getBoundingClientRect().right > window.innerWidth + 1).map((el) => el.className).slice(0, 5));
    expect(overflow).toEqual([]);
    await screenshot(page, 'phone-320');
    await page.context().close();
  });
});

describe('the keyboard and a screen reader', () => {
  it('skip to the list, open details with focus on their heading, Escape back to the row they came from', async () => {
    const {page} = await openMap(chromium(), baseUrl);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to the list and filters');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('panel');
    await searchBox(page).focus();
    await page.keyboard.type('48126');
    await page.getByRole('option', {name: /ZIP 48126/}).waitFor();
    await page.keyboard.press('Enter');
    // The number of results is announced.
    await expect.poll(() => page.locator('.nearby [aria-live="polite"]').textContent()).toMatch(/\d+ records? within 25 miles/);
    const row = page.getByRole('list', {name: /^Records within/}).getByRole('button').nth(1);
    await row.focus();
    const rowKey = await row.getAttribute('data-focus-key');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('H2');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.focusKey)).toBe(rowKey);
    await page.context().close();
  });

  it('reach every record in view, state acts too, through the list of what is on the map', async () => {
    const {page} = await openMap(chromium(), baseUrl);
    const list = page.locator('.in-view');
    await list.locator('summary').click();
    const items = list.getByRole('button');
    // The rows are made when the list opens (its toggle event), not while it is closed.
    await items.first().waitFor();
    expect(await items.count()).toBeGreaterThan(50);
    expect(await list.textContent()).toContain('Texas');
    const illinois = list.getByRole('button', {name: /^Illinois/});
    await illinois.focus();
    // Focus highlights it on the map, as hovering would.
    await expect.poll(() => page.evaluate(() => window.__campaignMap.getFeatureState({source: 'basemap-states', id: '17'}).hovered)).toBe(true);
    await page.keyboard.press('Enter');
    await page.locator('.details h2', {hasText: 'Illinois'}).waitFor();
    await page.context().close();
  });

  it('announce how many records the filters show when they change', async () => {
    const {page} = await openMap(chromium(), baseUrl);
    const summary = page.locator('.filter-summary');
    const before = await summary.textContent();
    await page.getByRole('checkbox', {name: /Ceasefire Resolution/}).uncheck();
    await expect.poll(() => summary.textContent()).not.toBe(before);
    expect(await summary.getAttribute('aria-live')).toBe('polite');
    await page.getByRole('button', {name: 'None of the campaign types'}).click();
    await expect.poll(() => summary.textContent()).toBe('The filters hide every record.');
    await page.getByRole('button', {name: 'Show everything again'}).click();
    await expect.poll(() => summary.textContent()).toMatch(/^Showing/);
    await page.context().close();
  });
});

describe('the map read at a glance', () => {
  it('names both ends of an arc under the pointer', async () => {
    const {page} = await openMap(chromium(), `${baseUrl}?map=3/38/-40`);
    const target = await page.evaluate((layer) => {
      const map = window.__campaignMap;
      for (const f of map.queryRenderedFeatures({layers: [layer]})) {
        const line = f.geometry.type === 'LineString' ? f.geometry.coordinates : f.geometry.type === 'MultiLineString' ? f.geometry.coordinates.flat() : [];
        const mid = line[Math.floor(line.length / 2)] as [number, number];
        const p = map.project(mid);
        const near = map.queryRenderedFeatures([[p.x - 8, p.y - 8], [p.x + 8, p.y + 8]], {layers: [layer]});
        if (near.length === 1 && p.x > 20 && p.y > 60) return {x: p.x, y: p.y};
      }
      return null;
    }, LAYER_IDS.linksHit);
    expect(target).not.toBeNull();
    const box = (await page.locator('.maplibregl-canvas').boundingBox())!;
    await page.mouse.move(box.x + target!.x, box.y + target!.y);
    await expect.poll(() => page.getByRole('tooltip').textContent()).toMatch(/, [A-Z]{2} ↔ .+ · ?|sister-city link/);
    await page.context().close();
  });

  it('lists what lies under a click where several things overlap', async () => {
    const {page} = await openMap(chromium(), `${baseUrl}?map=11/32.2215/35.2544`);
    const nablus = await page.evaluate(() => window.__campaignMap.project([35.2544, 32.2215]));
    const box = (await page.locator('.maplibregl-canvas').boundingBox())!;
    await page.mouse.click(box.x + nablus.x, box.y + nablus.y);
    const choice = page.getByRole('dialog', {name: /Several things are here/});
    await choice.waitFor();
    expect(await choice.getByRole('button').count()).toBeGreaterThan(2);
    await screenshot(page, 'overlap-choice');
    await choice.getByRole('button').first().click();
    await page.locator('.details h2').waitFor();
    await page.context().close();
  });

  it('shows the Earth as a globe, kept in the shared link', async () => {
    const {page} = await openMap(chromium(), `${baseUrl}?map=2/35/-30`);
    await page.getByRole('button', {name: 'Globe'}).click();
    await expect.poll(() => page.evaluate(() => window.__campaignMap.getProjection()?.type)).toBe('globe');
    await expect.poll(() => new URL(page.url()).searchParams.get('globe')).toBe('1');
    await waitForMapIdle(page);
    await screenshot(page, 'globe');
    await page.context().close();
  });

  it('puts the camera back where it was when Back is pressed', async () => {
    const {page} = await openMap(chromium(), baseUrl);
    const centre = () => page.evaluate(() => window.__campaignMap.getCenter().toArray().map((n) => Math.round(n)));
    const before = await centre();
    await searchFor(page, '48126', /ZIP 48126/);
    await expect.poll(centre).not.toEqual(before);
    await waitForMapIdle(page);
    await page.goBack();
    await expect.poll(centre).toEqual(before);
    await page.context().close();
  });
});
