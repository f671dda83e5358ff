import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {GAZETTEER_FILES, type GazetteerTexts, gazetteerRows, readGazetteer} from '../../src/gazetteer/format';
import {DATA_FILES, type DatasetTexts, parseDataset} from '../../src/loaders/dataset';
import {foldName} from '../../src/search/normalize';
import {buildPlaceIndex, createPlaceIndex, indexMore, recordsForSearch, searchPlaces} from '../../src/search/place-search';
import {parseQuery} from '../../src/search/query';
import {noMatchHint} from '../../src/ui/SearchBox';
import {fixtureTexts} from '../fixtures/dataset-texts';
import {english} from '../fixtures/english';

const detail = (s: {details: readonly Parameters<typeof english>[0][]} | undefined) => s?.details.map(english).join(' · ');

const ROOT = join(import.meta.dirname, '..', '..');
const read = (...path: string[]) => readFileSync(join(ROOT, ...path), 'utf8');

// The real data and the real gazetteer: spelling classes are only tested honestly on the places people search.
const dataset = parseDataset(Object.fromEntries(Object.entries(DATA_FILES).map(([k, f]) => [k, read('data', f)])) as DatasetTexts);
const gazetteer = gazetteerRows(readGazetteer(
  Object.fromEntries(Object.entries(GAZETTEER_FILES).map(([k, f]) => [k, read('public', 'gazetteer', f)])) as GazetteerTexts
));
const index = buildPlaceIndex(recordsForSearch(dataset), gazetteer);
const labels = (query: string, n = 3) => searchPlaces(index, query).slice(0, n).map((s) => s.label);
const first = (query: string) => searchPlaces(index, query)[0];

describe('folding names', () => {
  it('drops accents and ʿayn marks, and Arabic vowel marks', () => {
    expect(foldName('Janīn')).toBe('janin');
    expect(foldName('Am‘ari')).toBe('amari');
    expect(foldName('رَامَ اللّٰه')).toBe(foldName('رام الله'));
    expect(foldName('أريحا')).toBe(foldName('اريحا'));
  });

  it('reads Saint, Fort and Mount like their short forms', () => {
    expect(foldName('St. Paul')).toBe(foldName('Saint Paul'));
    expect(foldName('Ft. Collins')).toBe(foldName('Fort Collins'));
    expect(foldName('Mt. Vernon')).toBe(foldName('Mount Vernon'));
  });
});

describe('reading what was typed', () => {
  it('takes a trailing state, by code or by name, with or without a comma', () => {
    for (const q of ['Dearborn MI', 'Dearborn, MI', 'dearborn mi', 'Dearborn Michigan', 'Dearborn, michigan']) {
      expect(parseQuery(q), q).toEqual({kind: 'name', name: expect.any(String), inState: {name: 'dearborn', state: 'MI'}});
    }
    expect(parseQuery('Charleston West Virginia')).toMatchObject({inState: {name: 'charleston', state: 'WV'}});
    expect(parseQuery('Washington, D.C.')).toMatchObject({inState: {name: 'washington', state: 'DC'}});
  });

  it('does not read a state out of a name that is all state', () => {
    expect(parseQuery('West Virginia')).toMatchObject({inState: {name: 'west', state: 'VA'}});
    expect(first('West Virginia')?.label).toBe('West Virginia');
    expect(parseQuery('Texas')).toEqual({kind: 'name', name: 'texas'});
  });

  it('reads ZIP+4 and a ZIP that lost its leading zero', () => {
    expect(parseQuery('80302-1234')).toEqual({kind: 'zip', exact: '80302', prefix: '80302'});
    expect(parseQuery('2139')).toEqual({kind: 'zip', exact: '02139', prefix: '2139'});
    expect(parseQuery('803')).toEqual({kind: 'zip', prefix: '803'});
  });
});

