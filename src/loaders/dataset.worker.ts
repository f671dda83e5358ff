import {tally} from '../filters/predicates';
import {buildMapSources, MAP_SOURCE_KEYS, type MapSourceKey} from '../geo/map-sources';
import {message, type Message} from '../i18n/message';
import {assembleDataset, DATA_FILES, type DataKey, type WithSteps} from './dataset';
import type {Campaign, CampaignDetails, CampaignWords, Dataset} from '../domain/records';
import {type DatasetPart, type DatasetReply, type DatasetRequest, datasetParts} from './dataset-protocol';
import {campaignFacts, CAMPAIGN_SITES_FILE, CAMPAIGN_WORDS_FILE, type PreparedFiles, readCampaignSites, readCampaignWords, readPreparedFile} from './prepared';
import {citedSites} from './sources';
import {FileLoadError, type FetchedFile, fileText} from './fetch-file';

/**
 * Reading the data, off the main thread. The files come prepared (checked at build, src/loaders/prepared.ts); joining
 * them and building the map's sources is still hundreds of milliseconds at national scale, which would freeze a
 * phone's page. Each file is read once, when it arrives; the dataset is assembled from what has arrived whenever
 * the page asks, and sent back in parts (src/loaders/dataset-protocol.ts).
 */
const files: PreparedFiles = {};
/** The campaigns' words of the shards that a card has asked for (src/loaders/prepared.ts). */
const words = new Map<string, CampaignWords>();
/**
 * campaign-sites.json once About has asked for it, read against the campaigns of campaigns.json it was made with
 * (when that file comes later, at the first count).
 */
let campaignSites: {text: string; read?: {of: unknown; sites: ReadonlyMap<string, readonly string[]>}} | undefined;

function sitesOfCampaigns(): ReadonlyMap<string, readonly string[]> {
  const campaigns = files.campaigns?.records;
  if (!campaignSites || !campaigns) return new Map();
  if (campaignSites.read?.of !== campaigns) {
    campaignSites.read = {of: campaigns, sites: readCampaignSites(campaignSites.text, campaigns.map(({record}) => record))};
  }
  return campaignSites.read.sites;
}

const reply = (m: DatasetReply, transfer: Transferable[] = []) => postMessage(m, {transfer});

/**
 * The blob: URLs of the map sources now shown and of the ones before them: MapLibre's workers may still be reading
 * those when a newer dataset is published, so only older ones are released.
 */
let blobs: {current: string[]; previous: string[]} = {current: [], previous: []};

/**
 * Publishes a dataset and its map sources. The map's GeoJSON is built and written here, into blob: URLs that the
 * page passes on to MapLibre's workers untouched (src/map/source-protocol.ts), and sent first: MapLibre's workers
 * read them while the page is still receiving the records, so the map draws without waiting for every record to
 * reach the page. The blobs are made here, not in the page: copying the bytes into them cost a phone's main thread
 * 60 ms at national scale. Records that cannot be drawn join the dataset's issues.
 */
function publish(id: number): void {
  const dataset = assembleDataset(files);
  latest = {dataset, byId: undefined};
  const {data, packing, style, problems} = buildMapSources(dataset);
  const urls = MAP_SOURCE_KEYS.map((key) => URL.createObjectURL(new Blob([JSON.stringify(data[key])], {type: 'application/geo+json'})));
  for (const url of blobs.previous) URL.revokeObjectURL(url);
  blobs = {current: urls, previous: blobs.current};
  reply({type: 'map', id, data: Object.fromEntries(MAP_SOURCE_KEYS.map((key, i) => [key, urls[i]!])) as Record<MapSourceKey, string>, packing, style});
  reply({type: 'summary', id, tally: tally(dataset)});
  const forPage = {...dataset, campaigns: dataset.campaigns.map(campaignFacts), issues: [...dataset.issues, ...problems]};
  sending = {id, parts: datasetParts(id, forPage)};
  sendPart(id);
}

