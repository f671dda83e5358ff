import IntlMessageFormat from 'intl-messageformat';
import type {Page} from 'playwright-core';
import {describe, expect, inject, it} from 'vitest';
import {CATALOGS} from '../../src/i18n/i18n';
import {type Language, LOCALES} from '../../src/i18n/languages';
import {chromiumForThisFile, openMap, screenshot, waitForMapIdle} from './chromium';

const baseUrl = inject('baseUrl');
const chromium = chromiumForThisFile();
const PHONE = {viewport: {width: 390, height: 844}, isMobile: true, hasTouch: true};

/** The literal words of a message, without its placeholders: "Near {place}" → ["Near"]. */
function literalChunks(text: string): string[] {
  const chunks: string[] = [];
  const walk = (nodes: unknown[]) => {
    for (const node of nodes as {type: number; value?: string; options?: Record<string, {value: unknown[]}>}[]) {
      if (node.type === 0 && node.value) chunks.push(...node.value.split(/[.:;!?…()“”]|\s[·—]\s/));
      for (const option of Object.values(node.options ?? {})) walk(option.value);
    }
  };
  walk(new IntlMessageFormat(text, LOCALES.en).getAst());
  return chunks.map((c) => c.replace(/^[\s,]+|[\s,]+$/g, '')).filter((c) => /[A-Za-z]{2}/.test(c));
}

/**
 * Names that stay English on purpose, in brackets after their translation: the national campaigns' own names
 * (“التخلّص من سندات إسرائيل (Break the Bonds)”), which is how people find their toolkits; and a licence's title, anywhere.
 */
const OWN_NAMES = ['Deadly Exchange', 'Skip the Trip', 'Break the Bonds', 'Right to Boycott', 'Sister Cities'];
const LICENCE_NAMES = /SIL Open Font License/g;
const withoutOwnNames = (text: string) =>
  text.replace(LICENCE_NAMES, '').replace(/\(([^()]*)\)/g, (whole, inner: string) => (inner.split(/[,،]\s*/).every((name) => OWN_NAMES.includes(name.trim())) ? '' : whole));

/**
 * The English a person could still meet in another language: the words of every English message that the
 * language's catalog says differently. (Words both share, "Alaska", "ZIP", are no sign of a missing translation.)
 */
function englishLeftIn(language: Language): {phrases: string[]; words: Set<string>} {
  const own = new Set(Object.values(CATALOGS[language]).flatMap(literalChunks));
  const chunks = new Set(Object.entries(CATALOGS.en).filter(([key, text]) => CATALOGS[language][key] !== text).flatMap(([, text]) => literalChunks(text)));
  const english = [...chunks].filter((c) => !own.has(c));
  return {phrases: english.filter((c) => c.includes(' ')), words: new Set(english.filter((c) => !c.includes(' ')))};
}

/**
 * Everything of the interface a person can see or hear: visible text and the names given to controls. Text from
 * the data files is marked `lang="en"` and stays English by design, as do commands in <code>.
 */
function visibleInterface(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    const skip = (el: Element | null) => !el || el.closest(':not(html)[lang="en"], code, script, style, [aria-hidden="true"], .maplibregl-canvas-container') !== null;
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      const text = node.textContent?.trim();
      if (!text || skip(parent) || !parent!.checkVisibility({visibilityProperty: true})) continue;
      found.push(text);
    }
    for (const el of document.querySelectorAll('[aria-label], [title], [placeholder]')) {
      if (skip(el) || !el.checkVisibility()) continue;
      for (const name of ['aria-label', 'title', 'placeholder']) {
        const value = el.getAttribute(name)?.trim();
        if (value) found.push(value);
      }
    }
    return found;
  });
}

/** "in" is in "incluido", but the phrase "in the" is not in "in thematic": match whole words only. */
function containsWords(text: string, phrase: string): boolean {
  for (let at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + 1)) {
    const before = text[at - 1] ?? ' ';
    const after = text[at + phrase.length] ?? ' ';
    if (!/[A-Za-z]/.test(before) && !/[A-Za-z]/.test(after)) return true;
  }
  return false;
}

/** The English phrases of the interface in view: a phrase anywhere, a single word only where it stands alone. */
async function englishInView(page: Page, language: Language): Promise<string[]> {
  const {phrases, words} = englishLeftIn(language);
  const seen = await visibleInterface(page);
  const hits = new Set<string>();
  for (const text of seen.map(withoutOwnNames)) {
    if (words.has(text)) hits.add(text);
    for (const phrase of phrases) if (containsWords(text, phrase)) hits.add(`${phrase} (in “${text.slice(0, 80)}”)`);
  }
  return [...hits];
}