describe('US places, every usual spelling', () => {
  it('finds Dearborn, Michigan however its state is written', () => {
    for (const q of ['Dearborn MI', 'Dearborn, MI', 'Dearborn Michigan', 'dearborn mi', 'Dearborn', 'DEARBORN, MICHIGAN']) {
      expect(first(q)?.label, q).toBe('Dearborn, MI');
    }
  });

  it('finds a city and state written without a comma', () => {
    expect(first('Austin TX')?.label).toBe('Austin, TX');
    expect(first('Kansas City MO')?.label).toBe('Kansas City, MO');
    expect(first('Indiana PA')?.label).toBe('Indiana, PA');
    expect(first('Portland ME')?.label).toBe('Portland, ME');
    expect(first('Springfield Illinois')?.label).toBe('Springfield, IL');
  });

  it('reads a two-letter state as a state, never as the start of "County"', () => {
    expect(labels('Washington co', 1)).toEqual(['Washington County, CO']);
    expect(first('Portland OR')?.label).toBe('Portland, OR');
  });

  it('finds one New York and one Washington, DC, by their usual names', () => {
    for (const q of ['NYC', 'New York City', 'New York, NY', 'new york ny']) {
      const found = searchPlaces(index, q);
      expect(found[0]?.label, q).toBe('New York, NY');
      expect(found.filter((s) => s.label === 'New York, NY'), q).toHaveLength(1);
    }
    for (const q of ['Washington DC', 'Washington, D.C.', 'washington dc']) {
      const found = searchPlaces(index, q);
      expect(found[0]?.label, q).toBe('Washington, DC');
      expect(found.filter((s) => s.label.startsWith('Washington, DC') || s.label.startsWith('District of Columbia')), q).toHaveLength(1);
    }
  });

  it('never suggests the same place twice', () => {
    for (const q of ['Baltimore', 'St. Louis', 'Richmond', 'Springfield', 'Washington', 'New York', 'Chicago', 'Carson City']) {
      const keys = searchPlaces(index, q).map((s) => `${s.label}|${s.details[0]?.key}`);
      expect(new Set(keys).size, `${q}: ${keys.join('; ')}`).toBe(keys.length);
    }
  });

  it('forgives one wrong, missing or swapped letter, ranked below exact matches', () => {
    expect(first('Dearbron')?.label).toBe('Dearborn, MI');
    expect(first('Chicgo')?.label).toBe('Chicago, IL');
    expect(first('Austni TX')?.label).toBe('Austin, TX');
    expect(first('Milwakee')?.label).toBe('Milwaukee, WI');
    expect(first('Bouldr')?.label).toBe('Boulder, CO');
    // "Austin" exists, so an exact Austin ranks above places one letter away.
    expect(labels('Austin', 1)).toEqual(['Austin, TX']);
  });

  it('treats St. and Saint, Ft. and Fort alike', () => {
    expect(first('St. Paul')?.label).toBe('St. Paul, MN');
    expect(first('Saint Paul MN')?.label).toBe('St. Paul, MN');
    expect(first('Ft Collins')?.label).toBe('Fort Collins, CO');
  });

  it('finds a ZIP, a ZIP+4, and a ZIP that lost its leading zero', () => {
    expect(first('80302')?.label).toBe('ZIP 80302');
    expect(first('80302-1234')?.label).toBe('ZIP 80302');
    expect(first('2139')?.label).toBe('ZIP 02139');
    expect(searchPlaces(index, '803').every((s) => s.label.startsWith('ZIP 803'))).toBe(true);
  });
});

describe('suggestions that say what they are', () => {
  it('name the population and the records a place has, and rank places with records first among equals', () => {
    expect(detail(first('Dearborn MI'))).toMatch(/pop\. [\d,]+ · 2 campaigns/);
    const springfields = searchPlaces(index, 'Springfield');
    expect(detail(springfields[0])).toMatch(/pop\./);
    expect(springfields.slice(0, 5).every((s) => s.label.startsWith('Springfield'))).toBe(true);
  });

  it('name a county and a state as such', () => {
    expect(first('Cook County')?.label).toBe('Cook County, IL');
    expect(detail(first('Cook County'))).toContain('county');
    expect(first('Texas')).toMatchObject({label: 'Texas', target: {kind: 'state', usps: 'TX'}});
    expect(detail(first('Texas'))).toMatch(/^state/);
  });

  it('open a county as a county, with its point', () => {
    expect(first('Cook County, IL')?.target).toMatchObject({kind: 'county', countyId: '17031'});
  });
});

