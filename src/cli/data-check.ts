import {bbox} from '@turf/turf';
import type {FeatureCollection, MultiPolygon, Polygon} from 'geojson';
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import type {DataIssue} from '../domain/records';
import {USPS_BY_STATE_FIPS} from '../domain/us-states';
import {COUNTY_POPULATION_COLUMNS, COUNTY_POPULATION_FILE, countyPopulationRowSchema} from '../gazetteer/build';
import {censusGeoidCheck} from '../gazetteer/census-check';
import {GAZETTEER_FILES, type GazetteerTexts, readGazetteer, readGazetteerCsv} from '../gazetteer/format';
import {type Area, kilometresOutside, misplacedRecords, type PlacedRecord} from '../geo/placement';
import {DATA_FILES, type DatasetTexts, parseDataset} from '../loaders/dataset';
import {jurisdictionProperties, localityProperties} from '../loaders/schemas';
import {validatePointFeatures} from '../loaders/validate';

/**
 * `npm run data:check`: validates data/ with the very schemas the app uses, then the data policy that needs
 * more than one row: unique ids, resolvable references (both in parseDataset) and every point inside the
 * state or territory it claims, or inside Palestine. Prints file:row:column message; exits 1 on any problem.
 */
const root = join(import.meta.dirname, '..', '..');
const read = (...path: string[]) => readFileSync(join(root, ...path), 'utf8');

const texts = Object.fromEntries(Object.entries(DATA_FILES).map(([key, file]) => [key, read('data', file)])) as DatasetTexts;
const dataset = parseDataset(texts);
// The county populations are not shown as records; they feed the gazetteer build, so they are checked here too.
const countyPopulation = readGazetteerCsv(
  COUNTY_POPULATION_FILE, read('data', COUNTY_POPULATION_FILE), COUNTY_POPULATION_COLUMNS, countyPopulationRowSchema
);
const issues: DataIssue[] = [...dataset.issues, ...countyPopulation.issues];

// Boundaries from the basemap (Census states, Natural Earth's Palestine), with bounding boxes for speed.
type Boundaries = FeatureCollection<Polygon | MultiPolygon, {id?: string; palestine?: boolean}>;
const withBox = (f: Area): Area => ({...f, bbox: bbox(f)});
const states = JSON.parse(read('public', 'basemap', 'states.geojson')) as Boundaries;
const countries = JSON.parse(read('public', 'basemap', 'countries.geojson')) as Boundaries;
const areas = new Map<string, Area>(states.features.map((f) => [USPS_BY_STATE_FIPS[f.properties.id ?? ''] ?? '', withBox(f)]));
const palestine = countries.features.find((f) => f.properties.palestine);
if (palestine) areas.set('PS', withBox(palestine));

// 10 km: the basemap's 1:10m coastlines cut off some harbour towns; swapped or wrong-state points miss by far more.
const TOLERANCE_KM = 10;
const placed: PlacedRecord[] = [
  ...validatePointFeatures(DATA_FILES.jurisdictions, texts.jurisdictions, jurisdictionProperties).records.map(({row, record}) => ({
    file: DATA_FILES.jurisdictions, row, point: record.point, area: record.state
  })),
  ...validatePointFeatures(DATA_FILES.localities, texts.localities, localityProperties).records.map(({row, record}) => ({
    file: DATA_FILES.localities, row, point: record.point, area: 'PS'
  }))
];

// The generated gazetteer in public/gazetteer/ is checked too: the search and "near me" rely on it.
const gazetteer = readGazetteer(
  Object.fromEntries(Object.entries(GAZETTEER_FILES).map(([key, file]) => [key, read('public', 'gazetteer', file)])) as GazetteerTexts
);
for (const [file, records] of [['gazetteer/places.csv', gazetteer.places.records], ['gazetteer/counties.csv', gazetteer.counties.records]] as const) {
  for (const {row, record} of records) placed.push({file, row, point: [record.lon, record.lat], area: record.state});
}
for (const {row, record} of gazetteer.psPlaces.records) placed.push({file: 'gazetteer/ps-places.csv', row, point: [record.lon, record.lat], area: 'PS'});
issues.push(...gazetteer.places.issues, ...gazetteer.counties.issues, ...gazetteer.zips.issues, ...gazetteer.psPlaces.issues);
issues.push(...misplacedRecords(placed, areas, TOLERANCE_KM));

// 7-digit GEOIDs in municipalities.geojson must be Census places of the same state (src/gazetteer/census-check.ts).
const geoids = censusGeoidCheck(texts.jurisdictions, read('data', 'census', 'places-2010.csv'));
issues.push(...geoids.issues);
for (const w of geoids.warnings) console.log(`warning: data/${w.file}:${w.row}:${w.column} ${w.message}`);

// A ZIP claims no state, so it only has to fall inside some US state or territory.
const usAreas = [...areas].filter(([key]) => key !== 'PS').map(([, area]) => area);
gazetteer.zips.records.forEach(({row, record: z}) => {
  const inside = (area: Area) => {
    const [w, s, e, n] = area.bbox!;
    return z.lon >= w! - 0.2 && z.lon <= e! + 0.2 && z.lat >= s! - 0.2 && z.lat <= n! + 0.2 && kilometresOutside([z.lon, z.lat], area) <= TOLERANCE_KM;
  };
  if (!usAreas.some(inside)) issues.push({file: 'gazetteer/zips.csv', row, column: 'lon', message: `ZIP ${z.zip} lies outside every US state and territory`});
});

for (const issue of issues) {
  const folder = issue.file.startsWith('gazetteer/') ? 'public' : 'data';
  console.log(`${folder}/${issue.file}:${issue.row}:${issue.column || '-'} ${issue.message}`);
}
const counts = [
  `${dataset.campaignTypes.length} campaign types`,
  `${dataset.jurisdictions.length} municipalities`,
  `${dataset.campaigns.length - dataset.sisterLinks.length} campaigns`,
  `${dataset.sisterLinks.length} sister-city links`,
  `${dataset.localities.length} Palestinian localities`,
  `${dataset.policeExchanges.length} police exchange records`,
  `${dataset.stateLaws.length} state laws`,
  `${countyPopulation.records.length} county populations`,
  `gazetteer: ${gazetteer.places.records.length} places, ${gazetteer.counties.records.length} counties, ${gazetteer.zips.records.length} ZIP codes, ${gazetteer.psPlaces.records.length} Palestinian places`
];
console.log(`${issues.length === 0 ? 'OK' : `${issues.length} problem(s)`}: ${counts.join(', ')}`);
process.exitCode = issues.length === 0 ? 0 : 1;