const t = (language: Language, key: string) => CATALOGS[language][key]!;

async function search(page: Page, language: Language, text: string) {
  await page.getByRole('combobox', {name: t(language, 'search.label')}).fill(text);
  await page.getByRole('option').first().waitFor();
}

describe.each(['ar', 'es'] as const)('the interface in %s', (language) => {
  it('speaks the language on every journey: search, a list, a record, a profile, About, filters', async () => {
    const {page, errors} = await openMap(chromium(), `${baseUrl}?lang=${language}`);
    const steps: Record<string, string[]> = {};
    const look = async (step: string) => {
      steps[step] = await englishInView(page, language);
    };
    expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual([language, language === 'ar' ? 'rtl' : 'ltr']);
    await look('opening');
    await screenshot(page, `lang-${language}-desktop`);

    await search(page, language, '48126');
    await look('ZIP suggestions');
    await page.getByRole('option').first().click();
    await page.locator('.nearby').waitFor();
    await look('the list near a ZIP');
    await page.locator('.nearby .result').first().click();
    await page.locator('.details h2').waitFor();
    await look('a record');
    await screenshot(page, `lang-${language}-details`);
    await page.getByRole('button', {name: t(language, 'details.back')}).click();

    await search(page, language, 'Dearborn MI');
    await page.getByRole('option').first().click();
    await page.locator('.profile .fits').waitFor();
    await look('a city’s profile');
    await screenshot(page, `lang-${language}-profile`);

    await search(page, language, language === 'ar' ? 'جنين' : 'Jenin');
    await look('Palestinian suggestions');
    await page.getByRole('option').first().click();
    await page.locator('.details h2').waitFor();
    await look('a Palestinian town');
    await page.getByRole('button', {name: t(language, 'details.back')}).click();

    await page.getByRole('button', {name: t(language, 'about.title')}).click();
    await page.getByRole('dialog').waitFor();
    await look('About the data');
    await page.keyboard.press('Escape');

    await page.locator('.filters input[type=checkbox]').first().uncheck();
    await look('filters');
    expect(steps).toEqual(Object.fromEntries(Object.keys(steps).map((k) => [k, []])));
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('fits a phone: no sideways scroll, and the sheet speaks the language too', async () => {
    const {page} = await openMap(chromium(), `${baseUrl}?lang=${language}`, PHONE);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    expect(await englishInView(page, language)).toEqual([]);
    await search(page, language, 'Chicago IL');
    await page.getByRole('option').first().click();
    await page.locator('.profile .fits').waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    expect(await englishInView(page, language)).toEqual([]);
    await screenshot(page, `lang-${language}-phone`);
    await page.context().close();
  });
});

describe('choosing a language', () => {
  it('mirrors the layout for Arabic: the panel on the right, text from the right', async () => {
    const {page} = await openMap(chromium(), `${baseUrl}?lang=ar`);
    const panel = (await page.locator('.sidebar').boundingBox())!;
    const map = (await page.locator('.map-wrap').boundingBox())!;
    expect(panel.x).toBeGreaterThan(map.x);
    expect(await page.locator('.search-label').evaluate((el) => getComputedStyle(el).direction)).toBe('rtl');
    await page.context().close();
  });

  it('switches from the header, keeps the choice in the link, and finds English where English is shown', async () => {
    const {page} = await openMap(chromium(), baseUrl, {viewport: {width: 1280, height: 800}, locale: 'en-US'});
    // The check above can fail: in English, it finds the words it looks for in the other languages.
    expect((await englishInView(page, 'es')).length).toBeGreaterThan(5);
    await page.getByRole('button', {name: 'Español'}).click();
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('es');
    expect(new URL(page.url()).searchParams.get('lang')).toBe('es');
    await page.getByRole('combobox', {name: t('es', 'search.label')}).waitFor();
    await waitForMapIdle(page);
    // A link shared in Spanish opens in Spanish for someone whose browser reads English.
    const {page: other} = await openMap(chromium(), page.url(), {viewport: {width: 1280, height: 800}, locale: 'en-US'});
    expect(await other.evaluate(() => document.documentElement.lang)).toBe('es');
    await other.context().close();
    await page.context().close();
  });

  it('opens in the browser’s language when the link names none', async () => {
    const {page} = await openMap(chromium(), baseUrl, {viewport: {width: 1280, height: 800}, locale: 'es-MX'});
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('es');
    await page.context().close();
  });
});