describe('Palestinian places', () => {
  it('finds a locality by English name, with or without diacritics, by other spellings, and in Arabic', () => {
    for (const q of ['Jenin camp', 'Janīn camp', 'janin camp']) expect(first(q)?.label, q).toBe('Jenin Camp');
    expect(first('رام الله')?.label).toBe('Ramallah');
    expect(first('Ramallah')?.target).toEqual({kind: 'locality', label: 'Ramallah', localityId: 'ramallah'});
  });

  it('says whether a locality has a US sister city yet', () => {
    expect(detail(first('Ramallah'))).toMatch(/\d US sister cities/);
    expect(detail(first('Jenin camp'))).toContain('no US sister city yet');
  });
});

describe('nothing found', () => {
  it('finds nothing for nonsense, and waits for two letters', () => {
    expect(labels('b')).toEqual([]);
    expect(labels('zzqxj')).toEqual([]);
  });

  it('gives a hint that fits what was typed', () => {
    expect(english(noMatchHint('99999', false))).toContain('No ZIP code 99999');
    expect(english(noMatchHint('zzqxj', false))).toContain('Check the spelling');
    expect(english(noMatchHint('قرية', false))).toContain('Arabic');
  });
});

describe('the index, filled in steps', () => {
  it('answers from the largest places before the last small town is indexed', () => {
    const partial = createPlaceIndex(recordsForSearch(dataset), gazetteer);
    expect(indexMore(partial, 2000)).toBe(false);
    expect(searchPlaces(partial, 'Chicago')[0]?.label).toBe('Chicago, IL');
    expect(searchPlaces(partial, 'Dearborn MI')[0]?.label).toBe('Dearborn, MI');
    while (!indexMore(partial, 500));
    expect(partial.entries.length).toBe(index.entries.length);
  });

  it('works before the gazetteer loads, on the places with records', () => {
    const small = buildPlaceIndex(recordsForSearch(parseDataset(fixtureTexts())));
    expect(searchPlaces(small, 'Muscatine').map((s) => s.label)).toEqual(['Muscatine, IA']);
  });
});

describe('every Palestinian city, town, village and camp', () => {
  const top = (q: string) => searchPlaces(index, q).slice(0, 3).map((s) => s.label);

  it('finds the places of the GeoNames gazetteer, not only those with a link', () => {
    expect(gazetteer.psPlaces.length).toBeGreaterThan(300);
    expect(top('Tulkarm')).toContain('Tulkarm');
    expect(top('Beit Sahour')).toContain('Bayt Sahur');
    expect(top('Khan Younis')).toContain('Khan Yunis');
  });

  it('by their other names: Gaza City, al-Quds, al-Khalil', () => {
    expect(top('Gaza City')[0]).toBe('Gaza');
    expect(top('al-Quds')).toContain('East Jerusalem');
    expect(top('القدس')).toContain('East Jerusalem');
    expect(top('Jerusalem')).toContain('East Jerusalem');
    expect(top('al-Khalil')[0]).toBe('Hebron');
  });

  it('tells Jenin the city from Jenin Camp', () => {
    const found = searchPlaces(index, 'Jenin').slice(0, 3);
    expect(found.map((s) => s.label)).toEqual(expect.arrayContaining(['Jenin', 'Jenin Camp']));
    expect(found.find((s) => s.label === 'Jenin')?.target.kind).toBe('ps-place');
    expect(found.find((s) => s.label === 'Jenin Camp')?.target.kind).toBe('locality');
  });

  it('finds Arabic names with or without vowel marks, and says there is no US sister city yet', () => {
    expect(top('طولكرم')[0]).toBe('Tulkarm');
    expect(top('جِنِين')).toContain('Jenin');
    expect(detail(first('Tulkarm'))).toContain('no US sister city yet');
  });

  it('shows a place known to the data once, as the data\u2019s', () => {
    const ramallah = searchPlaces(index, 'Ramallah').filter((s) => s.label === 'Ramallah');
    expect(ramallah).toHaveLength(1);
    expect(ramallah[0]?.target.kind).toBe('locality');
  });
});

