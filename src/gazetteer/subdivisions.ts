/**
 * County subdivisions (the towns of New England, the townships of the states that have them) as rows of
 * places.csv, from the committed Census Gazetteer county subdivision file in data/census/. Pure: the caller reads
 * the input and writes the files (src/cli/data-build.ts). data/README.md, "Gazetteer", explains each rule.
 */
import {z} from 'zod';
import {requiredText} from '../loaders/fields';
import {
  censusEstimateRowSchema,
  censusRadiusKm,
  comparePlaceRows,
  compareText,
  type CountyIndex,
  DUPLICATE_RADII,
  kilometres,
  MATCH_MIN_KM,
  MATCH_RADII,
  MIN_POPULATION,
  nameKeys,
  PLACE_DECIMALS,
  type PlaceBuild,
  type ZipCandidate
} from './build';
import {decimal, roundTo, stateCode, type PlaceKind, type PlaceRow} from './format';

/**
 * data/census/cousubs-2023.csv: the Census Bureau's 2023 Gazetteer county subdivision files of Connecticut,
 * Massachusetts and Rhode Island, trimmed to the columns the build reads (data/census/NOTICE.txt). The 2023 files
 * carry no population, so neither does this.
 */
export const CENSUS_SUBDIVISIONS_FILE = 'census/cousubs-2023.csv';

/**
 * data/census/cousubs-2025.csv: the 2025 Gazetteer county subdivisions of the other nine states whose subdivisions
 * are governments (ME, NH, VT, NY, NJ, PA, MI, MN, WI), same columns (data/census/NOTICE.txt). data:check holds the
 * towns and townships of municipalities.geojson to it; the gazetteer takes its towns of 1,000 people or more
 * (`addTownsOfSize`; data/README.md, "Towns of the nine other states").
 */
export const CENSUS_SUBDIVISIONS_2025_FILE = 'census/cousubs-2025.csv';

/** The Census county subdivision lists data:check holds the 10-digit ids of municipalities.geojson to. */
export const CENSUS_SUBDIVISION_LISTS = [
  {file: CENSUS_SUBDIVISIONS_FILE, year: '2023'},
  {file: CENSUS_SUBDIVISIONS_2025_FILE, year: '2025'}
] as const;
export const CENSUS_SUBDIVISION_COLUMNS = ['geoid', 'state', 'name', 'funcstat', 'land_sqmi', 'lat', 'lon'] as const;
export const censusSubdivisionRowSchema = z.object({
  /** State FIPS + county FIPS (in Connecticut since 2022: planning region) + county subdivision FIPS. */
  geoid: z.string().regex(/^\d{10}$/, 'expected a 10-digit county subdivision GEOID'),
  state: stateCode,
  /** The Census name, its description included ("Brookline town", "Barnstable Town city"). */
  name: requiredText,
  funcstat: z.string().regex(/^[A-Z]$/, 'expected a 1-letter functional status'),
  land_sqmi: decimal(0, 1_000_000),
  lat: decimal(-90, 90),
  lon: decimal(-180, 180)
});
export type CensusSubdivision = z.output<typeof censusSubdivisionRowSchema>;

/**
 * data/census/cousub-population-2023.csv: the American Community Survey 2019-2023 5-year estimate of each county
 * subdivision's population in the twelve states above (data/census/NOTICE.txt), the only Census count of towns found
 * as a public copy: the Gazetteer lists since 2020 carry none.
 */
export const CENSUS_SUBDIVISION_POPULATION_FILE = 'census/cousub-population-2023.csv';
export const censusSubdivisionPopulationRowSchema = censusEstimateRowSchema(10, 'county subdivision');
/** Town populations by GEOID. */
export type SubdivisionPopulations = ReadonlyMap<string, number>;

/** The text that ends a county subdivision's Census name, and the kind it stands for. */
const SUBDIVISION_SUFFIXES: readonly [string, PlaceKind][] = [
  [' charter township', 'township'],
  [' township', 'township'],
  [' borough', 'borough'],
  [' village', 'village'],
  [' town', 'town'],
  [' city', 'city'],
  // Maine's plantations elect assessors and hold town meetings: a government, though not a town.
  [' plantation', 'municipality']
];

/**
 * The name people use and the kind: "Brookline town" -> Brookline, town; "Framingham city" -> Framingham, city;
 * a Massachusetts town-form city drops its "Town" as places do (Barnstable Town city -> Barnstable). Undefined for
 * the Census's filler rows ("County subdivisions not defined", code 00000: water and other land outside any town).
 */
