import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {DATA_FILES, type DatasetTexts, parseDataset} from '../../src/loaders/dataset';
import {foldName} from '../../src/search/normalize';
import {buildSearchIndex, type Gazetteer, search} from '../../src/search/search-index';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'dataset');
const dataset = parseDataset(
  Object.fromEntries(Object.entries(DATA_FILES).map(([k, f]) => [k, readFileSync(join(FIXTURES, f), 'utf8')])) as DatasetTexts
);

const gazetteer: Gazetteer = {
  places: [
    {id: '0807850', name: 'Boulder', state: 'CO', kind: 'city', county: '08013', population: 104175, lon: -105.27055, lat: 40.01499},
    {id: 'gn5574991', name: 'Boulder City', state: 'NV', kind: 'place', county: '32003', population: 15551, lon: -114.83, lat: 35.98},
    {id: 'gn5666666', name: 'Boulder', state: 'MT', kind: 'place', county: '30043', population: 1200, lon: -112.12, lat: 46.24},
    {id: '2621000', name: 'Dearborn', state: 'MI', kind: 'city', county: '26163', population: 95171, lon: -83.17631, lat: 42.32226},
    {id: '2758000', name: 'Saint Paul', state: 'MN', kind: 'city', county: '27123', population: 307193, lon: -93.09, lat: 44.94}
  ],
  counties: [
    {id: '55025', name: 'Dane County', state: 'WI', kind: 'county', population: 488073, lon: -89.42, lat: 43.07},
    {id: '50023', name: 'Washington County', state: 'VT', kind: 'county', population: 59534, lon: -72.61, lat: 44.27},
    {id: '41067', name: 'Washington County', state: 'OR', kind: 'county', population: 529710, lon: -123.1, lat: 45.56}
  ],
  zips: [
    {zip: '80301', lon: -105.2, lat: 40.05, city: 'Boulder', state: 'CO', place: '0807850'},
    {zip: '80302', lon: -105.3, lat: 40.02, city: 'Boulder', state: 'CO', place: '0807850'},
    {zip: '48126', lon: -83.18, lat: 42.33, city: 'Dearborn', state: 'MI', place: '2621000'}
  ],
  psPlaces: []
};
const index = buildSearchIndex(dataset, gazetteer);
const labels = (query: string) => search(index, query).map((s) => s.label);

describe('folding names', () => {
  it('drops accents and ʿayn marks, and Arabic vowel marks', () => {
    expect(foldName('Janīn')).toBe('janin');
    expect(foldName('Am‘ari')).toBe('amari');
    expect(foldName('رَامَ اللّٰه')).toBe(foldName('رام الله'));
    expect(foldName('أريحا')).toBe(foldName('اريحا'));
  });
});

describe('search', () => {
  it('finds a ZIP code, and offers ZIPs while it is typed', () => {
    expect(labels('80302')).toEqual(['ZIP 80302']);
    expect(labels('803')).toEqual(['ZIP 80301', 'ZIP 80302']);
    expect(search(index, '48126')[0]?.target).toEqual({kind: 'us-place', label: 'ZIP 48126', point: [-83.18, 42.33]});
  });

  it('finds a city without its state, the biggest first', () => {
    expect(labels('Boulder').slice(0, 3)).toEqual(['Boulder, CO', 'Boulder, MT', 'Boulder City, NV']);
  });

  it('tells same-named places apart by state and population, without claiming a city or a town', () => {
    expect(search(index, 'Boulder').map((s) => s.detail).slice(0, 2)).toEqual(['Colorado · pop. 104,175', 'Montana · pop. 1,200']);
    expect(search(index, 'Dane')[0]?.detail).toBe('County in Wisconsin');
  });

  it('narrows by state code or state name after a comma', () => {
    expect(labels('Boulder, CO')).toEqual(['Boulder, CO']);
    expect(labels('boulder, montana')).toEqual(['Boulder, MT']);
  });

  it('lists a place in the data once, linked to its records', () => {
    const dearborn = search(index, 'Dearborn');
    expect(dearborn).toHaveLength(1);
    expect(dearborn[0]?.target).toMatchObject({kind: 'us-place', jurisdictionId: '2621000'});
  });

  it('finds a county, the most populous first', () => {
    expect(labels('Dane')).toEqual(['Dane County, WI']);
    expect(labels('Washington County')).toEqual(['Washington County, OR', 'Washington County, VT']);
  });

  it('treats St. and Saint alike', () => {
    expect(labels('St. Paul')).toEqual(['Saint Paul, MN']);
  });

  it('finds a Palestinian locality by English name, with or without diacritics, and by other spellings', () => {
    for (const q of ['Jenin', 'Janīn', 'janin', 'Jenine']) expect(labels(q), q).toEqual(['Jenin camp']);
    expect(search(index, 'Jenin')[0]?.target).toEqual({kind: 'locality', label: 'Jenin camp', localityId: 'jenin-camp'});
  });

  it('finds a Palestinian locality by its Arabic name, part of it, or without hamza', () => {
    expect(labels('رام الله')).toEqual(['Ramallah']);
    expect(labels('جنين')).toEqual(['Jenin camp']);
  });

  it('waits for two letters and finds nothing for nonsense', () => {
    expect(labels('b')).toEqual([]);
    expect(labels('zzzz')).toEqual([]);
  });

  it('works before the gazetteer loads, on the places with records', () => {
    expect(search(buildSearchIndex(dataset), 'Muscatine').map((s) => s.label)).toEqual(['Muscatine, IA']);
  });
});
