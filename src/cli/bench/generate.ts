import {mkdirSync, readFileSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import Papa from 'papaparse';
import type {Dataset} from '../../domain/records';
import {CAMPAIGN_STATUSES, CAMPAIGN_TYPE_IDS, SISTER_LINK_STATUSES, type CampaignStatus, type CampaignTypeId, type JurisdictionKind} from '../../domain/vocabulary';
import {DEFAULT_FILTERS, type Filters} from '../../filters/model';
import {jurisdictionFilter} from '../../filters/expressions';
import {GAZETTEER_FILES, type PlaceKind, readGazetteer} from '../../gazetteer/format';
import {countPacking, jurisdictionFeatures} from '../../geo/features';
import {PLACEMENT_FILE, readPlacementAreas} from '../../geo/placement';
import {issueText} from '../../i18n/data-issue';
import {english} from '../../i18n/english';
import {campaignCells, campaignStepCells, policeExchangeCells, sisterLinkCells} from '../../loaders/schemas';
import {DATA_FILES, type DataKey, type DatasetTexts, parseDataset} from '../../loaders/dataset';

/**
 * The synthetic datasets of the browser bench: every gazetteer place and county (public/gazetteer) becomes a
 * jurisdiction with campaigns of varied types and statuses, sister-city links to the real Palestinian localities
 * and police exchange rows. The prose, vote tallies and source URLs are cycled from the real rows of data/, so the
 * files weigh (and compress) about like real ones would. The real state-laws.csv, campaign-types.csv and
 * palestinian-localities.geojson are used as they are. Every generated file must pass the app's own parseDataset
 * with zero issues: `generateDataset` asserts it.
 */

export const ROOT = join(import.meta.dirname, '..', '..', '..');
const read = (...path: string[]) => readFileSync(join(ROOT, ...path), 'utf8');

export interface Scale {
  name: string;
  campaignsPerPlace: number;
  links: number;
  police: number;
}

export const NATIONAL: Scale = {name: 'national', campaignsPerPlace: 3, links: 1000, police: 2000};
export const TWICE_NATIONAL: Scale = {name: '2x', campaignsPerPlace: 6, links: 2000, police: 4000};

/** What a checkbox tap in the bench switches: the first campaign type, "Ceasefire Resolution" in campaign-types.csv. */
export const TAPPED_TYPE: CampaignTypeId = 'ceasefire';

/** mulberry32: a small seeded generator, so two bench runs generate the same files. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const KIND: Record<PlaceKind, JurisdictionKind> = {
  city: 'city',
  town: 'town',
  township: 'township',
  village: 'village',
  borough: 'borough',
  municipality: 'city',
  consolidated: 'city',
  // A census designated place has no government of its own; the vocabulary has no such kind, and for the bench
  // only the number of places matters.
  cdp: 'town',
  place: 'town'
};

interface Place {
  id: string;
  name: string;
  state: string;
  kind: JurisdictionKind;
  /** Unknown for a town from a Gazetteer file without counts: left out of its feature. */
  population?: number;
  lon: number;
  lat: number;
}

/**
 * The gazetteer's places and counties. Places known only to GeoNames (`gn…` ids) get an unused 7-digit id in
 * their own state (the county column's first two digits), counted down from 99999, so every place is kept.
 */