export function subdivisionName(place: Pick<CensusSubdivision, 'geoid' | 'name' | 'state'>): {name: string; kind: PlaceKind} | undefined {
  if (place.geoid.endsWith('00000')) return undefined;
  const read = readSubdivisionName(place);
  if (!read) throw new Error(`${place.name} (${place.geoid}): expected its name to end in township, town, city, borough, village or plantation`);
  return read;
}

/**
 * The name people use of any row, for comparing names (data:check): without its description where it is one of
 * the kinds above, else the Census name as it is (Maine's "Bancroft UT", an unorganized territory; "Hale's
 * Location", NH).
 */
export function subdivisionPlainName(place: Pick<CensusSubdivision, 'name' | 'state'>): string {
  return readSubdivisionName(place)?.name ?? place.name;
}

function readSubdivisionName(place: Pick<CensusSubdivision, 'name' | 'state'>): {name: string; kind: PlaceKind} | undefined {
  const rule = SUBDIVISION_SUFFIXES.find(([suffix]) => place.name.endsWith(suffix));
  if (!rule) return undefined;
  let name = place.name.slice(0, -rule[0].length);
  if (place.state === 'MA' && rule[1] === 'city' && name.endsWith(' Town')) name = name.slice(0, -' Town'.length);
  return {name, kind: rule[1]};
}

/**
 * Functional status (FUNCSTAT), as the Census Bureau defines it for its geographies: A, an active government
 * providing primary general-purpose functions; B, an active government partially consolidated with another but
 * with separate officials. Such a subdivision is a municipality of its own and always becomes a row.
 */
const OWN_GOVERNMENT = new Set(['A', 'B']);
/**
 * C, an active government consolidated with another with a single set of officials (Hartford town is Hartford
 * city); F, a fictitious entity created to fill the Census Bureau's geographic hierarchy (each Massachusetts and
 * Rhode Island city is listed again as a subdivision of its name). The government is the incorporated place of
 * the same name.
 */
const PLACE_GOVERNMENT = new Set(['C', 'F']);
/** Kinds of places.csv that are incorporated places: everything but a CDP and a GeoNames-only row. */
const INCORPORATED = new Set<PlaceKind>(['city', 'town', 'township', 'village', 'borough', 'municipality', 'consolidated']);

export type SubdivisionOutcome =
  | {added: PlaceRow}
  /** The incorporated place of places.csv that is the same government. */
  | {sameAs: PlaceRow}
  | {skipped: 'not defined' | 'no government'};

export interface SubdivisionBuild extends PlaceBuild {
  outcomes: {subdivision: CensusSubdivision; outcome: SubdivisionOutcome}[];
  /** GeoNames-only rows (gn) that were these towns, replaced by them: the town, and the GeoNames row it replaced. */
  replaced: {town: PlaceRow; geoNames: PlaceRow}[];
}

/**
 * Adds the county subdivisions to the places built from the Census place list, without adding a government twice.
 *
 * - A subdivision with a government of its own (FUNCSTAT A, B) is added under its 10-digit GEOID, even where an
 *   incorporated place of the same name lies in it: Groton town and Groton city CT, Litchfield town and
 *   Litchfield borough CT are separate governments with separate councils.
 * - A subdivision whose government is an incorporated place (FUNCSTAT C, F) is left out when places.csv has an
 *   incorporated place of that name in the state: the place already stands for it (Boston city, Hartford town).
 *   Name and state suffice here and the county is not compared, because the two county columns come from
 *   different sources (the GEOID, the point) and the Census status already says the two are one government.
 *   Where places.csv has no such place (towns that became cities after 2010: Framingham, Amherst), the
 *   subdivision is added, as the city it now is.
 * - Other statuses (inactive, nonfunctioning, statistical) and the "not defined" filler rows are left out.
 * - A CDP of the town's name is kept: it is a different Census area (often the village centre: Westerly CDP,
 *   17,936 people in 2010, in Westerly town), with its own GEOID and census count. Search shows the town instead
 *   of a CDP of its name in its county (src/search/place-search.ts), since the town has the council.
 * - A GeoNames-only row (gn) that is the town (same state, a shared name key, within the distance by which
 *   GeoNames places are matched to Census places) is replaced by it, and so is a second such entry nearby: the
 *   town now has its Census id, and the Census estimate of its population rather than GeoNames's.
 *
 * Each added row: id the GEOID; county its first five digits when counties.csv has that county, else (Connecticut,
 * whose 2022 planning regions replaced the 8 counties of counties.csv) the county polygon holding the point;
 * population the 2019-2023 ACS estimate (`populations`), empty where that has none; the Census internal point. Added towns become ZIP candidates like
 * Census places, with the radius of their land area.
 */
