import {readFileSync} from 'node:fs';
import type {Polygon} from 'geojson';
import {booleanPointInPolygon} from '@turf/turf';
import type {Topology} from 'topojson-specification';
import {describe, expect, it} from 'vitest';
import type {z} from 'zod';
import {
  buildCountyRows,
  buildPlaceRows,
  buildZipRows,
  countyName,
  countyPopulations,
  fipsSortKey,
  labelPoint,
  longestIncreasingRun,
  parseGeoNamesCities,
  stateForFips,
  zipCentroidsSchema
} from '../../src/gazetteer/build';
import {
  COUNTY_COLUMNS,
  PLACE_COLUMNS,
  ZIP_COLUMNS,
  countyRowSchema,
  readGazetteerCsv,
  placeRowSchema,
  roundTo,
  toCsv,
  zipRowSchema,
  type PlaceRow
} from '../../src/gazetteer/format';

const readText = (relative: string) => readFileSync(new URL(relative, import.meta.url), 'utf8');
const fixture = (name: string): unknown => JSON.parse(readText(`../fixtures/gazetteer/${name}`));

const places = buildPlaceRows(parseGeoNamesCities(fixture('cities.json')));
const placeNamed = (name: string) => places.find((row) => row.name === name);

describe('places', () => {
  it('keeps US and territory places of at least 1,000 people, not neighbourhoods or other countries', () => {
    const names = places.map((row) => row.name);
    expect(names).toContain('Edge High');
    expect(names).not.toContain('Edge Low');
    expect(names).not.toContain('Corktown');
    expect(names).not.toContain('Toronto');
    expect(placeNamed('San Juan')?.state).toBe('PR');
  });

  it('uses the Census GEOID when the admin3 code is the place’s own', () => {
    expect(placeNamed('Dearborn')?.id).toBe('2621000');
    expect(placeNamed('Detroit')?.id).toBe('2622000');
    // A shared code belongs to the most populous holder only.
    expect(placeNamed('Kalamazoo')?.id).toBe('2642160');
    expect(placeNamed('Milwood')?.id).toBe('gn9000001');
  });

  it('falls back to gn<GeoNames id> when the code cannot be the place’s own', () => {
    expect(placeNamed('Westfield')?.id).toBe('gn9000002'); // out of alphabetical step: a township's code
    expect(placeNamed('Ypsilanti')?.id).toBe('gn9000003'); // 9xxxx: county-subdivision-only range
    expect(placeNamed('Springfield')?.id).toBe('gn4250542'); // IL: cities lie inside townships
    expect(placeNamed('Cranston')?.id).toBe('gn5780026'); // not a 5-digit code
    expect(placeNamed('Boulder')?.id).toBe('gn5574991'); // no admin3 code at all
  });

  it('rounds coordinates to 5 decimals and sorts by state, then name', () => {
    expect(placeNamed('Dearborn')).toMatchObject({lon: -83.17631, lat: 42.32226, kind: 'place', population: 95171});
    const order = places.map((row) => `${row.state} ${row.name}`);
    expect(order).toEqual([...order].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    expect(order.slice(0, 3)).toEqual(['CO Boulder', 'CO Cañon City', 'DC Washington, D.C.']);
  });

  it('reads names in FIPS alphabetical order', () => {
    expect(fipsSortKey('McKeesport') < fipsSortKey('Mahanoy City')).toBe(true);
    expect(fipsSortKey('Cañon City')).toBe('canoncity');
    expect([...longestIncreasingRun([5, 1, 2, 9, 3, 4])]).toHaveLength(4);
    expect(longestIncreasingRun([5, 1, 2, 9, 3, 4]).has(3)).toBe(false);
  });
});

describe('counties', () => {
  it('maps state FIPS codes to USPS codes, territories included', () => {
    expect(['55', '11', '72', '78', '60', '66', '69', '02'].map(stateForFips)).toEqual([
      'WI', 'DC', 'PR', 'VI', 'AS', 'GU', 'MP', 'AK'
    ]);
    expect(stateForFips('99')).toBeUndefined();
  });

  it.each([
    ['55025', 'Dane', 'Dane County'],
    ['22001', 'Acadia', 'Acadia Parish'],
    ['02020', 'Anchorage', 'Anchorage Municipality'],
    ['02050', 'Bethel', 'Bethel Census Area'],
    ['02110', 'Juneau', 'Juneau City and Borough'],
    ['02122', 'Kenai Peninsula', 'Kenai Peninsula Borough'],
    ['51760', 'Richmond', 'Richmond city'],
    ['51159', 'Richmond', 'Richmond County'],
    ['51036', 'Charles City', 'Charles City County'],
    ['24510', 'Baltimore', 'Baltimore city'],
    ['32510', 'Carson City', 'Carson City'],
    ['11001', 'District of Columbia', 'District of Columbia'],
    ['72127', 'San Juan', 'San Juan Municipio'],
    ['66010', 'Guam', 'Guam']
  ])('names %s "%s" as "%s"', (id, bare, expected) => {
    expect(countyName(id, bare)).toBe(expected);
  });

  const topology = fixture('counties.topo.json') as Topology;
  const populations = new Map([['22001', 61773], ['51760', 204214], ['55025', 488073]]);

  it('builds rows from TopoJSON with a label point inside the largest part and the census population', () => {
    const rows = buildCountyRows(topology, populations);
    expect(rows.map(({id}) => id)).toEqual(['22001', '51760', '55025']);
    expect(rows[2]).toEqual({id: '55025', name: 'Dane County', state: 'WI', kind: 'county', population: 488073, lon: -89.4, lat: 43.05});
    expect(rows[1]).toMatchObject({name: 'Richmond city', state: 'VA', lon: -77.5, lat: 37.5});
  });

  it('refuses to write a county without a population, naming it', () => {
    const withoutRichmond = new Map([...populations].filter(([id]) => id !== '51760'));
    expect(() => buildCountyRows(topology, withoutRichmond)).toThrow(/51760 \(Richmond\)/);
  });

  it('gives a county whose code changed since the census the population of the codes it replaced', () => {
    const row = (id: string, population: number) => ({
      id, name: id, state: 'VA', population, census: '2010', source_urls: ['https://example.org/'], checked: '2026-11-21'
    });
    const byCode = countyPopulations([row('51019', 68676), row('51515', 6222), row('46113', 13586), row('55025', 488073)]);
    expect(byCode.get('51019')).toBe(68676 + 6222);
    expect(byCode.get('46102')).toBe(13586);
    expect(byCode.get('55025')).toBe(488073);
    // Wade Hampton (02270) is not in these rows, so Kusilvak (02158) gets nothing rather than a guess.
    expect(byCode.has('02158')).toBe(false);
  });

  it('finds an inside point for a U-shaped polygon whose centre of mass is in the notch', () => {
    const u: Polygon = {
      type: 'Polygon',
      coordinates: [[[0, 0], [3, 0], [3, 3], [2, 3], [2, 1], [1, 1], [1, 3], [0, 3], [0, 0]]]
    };
    expect(booleanPointInPolygon(labelPoint(u), u)).toBe(true);
  });
});

describe('zips and rounding', () => {
  it('keeps leading zeros, rounds to 4 decimals and sorts by ZIP', () => {
    const rows = buildZipRows(zipCentroidsSchema.parse(fixture('zips.json')));
    expect(rows).toEqual([
      {zip: '00601', lon: -66.75, lat: 18.1806},
      {zip: '80302', lon: -105.3487, lat: 40.0251},
      {zip: '96799', lon: -170.7523, lat: -14.3229}
    ]);
  });

  it('rounds to the given decimals and never returns -0', () => {
    expect(roundTo(1.23456789, 4)).toBe(1.2346);
    expect(roundTo(-0.000001, 5)).toBe(0);
    expect(String(roundTo(40.014994, 5))).toBe('40.01499');
  });
});

describe('CSV round trip', () => {
  it('parses what it writes, hostile names included', () => {
    const hostile: PlaceRow = {
      id: 'gn1', name: 'Fort "Quote", =SUM(A1)', state: 'NY', kind: 'place', population: 1000, lon: -73.5, lat: 41
    };
    const rows = [...places, hostile];
    const parsed = readGazetteerCsv('places.csv', toCsv(PLACE_COLUMNS, rows), PLACE_COLUMNS, placeRowSchema);
    expect(parsed.issues).toEqual([]);
    expect(parsed.records.map((r) => r.record)).toEqual(rows);
  });

  it('reports a bad row with its spreadsheet row and column', () => {
    const text = 'id,name,state,kind,population,lon,lat\n2621000,Dearborn,MI,place,95171,-83.17631,42.32226\n12,X,ZZ,place,5,0,0\n';
    const parsed = readGazetteerCsv('places.csv', text, PLACE_COLUMNS, placeRowSchema);
    expect(parsed.records).toHaveLength(1);
    expect(parsed.issues.map(({row, column}) => `${row}:${column}`)).toEqual(['3:id', '3:state']);
  });
});

describe('committed public/gazetteer files', () => {
  const load = <T,>(file: string, columns: readonly string[], schema: z.ZodType<T>): T[] => {
    const text = readText(`../../public/gazetteer/${file}`);
    expect(text.split('\n', 1)[0]).toBe(columns.join(','));
    const parsed = readGazetteerCsv(file, text, columns, schema);
    expect(parsed.issues).toEqual([]);
    return parsed.records.map((r) => r.record);
  };
  const placeRows = load('places.csv', PLACE_COLUMNS, placeRowSchema);
  const countyRows = load('counties.csv', COUNTY_COLUMNS, countyRowSchema);
  const zipRows = load('zips.csv', ZIP_COLUMNS, zipRowSchema);

  it('has plausible row counts and unique ids', () => {
    expect(placeRows.length).toBeGreaterThan(15_000);
    expect(countyRows.length).toBeGreaterThanOrEqual(3_143);
    expect(zipRows.length).toBeGreaterThan(33_000);
    expect(new Set(placeRows.map(({id}) => id)).size).toBe(placeRows.length);
    expect(new Set(countyRows.map(({id}) => id)).size).toBe(countyRows.length);
    expect(new Set(zipRows.map(({zip}) => zip)).size).toBe(zipRows.length);
  });

  it('holds the places, county and ZIP the app relies on', () => {
    const has = (name: string, state: string) => placeRows.some((row) => row.name === name && row.state === state);
    expect(has('Boulder', 'CO')).toBe(true);
    expect(has('Muscatine', 'IA')).toBe(true);
    expect(placeRows.find((row) => row.name === 'Dearborn' && row.state === 'MI')?.id).toBe('2621000');
    expect(countyRows.find((row) => row.id === '55025')).toMatchObject({name: 'Dane County', state: 'WI'});
    expect(zipRows.some(({zip}) => zip === '80302')).toBe(true);
  });

  it('puts every point inside the US, its territories included', () => {
    const boxes = [
      {west: -180, east: -64, south: 17, north: 72}, // the states, DC, Puerto Rico, US Virgin Islands
      {west: 172, east: 180, south: 51, north: 54}, // western Aleutians, past the antimeridian
      {west: 144, east: 146.5, south: 13, north: 21}, // Guam, Northern Mariana Islands
      {west: -171.2, east: -168, south: -15, north: -11} // American Samoa
    ];
    const outside = [...placeRows, ...countyRows, ...zipRows].filter(
      ({lon, lat}) => !boxes.some((box) => lon >= box.west && lon <= box.east && lat >= box.south && lat <= box.north)
    );
    expect(outside).toEqual([]);
  });
});