describe('New England towns, by their county subdivision GEOID', () => {
  it('finds the town, not the CDP of its name in it, however it is written', () => {
    for (const q of ['Lexington MA', 'Lexington, MA', 'lexington massachusetts']) {
      expect(first(q), q).toMatchObject({label: 'Lexington, MA', target: {kind: 'us-place', placeId: '2501735215'}});
    }
    expect(detail(first('Lexington MA'))).toMatch(/^town · pop\. [\d,]+$/);
    expect(first('Westerly RI')?.target).toMatchObject({placeId: '4400977000'});
    expect(first('Needham, Massachusetts')?.target).toMatchObject({placeId: '2502144105'});
  });

  it('finds a town the data holds as the data\'s record, and a town GeoNames alone had as the Census town', () => {
    expect(first('Brookline, MA')?.target).toMatchObject({placeId: '2502109175'});
    expect(first('Glastonbury CT')).toMatchObject({label: 'Glastonbury, CT', target: {placeId: '0911031240'}});
    expect(first('Natick MA')?.target).toMatchObject({placeId: '2501743895'});
    // A township of the nine states whose towns come from the 2025 list, with its Census estimate.
    expect(first('Cherry Hill, NJ')).toMatchObject({label: 'Cherry Hill, NJ', target: {placeId: '3400712280'}});
    expect(detail(first('cherry hill new jersey'))).toMatch(/^township · pop\. [\d,]+$/);
    expect(first('Edison NJ')?.target).toMatchObject({placeId: '3402320230'});
    // With its estimate, the township of 107,000 comes before smaller Edisons when no state is given.
    expect(first('Edison')?.target).toMatchObject({placeId: '3402320230'});
    // A township GeoNames never listed, and a town beside the village of its name: both found, the town by its size.
    expect(first('Lower Merion PA')).toMatchObject({label: 'Lower Merion, PA', target: {placeId: '4209144976'}});
    expect(searchPlaces(index, 'Groton, CT').slice(0, 2).map((s) => detail(s)?.split(' · ')[0]).sort()).toEqual(['city', 'town']);
    expect(searchPlaces(index, 'Hempstead NY').slice(0, 2).map(({target}) => (target as {placeId: string}).placeId).sort()).toEqual(['3605934000', '3633139']);
  });

  it('finds places since 2010 that GeoNames never had, and a city-county government by its city\'s name', () => {
    expect(first('South Fulton GA')).toMatchObject({label: 'South Fulton, GA', target: {placeId: '1372122'}});
    expect(detail(first('South Fulton, Georgia'))).toMatch(/^city · pop\. 109,157/);
    expect(first('Fox Crossing WI')?.target).toMatchObject({placeId: '5526982'});
    // Macon, a city of 91,351 in 2010, has been Macon-Bibb County since 2014: the largest Macon, so the first.
    for (const q of ['Macon', 'Macon GA', 'macon, georgia']) expect(first(q)?.label, q).toBe('Macon-Bibb County, GA');
    expect(first('Utqiagvik')?.label).toBe('Utqiaġvik, AK');
  });
});

describe('suggestions name the kind and the ZIP city', () => {
  it('a city as a city, a ZIP with the city it belongs to', () => {
    expect(detail(first('Springfield, IL'))).toMatch(/^city · pop\. [\d,]+/);
    expect(first('52761')?.label).toBe('ZIP 52761');
    expect(detail(first('52761'))).toBe('Muscatine, IA');
  });
});