export function addSubdivisions(
  places: PlaceBuild,
  subdivisions: readonly CensusSubdivision[],
  counties: CountyIndex,
  populations: SubdivisionPopulations = new Map()
): SubdivisionBuild {
  const incorporated = new Map<string, PlaceRow>();
  for (const row of places.rows) {
    if (!INCORPORATED.has(row.kind) || !/^\d{7}$/.test(row.id)) continue;
    for (const key of nameKeys(row.name, row.kind === 'consolidated')) incorporated.set(`${row.state}|${key}`, row);
  }
  const outcomes = subdivisions.map((subdivision): {subdivision: CensusSubdivision; outcome: SubdivisionOutcome} => {
    const named = subdivisionName(subdivision);
    if (named === undefined) return {subdivision, outcome: {skipped: 'not defined'}};
    const sameAs = nameKeys(named.name)
      .map((key) => incorporated.get(`${subdivision.state}|${key}`))
      .find((row) => row !== undefined);
    if (PLACE_GOVERNMENT.has(subdivision.funcstat) && sameAs !== undefined) return {subdivision, outcome: {sameAs}};
    if (!OWN_GOVERNMENT.has(subdivision.funcstat) && !PLACE_GOVERNMENT.has(subdivision.funcstat)) {
      return {subdivision, outcome: {skipped: 'no government'}};
    }
    return {subdivision, outcome: {added: townRow(subdivision, named, counties, populations)}};
  });
  const towns = outcomes.flatMap(({subdivision, outcome}) => ('added' in outcome ? [{row: outcome.added, radiusKm: censusRadiusKm(subdivision)}] : []));
  const replaced = geoNamesRowsOf(towns, places.rows.filter(({id}) => id.startsWith('gn')));
  return {...withTowns(places, towns, replaced), outcomes, replaced};
}

/**
 * Adds the towns and townships of a list whose states also have incorporated places inside their towns (the 2025
 * list of ME, NH, VT, NY, NJ, PA, MI, MN, WI), as places are chosen: a subdivision with a government of its own
 * (FUNCSTAT A, B) and a Census estimate of 1,000 people or more, like the places' 2010 floor; and any such
 * subdivision that a GeoNames-only row is (same state, a shared name key, within the distance `addSubdivisions`
 * uses), which replaces that row whatever its estimate. Each is written as `addSubdivisions` writes a town. A
 * subdivision whose government is an incorporated place (C, F: a Pennsylvania borough listed again) is never taken,
 * its place stands for it; a town and a village of one name (Hempstead NY) are two governments and both stay.
 */
export function addTownsOfSize(
  places: PlaceBuild,
  subdivisions: readonly CensusSubdivision[],
  counties: CountyIndex,
  populations: SubdivisionPopulations
): PlaceBuild & {towns: PlaceRow[]; replaced: {town: PlaceRow; geoNames: PlaceRow}[]} {
  const candidates = subdivisions.flatMap((subdivision) => {
    const named = OWN_GOVERNMENT.has(subdivision.funcstat) ? subdivisionName(subdivision) : undefined;
    return named ? [{row: townRow(subdivision, named, counties, populations), radiusKm: censusRadiusKm(subdivision)}] : [];
  });
  const replaced = geoNamesRowsOf(candidates, places.rows.filter(({id}) => id.startsWith('gn')));
  const chosen = new Set(replaced.map(({town}) => town.id));
  const towns = candidates
    .filter(({row}) => chosen.has(row.id) || (row.population ?? 0) >= MIN_POPULATION)
    .map((town) => ({...town, row: onLand(town.row, places.rows, counties)}));
  // Only the towns that were GeoNames rows name ZIPs, as those rows did. The others would take the ZIPs of the
  // villages and cities in and around them, by circle or by nearness (Wausau's 54401 fell to Stettin town, Pinckney's
  // 48143 to Hamburg township): a ZIP goes by its village's or city's name, not the township's.
  const zipTowns = towns.filter(({row}) => chosen.has(row.id));
  return {...withTowns(places, towns, replaced, zipTowns), towns: towns.map(({row}) => row), replaced};
}

/**
 * A town whose Census internal point lies off the map's land (Kittery ME's, in the Isles of Shoals it includes) is
 * placed at the place of its name in its county (Kittery CDP), where there is one: a point at sea fails data:check
 * and shows the town in the water.
 */
