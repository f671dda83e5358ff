import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {performance} from 'node:perf_hooks';
import {parseArgs} from 'node:util';
import {browserBench} from './bench/browser-bench';
import {TWICE_NATIONAL} from './bench/generate';
import {tilesBench} from './bench/tiles';
import {DEFAULT_FILTERS} from '../filters/model';
import {GAZETTEER_FILES, type GazetteerTexts, gazetteerRows, readGazetteer} from '../gazetteer/format';
import {countPacking, jurisdictionFeatures, sisterLinkFeatures} from '../geo/features';
import {recordsByDistance} from '../geo/near';
import {DATA_FILES, type DatasetTexts, parseDataset} from '../loaders/dataset';
import {thematicLayers} from '../map/layers';
import {buildPlaceIndex, createPlaceIndex, indexMore, recordsForSearch, searchPlaces} from '../search/place-search';
import {datasetIndex} from '../store/derived';

/**
 * `npm run bench`: how long the work behind the map takes on the bundled data, in milliseconds per run
 * (median of several), then the browser part (src/cli/bench/browser-bench.ts): the app against a bare MapLibre page
 * in Chromium, with today's data and at national scale. It prints numbers and asserts nothing: speed is watched
 * here, never in a test. `--node` or `--browser` runs one part; README.md, "Performance", lists the options.
 */
const {values: args} = parseArgs({
  options: {
    node: {type: 'boolean', default: false},
    browser: {type: 'boolean', default: false},
    tiles: {type: 'boolean', default: false},
    'tiles-out': {type: 'string'},
    runs: {type: 'string', default: '7'},
    profiles: {type: 'string', default: 'desktop,phone'},
    scales: {type: 'string', default: 'today,national,2x'},
    'tap-rounds': {type: 'string', default: '1'},
    'bare-fade': {type: 'string', default: '0'},
    'loader-runs': {type: 'string', default: '3'},
    keep: {type: 'boolean', default: false}
  }
});

function list<T extends string>(value: string, allowed: readonly T[], option: string): T[] {
  const items = value.split(',').map((v) => v.trim()).filter(Boolean);
  const wrong = items.filter((v) => !(allowed as readonly string[]).includes(v));
  if (wrong.length > 0 || items.length === 0) throw new Error(`--${option} takes a comma-separated list of: ${allowed.join(', ')}`);
  return items as T[];
}

function count(value: string, option: string, min: number): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < min) throw new Error(`--${option} takes a whole number ≥ ${min}`);
  return n;
}

const onlyTiles = args.tiles && !args.node && !args.browser;
const runNode = !onlyTiles && (args.node || !args.browser);
const runBrowser = !onlyTiles && (args.browser || !args.node);
const browserOptions = {
  runs: count(args.runs, 'runs', 1),
  profiles: list(args.profiles, ['desktop', 'phone'] as const, 'profiles'),
  scales: list(args.scales, ['today', 'national', '2x'] as const, 'scales'),
  tapRounds: count(args['tap-rounds'], 'tap-rounds', 0),
  bareFade: count(args['bare-fade'], 'bare-fade', 0),
  loaderRuns: count(args['loader-runs'], 'loader-runs', 1),
  keep: args.keep
};

const root = join(import.meta.dirname, '..', '..');
const read = (...path: string[]) => readFileSync(join(root, ...path), 'utf8');

function nodeBench(): void {
  function median(runs: number, work: () => unknown): number {
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      const start = performance.now();
      work();
      times.push(performance.now() - start);
    }
    return times.sort((a, b) => a - b)[Math.floor(runs / 2)]!;
  }

  const texts = Object.fromEntries(Object.entries(DATA_FILES).map(([k, f]) => [k, read('data', f)])) as DatasetTexts;
  const dataset = parseDataset(texts);
  const gazetteerTexts = Object.fromEntries(
    Object.entries(GAZETTEER_FILES).map(([key, file]) => [key, read('public', 'gazetteer', file)])
  ) as GazetteerTexts;
  const readRows = () => gazetteerRows(readGazetteer(gazetteerTexts));
  const gazetteer = readRows();
  const searchRecords = recordsForSearch(dataset);
  const index = buildPlaceIndex(searchRecords, gazetteer);
  const queries = ['Boulder', 'Boulder, CO', 'Austin TX', 'st paul', '48126', '2139', 'Janīn', 'رام الله', 'Springfield', 'Dearbron', 'zz'];

  const rows: [string, number, string][] = [
    ['check data/ (once, at build and in data:check)', median(20, () => parseDataset(texts)), `${dataset.campaigns.length} campaigns, ${dataset.jurisdictions.length} places`],
    ['place features (once per dataset)', median(20, () => jurisdictionFeatures(dataset)), ''],
    ['great-circle arcs (once per dataset)', median(20, () => sisterLinkFeatures(dataset)), `${dataset.sisterLinks.length} links`],
    ['layer specs (per filter change)', median(50, () => thematicLayers(DEFAULT_FILTERS, {...datasetIndex(dataset), language: 'en', packing: countPacking(dataset)})), ''],
    ['gazetteer parse (in a worker, first search)', median(5, readRows), `${gazetteer.places.length + gazetteer.counties.length} places, ${gazetteer.zips.length} ZIPs`],
    ['search index: first 2,000 places (worker)', median(5, () => indexMore(createPlaceIndex(searchRecords, gazetteer), 2000)), 'the first suggestions come from these'],
    ['search index: every place (worker)', median(5, () => buildPlaceIndex(searchRecords, gazetteer)), `${index.entries.length} entries, in chunks of 500`],
    ['one search query (per keystroke)', median(20, () => queries.forEach((q) => searchPlaces(index, q))) / queries.length, `mean of ${queries.length} queries`],
    ['records by distance (per place)', median(50, () => recordsByDistance(dataset, DEFAULT_FILTERS, [-83.18, 42.33])), '']
  ];

  console.log(`${'step'.padEnd(40)} ${'ms'.padStart(8)}  note`);
  for (const [step, ms, note] of rows) console.log(`${step.padEnd(40)} ${ms.toFixed(2).padStart(8)}  ${note}`);
}

if (runNode) {
  console.log('## Node: the work behind the map, bundled data (median ms per run)');
  nodeBench();
}
if (runBrowser) {
  if (runNode) console.log('');
  await browserBench(browserOptions);
}
if (args.tiles) {
  if (runNode || runBrowser) console.log('');
  tilesBench(TWICE_NATIONAL, args['tiles-out']);
}
