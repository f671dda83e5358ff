import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import type {DataIssue} from '../domain/records';
import {COUNTY_POPULATION_COLUMNS, COUNTY_POPULATION_FILE, countyPopulationRowSchema} from '../gazetteer/build';
import {censusGeoidCheck} from '../gazetteer/census-check';
import {CENSUS_SUBDIVISION_LISTS} from '../gazetteer/subdivisions';
import {readFeaturesLeniently} from '../loaders/lenient-json';
import {GAZETTEER_FILES, type GazetteerTexts, readGazetteer, readGazetteerCsv} from '../gazetteer/format';
import {type Area, kilometresOutside, misplacedRecords, PALESTINE_AREA, PLACEMENT_FILE, PLACEMENT_TOLERANCE_KM, type PlacedRecord, readPlacementAreas} from '../geo/placement';
import {DATA_FILES, DATA_KEYS, type DatasetTexts, parseDataset} from '../loaders/dataset';
import {issueText} from '../i18n/data-issue';
import {english} from '../i18n/english';
import {message} from '../i18n/message';
import {decodeBytes} from '../loaders/decode';
import {isHomepage, isWeakSource} from '../loaders/sources';

/**
 * `npm run data:check`: validates data/ with the very code the app uses (decoding, schemas, unique ids,
 * resolvable references, link ends, and every point inside the state or territory it claims, or inside
 * Palestine, against the same boundaries), then the generated gazetteer. Prints file:row:column message, the
 * message in English from the catalogs (issue.*), as the app shows it to an English reader;
 * exits 1 on any problem.
 */
const root = join(import.meta.dirname, '..', '..');
const read = (...path: string[]) => readFileSync(join(root, ...path), 'utf8');
const issues: DataIssue[] = [];

// Files are read as the app reads them: a spreadsheet's UTF-16 or Windows-1252 export is decoded, not garbled.
const texts: DatasetTexts = {};
for (const key of DATA_KEYS) {
  const decoded = decodeBytes(readFileSync(join(root, 'data', DATA_FILES[key])));
  if (decoded.ok) texts[key] = decoded.text;
  else issues.push({file: DATA_FILES[key], row: 0, column: '', text: decoded.problem});
}
const areas = readPlacementAreas(JSON.parse(read('public', 'basemap', PLACEMENT_FILE)));
const dataset = parseDataset(texts, {areas});
// The county populations are not shown as records; they feed the gazetteer build, so they are checked here too.
const countyPopulation = readGazetteerCsv(
  COUNTY_POPULATION_FILE, read('data', COUNTY_POPULATION_FILE), COUNTY_POPULATION_COLUMNS, countyPopulationRowSchema
);
issues.push(...dataset.issues, ...countyPopulation.issues);
const placed: PlacedRecord[] = [];

// The generated gazetteer in public/gazetteer/ is checked too: the search and "near me" rely on it.
const gazetteer = readGazetteer(
  Object.fromEntries(Object.entries(GAZETTEER_FILES).map(([key, file]) => [key, read('public', 'gazetteer', file)])) as GazetteerTexts
);
for (const [file, records] of [['gazetteer/places.csv', gazetteer.places.records], ['gazetteer/counties.csv', gazetteer.counties.records]] as const) {
  for (const {row, record} of records) placed.push({file, row, point: [record.lon, record.lat], area: record.state});
}
for (const {row, record} of gazetteer.psPlaces.records) placed.push({file: 'gazetteer/ps-places.csv', row, point: [record.lon, record.lat], area: PALESTINE_AREA});
issues.push(...gazetteer.places.issues, ...gazetteer.counties.issues, ...gazetteer.zips.issues, ...gazetteer.psPlaces.issues);
issues.push(...misplacedRecords(placed, areas, PLACEMENT_TOLERANCE_KM));

// GEOIDs in municipalities.geojson must be Census places of the same state, or towns of a county subdivision
// list where one covers the state (src/gazetteer/census-check.ts).
const geoids = censusGeoidCheck(texts.jurisdictions ?? '', {
  places: read('data', 'census', 'places-2010.csv'),
  places2025: read('data', 'census', 'places-2025.csv'),
  subdivisions: CENSUS_SUBDIVISION_LISTS.map(({file, year}) => ({file, year, text: read('data', file)}))
});
issues.push(...geoids.issues);
for (const w of geoids.warnings) console.log(`warning: data/${w.file}:${w.row}:${w.column} ${issueText(w, english)}`);