function gazetteerPlaces(): {places: Place[]; renamed: number} {
  const texts = Object.fromEntries(Object.entries(GAZETTEER_FILES).map(([k, f]) => [k, read('public', 'gazetteer', f)])) as Record<keyof typeof GAZETTEER_FILES, string>;
  const gazetteer = readGazetteer(texts);
  const problems = gazetteer.places.issues.length + gazetteer.counties.issues.length;
  if (problems > 0) throw new Error(`the gazetteer itself has ${problems} problems: run npm run data:check`);
  const used = new Set(gazetteer.places.records.map((r) => r.record.id));
  const next = new Map<string, number>();
  let renamed = 0;
  const places: Place[] = gazetteer.places.records.map(({record: p}) => {
    let id = p.id;
    if (!/^\d{7}$/.test(id)) {
      const fips = p.county.slice(0, 2);
      let code = next.get(fips) ?? 99999;
      while (used.has(`${fips}${String(code).padStart(5, '0')}`)) code--;
      id = `${fips}${String(code).padStart(5, '0')}`;
      used.add(id);
      next.set(fips, code - 1);
      renamed++;
    }
    return {id, name: p.name, state: p.state, kind: KIND[p.kind], population: p.population, lon: p.lon, lat: p.lat};
  });
  const counties: Place[] = gazetteer.counties.records.map(({record: c}) => ({
    id: c.id, name: c.name, state: c.state, kind: 'county', population: c.population, lon: c.lon, lat: c.lat
  }));
  return {places: [...places, ...counties], renamed};
}

type Row = Record<string, string>;

function readCsv(file: string): Row[] {
  return Papa.parse<Row>(read('data', file), {header: true, skipEmptyLines: true}).data;
}

function toCsv(columns: readonly string[], rows: readonly Row[]): string {
  return `${Papa.unparse({fields: [...columns], data: rows.map((r) => columns.map((c) => r[c] ?? ''))}, {newline: '\n'})}\n`;
}

const columns = (cells: {shape: Record<string, unknown>}) => Object.keys(cells.shape);

/** A date between October 2023 and the end of 2025, sometimes only to the month, as sources give them. */
function dates(rand: () => number): {introduced: string; decided: string} {
  const start = Date.UTC(2023, 9, 1);
  const day = 86_400_000;
  const introduced = new Date(start + Math.floor(rand() * 800) * day);
  const decided = new Date(introduced.getTime() + Math.floor(rand() * 120) * day);
  const iso = (d: Date) => d.toISOString().slice(0, 10);
  const monthOnly = rand() < 0.15;
  return {introduced: monthOnly ? iso(introduced).slice(0, 7) : iso(introduced), decided: monthOnly ? iso(decided).slice(0, 7) : iso(decided)};
}

/** Statuses in rough proportion to a real movement: many passed, some introduced or organizing, fewer of the rest. */
const STATUS_WEIGHTS: Record<CampaignStatus, number> = {
  organizing: 14, introduced: 16, passed: 34, overridden: 3, failed: 10, vetoed: 4, withdrawn: 7, rescinded: 4, ended: 8
};
const STATUS_WHEEL: CampaignStatus[] = CAMPAIGN_STATUSES.flatMap((s) => Array<CampaignStatus>(STATUS_WEIGHTS[s]).fill(s));

/** The types a campaigns.csv row may have: sister-city campaigns come from sister-cities.csv. */
const ROW_TYPES = CAMPAIGN_TYPE_IDS.filter((t) => t !== 'sister-cities');

export interface GeneratedDataset {
  scale: Scale;
  /** File name (as in data/) → text. */
  files: Record<string, string>;
  dataset: Dataset;
  jurisdictions: number;
  renamedIds: number;
}