/** The latest dataset with the campaigns' steps, which the page's campaigns do not carry; a card asks for them. */
let latest: {dataset: Dataset<WithSteps<Campaign>>; byId: Map<string, WithSteps<Campaign>> | undefined} | undefined;

function detailsOf(ids: readonly string[]): (CampaignDetails | null)[] {
  if (!latest) return ids.map(() => null);
  latest.byId ??= new Map(latest.dataset.campaigns.map((c) => [c.id, c]));
  const {byId} = latest;
  return ids.map((id) => {
    const own = words.get(id);
    const steps = byId.get(id)?.steps;
    return own ? {...own, ...(steps ? {steps} : {})} : null;
  });
}

/**
 * The sites the records cite: a campaign's are in campaign-sites.json (the page asks once it is read), a sister-city
 * link's, a police exchange's and a state act's are their own.
 */
function sites(): [string, number][] {
  const dataset = latest?.dataset;
  if (!dataset) return [];
  let byCampaign: ReadonlyMap<string, readonly string[]>;
  try {
    byCampaign = sitesOfCampaigns();
  } catch {
    // Not of these campaigns (campaigns.csv changed between the dev server's two answers): count without them.
    byCampaign = new Map();
  }
  const campaignSites = dataset.campaigns.map((c) => byCampaign.get(c.id) ?? []);
  return citedSites([...dataset.sisterLinks, ...dataset.policeExchanges, ...dataset.stateLaws], campaignSites);
}

/** The parts of the latest dataset still to send; a newer publish replaces them. */
let sending: {id: number; parts: Iterator<DatasetPart>} | undefined;

function sendPart(id: number): void {
  if (sending?.id !== id) return;
  const next = sending.parts.next();
  if (next.done) {
    sending = undefined;
    reply({type: 'published', id});
  } else {
    reply(next.value);
  }
}

function read(key: DataKey, fetched: FetchedFile): Message | undefined {
  try {
    (files as Record<DataKey, unknown>)[key] = readPreparedFile(key, fileText(fetched));
    return undefined;
  } catch (error) {
    delete files[key];
    return error instanceof FileLoadError ? error.problem : message('load.failed', {file: DATA_FILES[key]});
  }
}

function readWords(shard: number, shards: number, fetched: FetchedFile): Message | undefined {
  try {
    for (const [id, own] of readCampaignWords(fileText(fetched), shard, shards)) words.set(id, own);
    return undefined;
  } catch (error) {
    return error instanceof FileLoadError ? error.problem : message('load.failed', {file: CAMPAIGN_WORDS_FILE});
  }
}

function readSites(fetched: FetchedFile): Message | undefined {
  try {
    campaignSites = {text: fileText(fetched)};
    sitesOfCampaigns();
    return undefined;
  } catch (error) {
    campaignSites = undefined;
    return error instanceof FileLoadError ? error.problem : message('load.failed', {file: CAMPAIGN_SITES_FILE});
  }
}

onmessage = (event: MessageEvent<DatasetRequest>) => {
  const request = event.data;
  switch (request.type) {
    case 'file': {
      const problem = read(request.key, request.fetched);
      reply(problem ? {type: 'read', id: request.id, problem} : {type: 'read', id: request.id});
      break;
    }
    case 'words': {
      const problem = readWords(request.shard, request.shards, request.fetched);
      reply(problem ? {type: 'read', id: request.id, problem} : {type: 'read', id: request.id});
      break;
    }
    case 'campaignSites': {
      const problem = readSites(request.fetched);
      reply(problem ? {type: 'read', id: request.id, problem} : {type: 'read', id: request.id});
      break;
    }
    case 'forget':
      delete files[request.key];
      break;
    case 'publish':
      publish(request.id);
      break;
    case 'more':
      sendPart(request.id);
      break;
    case 'details':
      reply({type: 'details', id: request.id, details: detailsOf(request.campaignIds)});
      break;
    case 'sites':
      reply({type: 'sites', id: request.id, sites: sites()});
      break;
  }
};
