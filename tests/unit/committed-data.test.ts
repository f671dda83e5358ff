/**
 * Checks on the committed files in data/ that no schema can make: that data/README.md tells the truth about
 * them, and that the hand-copied county populations add up to the census's own state totals.
 */
import {readFileSync} from 'node:fs';
import Papa from 'papaparse';
import {describe, expect, it} from 'vitest';
import {COUNTY_POPULATION_COLUMNS, COUNTY_POPULATION_FILE, countyPopulationRowSchema} from '../../src/gazetteer/build';
import {readGazetteerCsv} from '../../src/gazetteer/format';
import {DATA_FILES, type DatasetTexts, parseDataset} from '../../src/loaders/dataset';
import type {LngLat} from '../../src/domain/records';
import type {Bounds} from '../../src/geo/bounds';
import {REGIONS} from '../../src/map/camera';

const readData = (file: string) => readFileSync(new URL(`../../data/${file}`, import.meta.url), 'utf8');
const csvRowCount = (text: string) => Papa.parse(text, {header: true, skipEmptyLines: true}).data.length;

describe('data/README.md', () => {
  const readme = readData('README.md');
  const counts = new Map(
    [...readme.matchAll(/^\| `([^`]+)` \| ([\d,]+)(?: features)? \|$/gm)].map(([, file, n]) => [file, Number(n!.replace(/,/g, ''))])
  );

  it.each([...Object.values(DATA_FILES), COUNTY_POPULATION_FILE])('states the row count of %s', (file) => {
    const text = readData(file);
    const actual = file.endsWith('.geojson') ? (JSON.parse(text) as {features: unknown[]}).features.length : csvRowCount(text);
    expect(counts.get(file), `the "Counts" table in data/README.md for ${file}`).toBe(actual);
  });
});

describe(`data/${COUNTY_POPULATION_FILE}`, () => {
  const {records, issues} = readGazetteerCsv(
    COUNTY_POPULATION_FILE, readData(COUNTY_POPULATION_FILE), COUNTY_POPULATION_COLUMNS, countyPopulationRowSchema
  );

  it('passes its schema', () => {
    expect(issues).toEqual([]);
  });

  // The Census Bureau's 2010 state counts, from its centres-of-population file
  // (https://www2.census.gov/geo/docs/reference/cenpop2010/CenPop2010_Mean_ST.txt): a mistyped county shows here.
  it('adds up, state by state, to the 2010 census count of each state, DC and Puerto Rico', () => {
    const states = Papa.parse<{STATEFP: string; STNAME: string; POPULATION: string}>(
      readFileSync(new URL('../fixtures/census-2010-state-population.csv', import.meta.url), 'utf8'),
      {header: true, skipEmptyLines: true}
    ).data;
    expect(states).toHaveLength(52);
    const sums = new Map<string, number>();
    for (const {record} of records) {
      if (record.census === '2010') sums.set(record.id.slice(0, 2), (sums.get(record.id.slice(0, 2)) ?? 0) + record.population);
    }
    const mismatches = states
      .filter(({STATEFP, POPULATION}) => sums.get(STATEFP) !== Number(POPULATION))
      .map(({STNAME, POPULATION, STATEFP}) => `${STNAME}: counties sum to ${sums.get(STATEFP)}, census ${POPULATION}`);
    expect(mismatches).toEqual([]);
  });
});

describe('the "Go to" buttons', () => {
  it('between them show every US place with a record', () => {
    const texts = Object.fromEntries(Object.entries(DATA_FILES).map(([key, file]) => [key, readData(file)])) as DatasetTexts;
    const {jurisdictions} = parseDataset(texts);
    const inside = ([lon, lat]: LngLat, [[west, south], [east, north]]: Bounds) => lon >= west && lon <= east && lat >= south && lat <= north;
    const unseen = jurisdictions
      .filter((j) => j.kind !== 'state' && !Object.values(REGIONS).some(({bounds}) => inside(j.point, bounds)))
      .map((j) => `${j.name}, ${j.state}`);
    expect(unseen).toEqual([]);
  });
});