export function generateDataset(scale: Scale): GeneratedDataset {
  const rand = random(13 + scale.campaignsPerPlace);
  const {places, renamed} = gazetteerPlaces();
  const checked = '2026-11-21';
  const source = 'https://www.census.gov/geographies/reference-files/time-series/geo/gazetteer-files.html';

  const municipalities = {
    type: 'FeatureCollection',
    features: places.map((p) => ({
      type: 'Feature',
      id: p.id,
      geometry: {type: 'Point', coordinates: [p.lon, p.lat]},
      properties: {id: p.id, name: p.name, state: p.state, kind: p.kind, population: p.population, source_urls: source, checked}
    }))
  };

  const realCampaigns = readCsv(DATA_FILES.campaigns);
  const campaigns: Row[] = [];
  const steps: Row[] = [];
  places.forEach((p, i) => {
    for (let k = 0; k < scale.campaignsPerPlace; k++) {
      // Steps of 4 through the 9 row types (coprime): a place's campaigns are of different types, up to 9 of them.
      const type = ROW_TYPES[(i + k * 4) % ROW_TYPES.length]!;
      const status = STATUS_WHEEL[Math.floor(rand() * STATUS_WHEEL.length)]!;
      const real = realCampaigns[(i * scale.campaignsPerPlace + k) % realCampaigns.length]!;
      const {introduced, decided} = dates(rand);
      const id = `${p.id}-${type}-${k}`;
      const dated = status !== 'organizing';
      const isDecided = dated && status !== 'introduced';
      campaigns.push({
        id,
        municipality_id: p.id,
        type,
        status,
        title: real.title ?? 'Resolution',
        summary: `${p.name}: ${real.summary ?? ''}`,
        introduced: dated ? introduced : '',
        decided: isDecided ? decided : '',
        vote: isDecided ? real.vote ?? '' : '',
        source_urls: real.source_urls ?? source,
        checked,
        confidence: real.confidence ?? 'high',
        no_date_reason: ''
      });
      // A few campaigns carry their dated history; its latest step gives the campaign its status.
      if (i % 97 === 0 && (status === 'passed' || status === 'introduced')) {
        const url = real.source_urls?.split(' ')[0] ?? source;
        steps.push({campaign_id: id, date: introduced, step: 'introduced', vote: '', body: 'City Council', summary: 'The measure was introduced.', source_urls: url, checked});
        steps.push(status === 'passed'
          ? {campaign_id: id, date: decided, step: 'passed', vote: real.vote ?? '', body: 'City Council', summary: 'The council adopted the measure.', source_urls: url, checked}
          : {campaign_id: id, date: introduced, step: 'referred', vote: '', body: 'Rules Committee', summary: 'The measure was sent to committee.', source_urls: url, checked});
      }
    }
  });

  const localities = (JSON.parse(read('data', DATA_FILES.localities)) as {features: {properties: {id: string}}[]}).features.map((f) => f.properties.id);
  const realLinks = readCsv(DATA_FILES.sisterLinks);
  const links: Row[] = [];
  const linkStep = places.length / scale.links;
  for (let n = 0; n < scale.links; n++) {
    const p = places[Math.floor(n * linkStep)]!;
    const locality = localities[(n * 7) % localities.length]!;
    const real = realLinks[n % realLinks.length]!;
    const status = SISTER_LINK_STATUSES[n % SISTER_LINK_STATUSES.length]!;
    const {introduced, decided} = dates(rand);
    links.push({
      id: `${p.id}-${locality}`,
      municipality_id: p.id,
      locality_id: locality,
      status,
      proposed: status === 'unofficial' ? '' : introduced,
      rejected: status === 'rejected' ? decided : '',
      approved: status === 'official' ? decided : '',
      signed: status === 'official' ? decided : '',
      summary: real.summary ?? 'A sister-city link.',
      source_urls: real.source_urls ?? source,
      checked,
      confidence: real.confidence ?? 'high'
    });
  }

  const realPolice = readCsv(DATA_FILES.policeExchanges);
  const police: Row[] = [];
  const policeStep = places.length / scale.police;
  for (let n = 0; n < scale.police; n++) {
    const p = places[Math.floor(n * policeStep)]!;
    const real = realPolice[n % realPolice.length]!;
    police.push({
      id: `${p.id}-police-${n}`,
      agency: p.kind === 'county' ? `${p.name} Sheriff's Office` : `${p.name} Police Department`,
      municipality_id: p.id,
      program: real.program ?? 'Exchange',
      sponsor: real.sponsor ?? 'Sponsor',
      years: real.years ?? '',
      outcome: real.outcome ?? 'participated',
      summary: real.summary ?? 'An exchange.',
      source_urls: real.source_urls ?? source,
      checked,
      confidence: real.confidence ?? 'high'
    });
  }

  // The real Israel Bonds rows whose public body is a place or county here (state treasuries are not).
  const ids = new Set(places.map((p) => p.id));
  const bondsText = read('data', DATA_FILES.israelBonds);
  const bondLines = bondsText.split('\n');
  const bondRows = Papa.parse<Row>(bondsText, {header: true, skipEmptyLines: true}).data;
  const bondColumns = bondLines[0]!.split(',');
  const bonds = toCsv(bondColumns, bondRows.filter((r) => ids.has(r.municipality_id ?? '')));

  const files: Record<string, string> = {
    [DATA_FILES.campaignTypes]: read('data', DATA_FILES.campaignTypes),
    [DATA_FILES.jurisdictions]: `${JSON.stringify(municipalities, null, 1)}\n`,
    [DATA_FILES.campaigns]: toCsv(columns(campaignCells), campaigns),
    [DATA_FILES.campaignSteps]: toCsv(columns(campaignStepCells), steps),
    [DATA_FILES.sisterLinks]: toCsv(columns(sisterLinkCells), links),
    [DATA_FILES.localities]: read('data', DATA_FILES.localities),
    [DATA_FILES.policeExchanges]: toCsv(columns(policeExchangeCells), police),
    [DATA_FILES.stateLaws]: read('data', DATA_FILES.stateLaws),
    [DATA_FILES.israelBonds]: bonds
  };

  const dataset = parseDataset(datasetTexts(files), {areas: placementAreas()});
  if (dataset.issues.length > 0) {
    const sample = dataset.issues.slice(0, 5).map((i) => `${i.file} row ${i.row} ${i.column}: ${issueText(i, english)}`).join('\n  ');
    throw new Error(`the generated ${scale.name} dataset has ${dataset.issues.length} issues in parseDataset:\n  ${sample}`);
  }
  return {scale, files, dataset, jurisdictions: places.length, renamedIds: renamed};
}