// A ZIP must fall inside some US state or territory. Some islands are too small for the 1:10m boundaries
// (Monhegan, ME lies 16 km out to sea), so ZIPs get a wider margin than records.
const ZIP_TOLERANCE_KM = 20;
const usAreas: Area[] = [...areas].filter(([key]) => key !== PALESTINE_AREA).map(([, area]) => area);
gazetteer.zips.records.forEach(({row, record: z}) => {
  const inside = (area: Area) => {
    const [w, s, e, n] = area.bbox!;
    return z.lon >= w! - 0.2 && z.lon <= e! + 0.2 && z.lat >= s! - 0.2 && z.lat <= n! + 0.2 && kilometresOutside([z.lon, z.lat], area) <= ZIP_TOLERANCE_KM;
  };
  if (!usAreas.some(inside)) issues.push({file: 'gazetteer/zips.csv', row, column: 'lon', text: message('issue.zipOutside', {zip: z.zip})});
});

// Warnings, not failures: a weak page beside stronger sources, or a homepage, is worth replacing when a person can.
/** A municipality's sources, which the app's own records leave out (the map never shows them), read off the file. */
function municipalitySources(text: string): {file: string; id: string; sources: string[]}[] {
  // Read as the loader reads it, so a broken file is the loader's issue above, not a crash here.
  const read = readFeaturesLeniently(text);
  if ('error' in read) return [];
  return read.features.map(({value}) => {
    const properties = (value as {properties?: {id?: unknown; source_urls?: unknown}} | null)?.properties;
    return {
      file: DATA_FILES.jurisdictions,
      id: String(properties?.id),
      sources: typeof properties?.source_urls === 'string' ? properties.source_urls.split(/\s+/).filter(Boolean) : []
    };
  });
}
const cited: {file: string; id: string; sources: readonly string[]}[] = [
  ...municipalitySources(texts.jurisdictions ?? ''),
  ...dataset.campaigns.filter((c) => !c.sisterLinkId).map((r) => ({file: DATA_FILES.campaigns, id: r.id, sources: r.sources})),
  // A step is cited on its own, so its sources are held to the same standard as its campaign's.
  ...dataset.campaigns.flatMap((c) => (c.steps ?? []).map((s) => ({file: DATA_FILES.campaignSteps, id: `${c.id} ${s.date} ${s.step}`, sources: s.sources}))),
  ...dataset.sisterLinks.map((r) => ({file: DATA_FILES.sisterLinks, id: r.id, sources: r.sources})),
  ...dataset.policeExchanges.map((r) => ({file: DATA_FILES.policeExchanges, id: r.id, sources: r.sources})),
  ...dataset.stateLaws.map((r) => ({file: DATA_FILES.stateLaws, id: r.id, sources: r.sources})),
  ...dataset.israelBonds.map((r) => ({file: DATA_FILES.israelBonds, id: r.id, sources: r.sources})),
  ...dataset.localities.map((r) => ({file: DATA_FILES.localities, id: r.id, sources: r.sources}))
];
const warnings = cited.flatMap(({file, id, sources}) => [
  ...sources.filter(isWeakSource).map((url) => `${file} ${id}: ${new URL(url).hostname} is a weak source (Wikipedia, a mirror, an AI summary or a copy); replace it with the primary record`),
  ...sources.filter(isHomepage).map((url) => `${file} ${id}: ${url} is a homepage, not a source for a specific fact`)
]);
for (const warning of warnings) console.log(`warning: ${warning}`);

for (const issue of issues) {
  const folder = issue.file.startsWith('gazetteer/') ? 'public' : 'data';
  console.log(`${folder}/${issue.file}:${issue.row}:${issue.column || '-'} ${issueText(issue, english)}`);
}
const counts = [
  `${dataset.campaignTypes.length} campaign types`,
  `${dataset.jurisdictions.length} municipalities`,
  `${dataset.campaigns.length - dataset.sisterLinks.length} campaigns`,
  `${dataset.sisterLinks.length} sister-city links`,
  `${dataset.localities.length} Palestinian localities`,
  `${dataset.policeExchanges.length} police exchange records`,
  `${dataset.stateLaws.length} state laws`,
  `${dataset.israelBonds.length} Israel Bonds records`,
  `${countyPopulation.records.length} county populations`,
  `gazetteer: ${gazetteer.places.records.length} places, ${gazetteer.counties.records.length} counties, ${gazetteer.zips.records.length} ZIP codes, ${gazetteer.psPlaces.records.length} Palestinian places`
];
console.log(`${issues.length === 0 ? 'OK' : `${issues.length} problem(s)`}: ${counts.join(', ')}`);
process.exitCode = issues.length === 0 ? 0 : 1;
