import type {Campaign, CampaignWords} from '../domain/records';
import type {PlacementAreas} from '../geo/placement';
import {message} from '../i18n/message';
import {type CampaignRow, DATA_FILES, DATA_KEYS, type DataKey, type DatasetTexts, isPointsKey, placeFile, type PointsKey, readDataFile, type ReadFiles} from './dataset';
import {FileLoadError} from './fetch-file';
import {sourceLabel} from './fields';
import type {Located} from './validate';

/**
 * The data files as the build prepares them: read and checked once, by the same schemas as `npm run data:check`,
 * and written as JSON the browser only has to parse (at national scale the checks took seconds of a phone's CPU on
 * every visit). Points are checked against the placement boundaries here too, so the browser does not need them for
 * that. Each file is still prepared, fetched and refused on its own; a row the checks refused is not in `records`
 * but in `issues`, named by the data file's own row and column, so the map shows the problem as before.
 *
 * Campaigns are split in two: their facts (what the map, the counts, the lists and the profile read) in
 * campaigns.json, and their words (title, summary, vote, sources: nine tenths of the bytes at national scale) in
 * the shards of campaign-words.json, which the browser fetches only when a card first needs one. The sites each
 * campaign cites, all that "About the data" needs of the words, are in campaign-sites.json.
 */
export const PREPARED_FORMAT = 'campaign-map/prepared/2';

/** The name the campaigns' words go by (in messages, and each shard's envelope); they have no data file of their own. */
export const CAMPAIGN_WORDS_FILE = 'campaign-words.json';

/**
 * The words are split, by place, into shards of about this many bytes of JSON, so that a card fetches one small
 * piece (all of a place's campaigns in the same one) instead of every campaign's words: at national scale they are
 * 34 MB. Today's data fits in one.
 */
export const WORDS_SHARD_BYTES = 512 * 1024;

/** Which of `shards` holds the words of a place's campaigns (FNV-1a of its id): the same at build and in the page. */
export function wordsShard(jurisdictionId: string, shards: number): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < jurisdictionId.length; i++) hash = Math.imul(hash ^ jurisdictionId.charCodeAt(i), 0x01000193);
  return (hash >>> 0) % shards;
}

/**
 * The name of the file of the sites each campaign cites. "About the data" counts them; from the words it would fetch
 * every shard (at national scale 8 MB gzip), from this file a tenth of a megabyte.
 */
export const CAMPAIGN_SITES_FILE = 'campaign-sites.json';

const WORD_FIELDS = ['title', 'summary', 'vote', 'sources'] as const satisfies readonly (keyof CampaignWords)[];

/** The data files as the browser reads them prepared: campaigns without their words. */
export type PreparedFiles = ReadFiles<Campaign>;

/** A campaign without its words (and without steps, which are joined later). */
export function campaignFacts(record: Campaign): Campaign {
  const facts: Record<string, unknown> = {...record};
  for (const field of [...WORD_FIELDS, 'steps']) delete facts[field];
  return facts as unknown as Campaign;
}

function campaignWords(record: CampaignWords): CampaignWords {
  return Object.fromEntries(WORD_FIELDS.filter((field) => record[field] !== undefined).map((field) => [field, record[field]])) as unknown as CampaignWords;
}

interface PreparedSites {
  format: typeof PREPARED_FORMAT;
  file: typeof CAMPAIGN_SITES_FILE;
  /** Each site once (`sourceLabel`: the host without "www."). */
  sites: string[];
  /** For each campaign of campaigns.json, in its order, the sites it cites, by their place in `sites`. */
  cited: number[][];
}

interface PreparedWords {
  format: typeof PREPARED_FORMAT;
  file: typeof CAMPAIGN_WORDS_FILE;
  shard: number;
  shards: number;
  words: Record<string, CampaignWords>;
}

interface PreparedFile {
  format: typeof PREPARED_FORMAT;
  file: string;
  records: unknown[];
  issues: unknown[];
  rejectedIds: string[];
}

/**
 * campaigns.csv's last reading: the build prepares its facts and its words from the same text, and at national
 * scale checking it is most of the build's second.
 */
let lastCampaigns: {text: string; read: NonNullable<ReadFiles['campaigns']>} | undefined;

function readCampaigns(text: string): NonNullable<ReadFiles['campaigns']> {
  if (lastCampaigns?.text !== text) lastCampaigns = {text, read: readDataFile('campaigns', text)};
  return lastCampaigns.read;
}

/** The prepared form of one data file's text, its points placed when the boundaries are given. */
export function prepareDataFile(key: DataKey, text: string, areas?: PlacementAreas): string {
  const read = key === 'campaigns' ? readCampaigns(text) : readDataFile(key, text);
  const {records, issues, rejectedIds} = areas && isPointsKey(key) ? placeFile(key, read as NonNullable<ReadFiles[PointsKey]>, areas) : read;
  const kept = key === 'campaigns' ? (records as Located<CampaignRow>[]).map(({row, record}) => ({row, record: campaignFacts(record)})) : records;
  const prepared: PreparedFile = {format: PREPARED_FORMAT, file: DATA_FILES[key], records: kept, issues, rejectedIds: [...rejectedIds]};
  return JSON.stringify(prepared);
}

/**
 * The words of every campaign that campaigns.csv's checks keep, by id: the other half of its prepared form, in as
 * many shards as `shardBytes` asks for (one when `shardBytes` is Infinity, as the dev server serves them).
 */