/** The files by the loader's keys, as the app hands them to parseDataset. */
export function datasetTexts(files: Record<string, string>): DatasetTexts {
  return Object.fromEntries(Object.entries(DATA_FILES).map(([key, file]) => [key as DataKey, files[file]])) as DatasetTexts;
}

/** The boundaries the app checks every point against (it loads public/basemap/placement.geojson too). */
export function placementAreas() {
  return readPlacementAreas(JSON.parse(read('public', 'basemap', PLACEMENT_FILE)));
}

export function writeDataset(dir: string, files: Record<string, string>): void {
  mkdirSync(dir, {recursive: true});
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
}

/**
 * What the bare page draws for the filter comparison: the app's own place features (the same properties, built by
 * the same function) and the app's own filter expressions before and after the tap.
 */
export function barePlaces(dataset: Dataset): {features: ReturnType<typeof jurisdictionFeatures>; filters: [unknown, unknown]} {
  const tapped: Filters = {...DEFAULT_FILTERS, types: DEFAULT_FILTERS.types.filter((t) => t !== TAPPED_TYPE)};
  const packing = countPacking(dataset);
  return {features: jurisdictionFeatures(dataset, undefined, packing), filters: [jurisdictionFilter(DEFAULT_FILTERS, packing), jurisdictionFilter(tapped, packing)]};
}

export function describe(generated: GeneratedDataset): string {
  const d = generated.dataset;
  const bytes = Object.values(generated.files).reduce((sum, text) => sum + Buffer.byteLength(text), 0);
  return `${generated.scale.name}: ${d.campaigns.length} campaigns (incl. ${d.sisterLinks.length} sister-city links) in ${d.jurisdictions.length} jurisdictions ` +
    `(${generated.renamedIds} GeoNames-only places given unused 7-digit ids), ${d.policeExchanges.length} police rows, ` +
    `${d.israelBonds.length} Israel Bonds rows, ${d.stateLaws.length} state laws; ${(bytes / 1048576).toFixed(1)} MiB; parseDataset: ${d.issues.length} issues`;
}