function onLand(town: PlaceRow, places: readonly PlaceRow[], counties: CountyIndex): PlaceRow {
  if (counties.kmToState([town.lon, town.lat], town.state) === 0) return town;
  const keys = new Set(nameKeys(town.name));
  const namesake = places.find((p) => p.state === town.state && p.county === town.county && /^\d{7}$/.test(p.id) && nameKeys(p.name).some((k) => keys.has(k)));
  return namesake ? {...town, lon: namesake.lon, lat: namesake.lat} : town;
}

/** A subdivision as a row of places.csv: the GEOID, its county (see `addSubdivisions`), its estimated population where known, its internal point. */
function townRow(subdivision: CensusSubdivision, named: {name: string; kind: PlaceKind}, counties: CountyIndex, populations: SubdivisionPopulations): PlaceRow {
  const at = {lon: roundTo(subdivision.lon, PLACE_DECIMALS), lat: roundTo(subdivision.lat, PLACE_DECIMALS)};
  const prefix = subdivision.geoid.slice(0, 5);
  const county = counties.has(prefix) ? prefix : counties.countyAt([at.lon, at.lat], subdivision.state).id;
  return {id: subdivision.geoid, name: named.name, state: subdivision.state, kind: named.kind, county, population: populations.get(subdivision.geoid), ...at};
}

/**
 * The places with these towns added and the GeoNames-only rows they replace taken out, rows and ZIP candidates alike:
 * `zipTowns` (all the towns unless given) name ZIPs, each as a circle of its land area, or as a point without one.
 */
export function withTowns(
  places: PlaceBuild,
  towns: readonly {row: PlaceRow}[],
  replaced: readonly {geoNames: PlaceRow}[],
  zipTowns: readonly {row: PlaceRow; radiusKm?: number}[] = towns
): PlaceBuild {
  const gone = new Set(replaced.map(({geoNames}) => geoNames.id));
  const rows = [...places.rows.filter(({id}) => !gone.has(id)), ...towns.map(({row}) => row)].sort(comparePlaceRows);
  const zipCandidates: ZipCandidate[] = [
    ...places.zipCandidates.filter(({id}) => !gone.has(id)),
    ...zipTowns.map(({row, radiusKm}) => ({id: row.id, name: row.name, state: row.state, points: [[row.lon, row.lat]] as [number, number][], radiusKm}))
  ];
  return {...places, rows, geoNamesOnly: places.geoNamesOnly - gone.size, zipCandidates};
}

/**
 * The GeoNames-only rows that are these towns: pairs in the same state with a shared name key, the GeoNames point
 * within 5 km plus 10 radii of the town's internal point, made one to one, closest first (as `matchPlaces` does);
 * then any other such row within 5 km plus 2 radii of a matched town, a second GeoNames entry for it.
 */
export function geoNamesRowsOf(towns: readonly {row: PlaceRow; radiusKm: number}[], geoNames: readonly PlaceRow[]): {town: PlaceRow; geoNames: PlaceRow}[] {
  const byKey = new Map<string, PlaceRow[]>();
  for (const row of geoNames) {
    for (const key of nameKeys(row.name)) byKey.set(`${row.state}|${key}`, [...(byKey.get(`${row.state}|${key}`) ?? []), row]);
  }
  const pairs: {town: PlaceRow; geoNames: PlaceRow; km: number; radiusKm: number}[] = [];
  for (const {row: town, radiusKm} of towns) {
    const seen = new Set<string>();
    for (const key of nameKeys(town.name)) {
      for (const row of byKey.get(`${town.state}|${key}`) ?? []) {
        if (seen.has(row.id)) continue;
        seen.add(row.id);
        const km = kilometres([town.lon, town.lat], [row.lon, row.lat]);
        if (km <= MATCH_MIN_KM + MATCH_RADII * radiusKm) pairs.push({town, geoNames: row, km, radiusKm});
      }
    }
  }
  pairs.sort((a, b) => a.km - b.km || compareText(a.town.id, b.town.id) || compareText(a.geoNames.id, b.geoNames.id));
  const usedTowns = new Set<string>();
  const usedRows = new Set<string>();
  const matched = pairs.filter(({town, geoNames: row}) => {
    if (usedTowns.has(town.id) || usedRows.has(row.id)) return false;
    usedTowns.add(town.id);
    usedRows.add(row.id);
    return true;
  });
  const seconds = pairs.filter(({town, geoNames: row, km, radiusKm}) => {
    if (!usedTowns.has(town.id) || usedRows.has(row.id) || km > MATCH_MIN_KM + DUPLICATE_RADII * radiusKm) return false;
    usedRows.add(row.id);
    return true;
  });
  return [...matched, ...seconds].map(({town, geoNames: row}) => ({town, geoNames: row}));
}
