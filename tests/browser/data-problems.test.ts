import Papa from 'papaparse';
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, inject, it} from 'vitest';
import {prepareDataFile} from '../../src/loaders/prepared';
import {chromiumForThisFile, screenshot, waitForMapIdle} from './chromium';

const baseUrl = inject('baseUrl');
const chromium = chromiumForThisFile();

const CAMPAIGNS = readFileSync(join(import.meta.dirname, '..', '..', 'data', 'campaigns.csv'), 'utf8');
const CEASEFIRE_ROWS = Papa.parse<{type: string}>(CAMPAIGNS, {
  header: true,
  skipEmptyLines: true
}).data.filter((row) => row.type === 'ceasefire').length;

const BAD_ROW =
  'bad-row,2621000,ceasefire,adopted,Ceasefire resolution,A status outside the vocabulary.,,2024,,https://example.org/x,2026-11-21,high,';

describe('bad data', () => {
  it('lists a broken row by file, row and column, and still draws every valid one', async () => {
    const context = await chromium().newContext({viewport: {width: 1280, height: 800}});
    const page = await context.newPage();
    // Serve campaigns.csv with one broken row added at the end, prepared as the build prepares data/.
    await page.route(/campaigns-[\w-]+\.json$/, async (route) => {
      const response = await route.fetch();
      await route.fulfill({response, body: prepareDataFile('campaigns', `${CAMPAIGNS.trimEnd()}\n${BAD_ROW}\n`)});
    });
    await page.goto(baseUrl);
    const problems = page.getByRole('button', {name: '1 data problem'});
    await problems.click();
    const list = page.getByRole('region', {name: 'Data problems'});
    expect(await list.textContent()).toMatch(/campaigns\.csv:\d+:status must be one of: .*\(found "adopted"\)/);
    // Valid rows are unaffected: the ceasefire count is still every ceasefire row of the file.
    const ceasefire = page.getByRole('checkbox', {name: /Ceasefire Resolution/});
    expect(parseInt((await ceasefire.locator('xpath=..').locator('.count').textContent()) ?? '', 10)).toBe(CEASEFIRE_ROWS);
    // The map draws the valid rows: the picture shows them beside the problem, not a map half loaded.
    await waitForMapIdle(page);
    await screenshot(page, 'data-problem');
    await context.close();
  });
});
