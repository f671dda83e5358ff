import {writeFileSync} from 'node:fs';
import {join} from 'node:path';
import type {Page} from 'playwright-core';
import {describe, expect, inject, it} from 'vitest';
import {chromiumForThisFile, openMap, SCREENSHOT_DIR, screenshot, waitForMapIdle} from './chromium';

const baseUrl = inject('baseUrl');
const chromium = chromiumForThisFile();

const searchBox = (page: Page) => page.getByRole('combobox', {name: 'Find campaigns near you'});

async function openProfile(page: Page, text: string, pick: RegExp) {
  await searchBox(page).fill(text);
  await page.getByRole('option', {name: pick}).first().click();
  await page.locator('.profile h3', {hasText: 'Which campaign fits here'}).waitFor();
}

const fitTypes = (page: Page) => page.locator('.fits .fit-head strong').allTextContents();

describe('a place\u2019s profile', () => {
  it('for a large city with many records: what it did, its police, what fits next, with reasons to open', async () => {
    const {page, errors} = await openMap(chromium(), baseUrl);
    await openProfile(page, 'Chicago IL', /^Chicago, IL/);
    const profile = page.locator('.profile');
    expect(await profile.locator('h2').textContent()).toBe('Chicago, IL');
    expect(await profile.textContent()).toContain('What Chicago has done');
    expect(await profile.locator('.card').filter({hasText: 'Ceasefire'}).count()).toBeGreaterThan(0);
    expect(await profile.locator('h3', {hasText: 'Its police'}).count()).toBe(1);
    // Done types come last; each suggestion with a reason has records to open.
    const fits = page.locator('.fits > li');
    expect(await fits.last().getAttribute('class')).toContain('fit-done');
    const reason = page.locator('.fit-open .fit-links button').first();
    await reason.click();
    await page.locator('.details h2').waitFor();
    await screenshot(page, 'profile-chicago');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('for a small town with no record: nothing recorded yet, and the campaigns its state and neighbours point to', async () => {
    const {page} = await openMap(chromium(), baseUrl);
    await openProfile(page, 'Normal IL', /^Normal, IL/);
    const profile = page.locator('.profile');
    expect(await profile.textContent()).toContain('Nothing recorded yet');
    // Illinois has anti-boycott acts in effect and its state police took part in exchanges: both rise, resting on them.
    expect((await fitTypes(page)).slice(0, 3)).toEqual(expect.arrayContaining(['Right to Boycott', 'Deadly Exchange']));
    expect(await page.locator('.fits').textContent()).toContain('Illinois has');
    expect(await page.locator('.fits').textContent()).toContain('Illinois State Police');
    await screenshot(page, 'profile-small-town');
    await page.context().close();
  });

  it('for a county: its own records and the places inside it', async () => {
    const {page} = await openMap(chromium(), baseUrl);
    await openProfile(page, 'Cook County IL', /^Cook County, IL/);
    const profile = page.locator('.profile');
    await profile.locator('h3', {hasText: 'Places in Cook County with records'}).waitFor();
    await expect.poll(() => profile.locator('.place-records li').count()).toBeGreaterThan(3);
    await page.context().close();
  });

  it('from a shared link, the same profile', async () => {
    const {page} = await openMap(chromium(), `${baseUrl}?sel=place:1714000`);
    await page.locator('.profile h2', {hasText: 'Chicago, IL'}).waitFor();
    await page.locator('.profile h3', {hasText: 'Which campaign fits here'}).waitFor();
    await page.context().close();
  });

  it('prints as a one-page brief with its sources and a QR code back to the live view, for a small and a large city', async () => {
    const {page} = await openMap(chromium(), baseUrl);
    for (const [query, pick, file] of [['Dearborn MI', /^Dearborn, MI/, 'brief-dearborn'], ['Chicago IL', /^Chicago, IL/, 'brief-chicago']] as const) {
      await page.emulateMedia({media: 'screen'});
      await openProfile(page, query, pick);
      await waitForMapIdle(page);
      await page.emulateMedia({media: 'print'});
      expect(await page.locator('.print-footer svg.qr').isVisible()).toBe(true);
      expect(await page.locator('.print-url').textContent()).toContain('sel=place');
      expect(await page.locator('.profile .sources a[href^="http"]').count()).toBeGreaterThan(2);
      const pdf = await page.pdf({format: 'Letter', printBackground: false});
      writeFileSync(join(SCREENSHOT_DIR, `${file}.pdf`), pdf);
      const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
      expect(pages, query).toBe(1);
    }
    await page.context().close();
  });

  it('puts two places side by side, kept in the link', async () => {
    const {page} = await openMap(chromium(), baseUrl);
    await openProfile(page, 'Dearborn MI', /^Dearborn, MI/);
    await page.getByRole('button', {name: 'Compare with other places'}).click();
    await openProfile(page, 'Hamtramck MI', /^Hamtramck, MI/);
    await page.getByRole('button', {name: 'Compare with other places'}).click();
    await page.getByRole('button', {name: '← Back to the list'}).click();
    const table = page.getByRole('region', {name: 'Places side by side'}).getByRole('table');
    await expect.poll(() => table.locator('thead th').count()).toBe(3);
    expect(await table.textContent()).toContain('Divestment');
    expect(new URL(page.url()).searchParams.get('cmp')?.split(',')).toHaveLength(2);
    await screenshot(page, 'compare');
    await page.context().close();
  });
});
