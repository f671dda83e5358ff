import {describe, expect, it} from 'vitest';
import {formatters} from '../../src/i18n/format';
import {createI18n} from '../../src/i18n/i18n';
import {pickLanguage} from '../../src/i18n/languages';
import {bilingualName} from '../../src/i18n/names';
import {typeText} from '../../src/i18n/type-text';
import {parseDataset} from '../../src/loaders/dataset';
import {fixtureTexts} from '../fixtures/dataset-texts';

describe('the interface language', () => {
  it('is the first of the browser’s languages the map speaks, by its base language', () => {
    expect(pickLanguage(['es-MX', 'en-US'])).toBe('es');
    expect(pickLanguage(['fr-FR', 'ar-PS', 'en'])).toBe('ar');
    expect(pickLanguage(['de', 'fr'])).toBe('en');
    expect(pickLanguage([])).toBe('en');
  });

  it('writes numbers, dates and distances the language’s way, never more precise than the source', () => {
    const en = formatters('en');
    const es = formatters('es');
    expect(en.number(114394)).toBe('114,394');
    expect(es.number(114394)).toBe('114.394');
    expect(en.date('2023-11-21')).toBe('Nov 21, 2023');
    expect(en.date('2024-01')).toBe('Jan 2024');
    expect(en.date('2024')).toBe('2024');
    expect(es.date('2023-11-21')).toMatch(/^21 nov\.? 2023$/);
    expect(formatters('ar').date('2023-11-21')).toContain('نوفمبر');
    expect(en.miles(3.25)).toBe('3.3 mi');
    expect(en.miles(25)).toBe('25 mi');
    expect(en.list(['Gaza', 'Jenin', 'Nablus'])).toBe('Gaza, Jenin, and Nablus');
    expect(es.list(['Gaza', 'Jenin', 'Nablus'])).toBe('Gaza, Jenin y Nablus');
  });

  it('counts with each language’s plural rules', () => {
    const i18n = createI18n('en');
    expect(i18n.t('search.campaigns', {count: 1})).toBe('1 campaign');
    expect(i18n.t('search.campaigns', {count: 1200})).toBe('1,200 campaigns');
  });

  it('puts the reader’s name of a Palestinian place first', () => {
    expect(bilingualName('Jenin', 'جنين', 'en')).toBe('Jenin جنين');
    expect(bilingualName('Jenin', 'جنين', 'es')).toBe('Jenin جنين');
    expect(bilingualName('Jenin', 'جنين', 'ar')).toBe('جنين Jenin');
    expect(bilingualName('Jenin', '', 'ar')).toBe('Jenin');
  });
});

describe('campaign types in other languages (campaign-types.csv)', () => {
  const HEADER = 'id,label,description,color,learn_more_url,source_urls,checked,label_ar,description_ar,label_es,description_es,translation_source_urls';
  const withRow = (row: string) => parseDataset({...fixtureTexts(), campaignTypes: `${HEADER}\n${row}\n`});

  it('takes a name and description per language, and English where a language has none', () => {
    const dataset = withRow('ceasefire,Ceasefire Resolution,A council is asked.,#0072B2,https://example.org/a,https://example.org/b,2026-12-01,قرار وقف إطلاق النار,يُطلب من المجلس.,,,');
    const type = dataset.campaignTypes.find((t) => t.id === 'ceasefire');
    expect(typeText(type, 'ar')).toEqual({label: 'قرار وقف إطلاق النار', description: 'يُطلب من المجلس.'});
    expect(typeText(type, 'es')).toEqual({label: 'Ceasefire Resolution', description: 'A council is asked.'});
    expect(dataset.issues).toEqual([]);
  });

  it('names the missing half of a translation by row and column, and keeps the row in English', () => {
    const dataset = withRow('ceasefire,Ceasefire Resolution,A council is asked.,#0072B2,https://example.org/a,https://example.org/b,2026-12-01,,,Resolución de alto el fuego,,');
    expect(dataset.issues.map((i) => `${i.file}:${i.row}:${i.column}`)).toEqual(['campaign-types.csv:2:description_es']);
    const type = dataset.campaignTypes.find((t) => t.id === 'ceasefire');
    expect(type).toMatchObject({label: 'Ceasefire Resolution', color: '#0072b2'});
    expect(typeText(type, 'es').label).toBe('Ceasefire Resolution');
  });
});