export function prepareCampaignWords(campaignsText: string, shardBytes = WORDS_SHARD_BYTES): string[] {
  const kept = readCampaigns(campaignsText).records.map(({record}) => ({record, words: campaignWords(record)}));
  const bytes = kept.reduce((sum, {record, words}) => sum + record.id.length + JSON.stringify(words).length, 0);
  const shards = Math.max(1, Math.ceil(bytes / shardBytes));
  const pieces: PreparedWords[] = Array.from({length: shards}, (_, shard) => ({format: PREPARED_FORMAT, file: CAMPAIGN_WORDS_FILE, shard, shards, words: {}}));
  for (const {record, words} of kept) {
    const piece = pieces[wordsShard(record.jurisdictionId, shards)];
    if (piece) piece.words[record.id] = words;
  }
  return pieces.map((piece) => JSON.stringify(piece));
}

const notPrepared = (file: string) => new FileLoadError(file, message('load.notPrepared', {file}));

/**
 * A prepared file's fields when its text is this version's envelope of `file`; refused by name otherwise (a file
 * of another version of the map, or anything else answering at its address). Its reader checks the rest.
 */
function preparedEnvelope<T extends {format: string; file: string}>(text: string, file: string): Partial<T> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw notPrepared(file);
  }
  const v = (typeof value === 'object' && value !== null ? value : {}) as Partial<T>;
  if (v.format !== PREPARED_FORMAT || v.file !== file) throw notPrepared(file);
  return v;
}

/**
 * Reads one shard of the campaigns' words, refused by name when it is not of this version (as a data file is) or
 * not the shard the page asked for (a shard of another build's split).
 */
export function readCampaignWords(text: string, shard: number, shards: number): ReadonlyMap<string, CampaignWords> {
  const v = preparedEnvelope<PreparedWords>(text, CAMPAIGN_WORDS_FILE);
  if (v.shard !== shard || v.shards !== shards || typeof v.words !== 'object' || v.words === null || Array.isArray(v.words)) {
    throw notPrepared(CAMPAIGN_WORDS_FILE);
  }
  return new Map(Object.entries(v.words));
}

/** The sites each campaign that campaigns.csv's checks keep cites, in campaigns.json's order (see PreparedSites). */
export function prepareCampaignSites(campaignsText: string): string {
  const sites: string[] = [];
  const numbers = new Map<string, number>();
  const numberOf = (site: string) => numbers.get(site) ?? (numbers.set(site, sites.push(site) - 1), sites.length - 1);
  const cited = readCampaigns(campaignsText).records.map(({record}) => [...new Set(record.sources.map(sourceLabel))].map(numberOf));
  const prepared: PreparedSites = {format: PREPARED_FORMAT, file: CAMPAIGN_SITES_FILE, sites, cited};
  return JSON.stringify(prepared);
}

/**
 * Reads campaign-sites.json for the `campaigns` of campaigns.json, in its order: each campaign's sites by id.
 * Refused by name when it is not of this version or not of these campaigns (another build's), or holds anything
 * but numbers of its own sites.
 */
export function readCampaignSites(text: string, campaigns: readonly {id: string}[]): ReadonlyMap<string, readonly string[]> {
  const {sites, cited} = preparedEnvelope<PreparedSites>(text, CAMPAIGN_SITES_FILE);
  const ours =
    Array.isArray(sites) &&
    sites.every((site) => typeof site === 'string') &&
    Array.isArray(cited) &&
    cited.length === campaigns.length &&
    cited.every((numbers) => Array.isArray(numbers) && numbers.every((n) => Number.isInteger(n) && n >= 0 && n < sites.length));
  if (!ours) throw notPrepared(CAMPAIGN_SITES_FILE);
  return new Map(campaigns.map(({id}, i) => [id, cited[i]!.map((n) => sites[n]!)]));
}

/**
 * Reads a prepared file. Its records were checked when the site was built from data/, so only its envelope is checked
 * here: a file from another version of the map, or anything else answering at its address, is refused by name.
 */
export function readPreparedFile<K extends DataKey>(key: K, text: string): NonNullable<PreparedFiles[K]> {
  const file = DATA_FILES[key];
  const {records, issues, rejectedIds} = preparedEnvelope<PreparedFile>(text, file);
  if (!Array.isArray(records) || !Array.isArray(issues) || !Array.isArray(rejectedIds)) throw notPrepared(file);
  return {records, issues, rejectedIds: new Set(rejectedIds)} as NonNullable<PreparedFiles[K]>;
}

/** Every file of a dataset's texts prepared (what the build does to data/). */
export function prepareDataFiles(texts: DatasetTexts, areas?: PlacementAreas): DatasetTexts {
  return Object.fromEntries(DATA_KEYS.flatMap((key) => (texts[key] === undefined ? [] : [[key, prepareDataFile(key, texts[key], areas)]])));
}

/** Every file of a dataset prepared, and read back as the data worker reads each one as it arrives. */
export function readPreparedFiles(prepared: DatasetTexts): PreparedFiles {
  const files: PreparedFiles = {};
  for (const key of DATA_KEYS) {
    const text = prepared[key];
    if (text !== undefined) (files as Record<DataKey, unknown>)[key] = readPreparedFile(key, text);
  }
  return files;
}
