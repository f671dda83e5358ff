import type {Campaign, CampaignDetails} from '../domain/records';
import {type Tally, tally} from '../filters/predicates';
import type {Bounds} from '../geo/bounds';
import {MAP_SOURCE_KEYS, type MapSourceKey} from '../geo/map-sources';
import {sourceUrl} from '../map/source-protocol';
import {PLACEMENT_FILE, readPlacementAreas} from '../geo/placement';
import {DATA_FILES, DATA_KEYS, type DataKey} from '../loaders/dataset';
import {type DatasetReply, type DatasetRequest, DatasetParts} from '../loaders/dataset-protocol';
import {CAMPAIGN_SITES_URL, CAMPAIGN_WORDS_URLS, DATA_URLS} from '../loaders/fetch-dataset';
import {CAMPAIGN_SITES_FILE, CAMPAIGN_WORDS_FILE, wordsShard} from '../loaders/prepared';
import {type Message, message} from '../i18n/message';
import {type FetchedFile, FileLoadError, fetchFileBytes, fetchFileText} from '../loaders/fetch-file';
import {type FileState, type LoadedFile, useAppStore} from '../store/store';
import {publicUrl} from '../loaders/public-url';

/** The placement boundaries are served with the basemap, not bundled with the data. */
export const PLACEMENT_PATH = `basemap/${PLACEMENT_FILE}`;

/**
 * How long the first view waits for the other files once one has arrived, before showing what has; later files
 * join as they come. Counted from the first arrival, not from the start: on a phone's connection the large files
 * take seconds longer than the small ones, and a first view without them was drawn, sent and drawn again.
 */
const FIRST_VIEW_WAIT_MS = 2000;

let shown = false;

/**
 * The data worker (src/loaders/dataset.worker.ts) reads and checks the files; the page only fetches them and
 * receives the dataset in parts. If the worker cannot start, every file waiting on it is named as failed.
 */
let worker: Worker | undefined;
let nextId = 1;
/** Files the worker is reading, by request id, with the name a failure is told by. */
const reads = new Map<number, {file: string; resolve: (problem: Message | undefined) => void}>();
let latestPublish = 0;
let parts = new DatasetParts();
/** The worker's tally of the dataset being published, primed into the page's cache with it. */
let workerTally: Tally | undefined;
/** Who waits for an answer of the worker about the latest dataset (a card's details, About's sites), by request id. */
const questions = new Map<number, {answer: (reply: DatasetReply) => void; fail: () => void}>();
/** Who waits for the dataset to be set: resolved when the latest one asked for is in the store. */
let published: (() => void)[] = [];

function settlePublished(): void {
  for (const resolve of published) resolve();
  published = [];
}

function dataWorker(): Worker {
  if (worker) return worker;
  const started = new Worker(new URL('../loaders/dataset.worker.ts', import.meta.url), {type: 'module'});
  started.onmessage = (event: MessageEvent<DatasetReply>) => receive(event.data);
  started.onerror = () => {
    started.terminate();
    worker = undefined;
    for (const {file, resolve} of reads.values()) resolve(message('load.failed', {file}));
    reads.clear();
    for (const {fail} of questions.values()) fail();
    questions.clear();
    settlePublished();
  };
  worker = started;
  return started;
}

function post(request: DatasetRequest, transfer: Transferable[] = []): void {
  dataWorker().postMessage(request, transfer);
}

function receive(reply: DatasetReply): void {
  switch (reply.type) {
    case 'read':
      reads.get(reply.id)?.resolve(reply.problem);
      reads.delete(reply.id);
      break;
    case 'part':
      if (reply.id !== latestPublish) break;
      parts.add(reply);
      post({type: 'more', id: reply.id});
      break;
    case 'map': {
      if (reply.id !== latestPublish) break;
      const data = Object.fromEntries(MAP_SOURCE_KEYS.map((key) => [key, sourceUrl(reply.data[key])])) as Record<MapSourceKey, string>;
      useAppStore.getState().setMapSources({data, packing: reply.packing, style: reply.style});
      break;
    }
    case 'details':
    case 'sites':
      questions.get(reply.id)?.answer(reply);
      questions.delete(reply.id);
      break;
    case 'summary':
      if (reply.id === latestPublish) workerTally = reply.tally;
      break;
    case 'published': {
      if (reply.id !== latestPublish) break;
      const dataset = parts.dataset();
      if (workerTally) tally.prime(dataset, workerTally);
      useAppStore.getState().setLoaded(dataset);
      settlePublished();
      break;
    }
  }
}

/**
 * Asks the worker for the dataset of what has arrived; a newer request supersedes one still coming in. Resolves
 * once the dataset is in the store (this one, or a newer one, which holds everything this one would).
 */
function publish(): Promise<void> {
  latestPublish = nextId++;
  parts = new DatasetParts();
  workerTally = undefined;
  post({type: 'publish', id: latestPublish});
  return new Promise((resolve) => published.push(resolve));
}

function ask<T>(request: DatasetRequest & {id: number}, read: (reply: DatasetReply) => T | undefined, otherwise: T): Promise<T> {
  return new Promise((resolve) => {
    questions.set(request.id, {answer: (reply) => resolve(read(reply) ?? otherwise), fail: () => resolve(otherwise)});
    post(request);
  });
}

/** Hands a fetched file to the worker; resolves with the problem that kept it from being read, if any. */
function readFetched(file: string, request: (id: number) => DatasetRequest, fetched: FetchedFile): Promise<Message | undefined> {
  const id = nextId++;
  return new Promise((resolve) => {
    reads.set(id, {file, resolve});
    post(request(id), [fetched.bytes.buffer]);
  });
}

/**
 * What a card or About fetches into the worker beside the data (the shards of the campaigns' words, the campaigns'
 * sites), by address: each fetched once it is needed, and again after a failure.
 */
const extrasRead = new Map<string, Promise<boolean>>();

function extraInWorker(url: string, file: string, request: (id: number, fetched: FetchedFile) => DatasetRequest): Promise<boolean> {
  let read = extrasRead.get(url);
  if (!read) {
    read = fetchFileBytes(url, file)
      .then((fetched) => readFetched(file, (id) => request(id, fetched), fetched))
      .then((problem) => problem === undefined, () => false)
      .then((done) => {
        if (!done) extrasRead.delete(url);
        return done;
      });
    extrasRead.set(url, read);
  }
  return read;
}

async function wordsInWorker(shards: Iterable<number>): Promise<boolean> {
  const count = CAMPAIGN_WORDS_URLS.length;
  const read = [...new Set(shards)].map((shard) =>
    extraInWorker(CAMPAIGN_WORDS_URLS[shard] ?? '', CAMPAIGN_WORDS_FILE, (id, fetched) => ({type: 'words', id, shard, shards: count, fetched}))
  );
  return (await Promise.all(read)).every(Boolean);
}

/**
 * The details of campaigns (their words, steps and sources), which the page does not hold: the worker keeps them
 * (src/loaders/dataset.worker.ts), from the shards of the campaigns' places. In the order asked; null for one it
 * does not know, or when it cannot answer.
 */
export async function campaignDetails(campaigns: readonly Pick<Campaign, 'id' | 'jurisdictionId'>[]): Promise<(CampaignDetails | null)[]> {
  const none = campaigns.map(() => null);
  if (!(await wordsInWorker(campaigns.map((c) => wordsShard(c.jurisdictionId, CAMPAIGN_WORDS_URLS.length))))) return none;
  const campaignIds = campaigns.map((c) => c.id);
  return ask({type: 'details', id: nextId++, campaignIds}, (reply) => (reply.type === 'details' ? reply.details : undefined), none);
}

/**
 * The sites the records cite, most cited first, counted by the worker, which holds every record's sources but the
 * campaigns': it fetches their sites once (campaign-sites.json), not their words.
 */
export async function citedSites(): Promise<[string, number][]> {
  if (!(await extraInWorker(CAMPAIGN_SITES_URL, CAMPAIGN_SITES_FILE, (id, fetched) => ({type: 'campaignSites', id, fetched})))) return [];
  return ask({type: 'sites', id: nextId++}, (reply) => (reply.type === 'sites' ? reply.sites : undefined), []);
}

/** Hands a file's bytes to the worker; resolves with the problem that kept it from being read, if any. */
async function readInWorker(key: DataKey): Promise<Message | undefined> {
  const fetched = await fetchFileBytes(DATA_URLS[key], DATA_FILES[key]);
  return readFetched(DATA_FILES[key], (id) => ({type: 'file', id, key, fetched}), fetched);
}

function fileName(file: LoadedFile): string {
  return file === 'placement' ? PLACEMENT_PATH : DATA_FILES[file];
}

async function loadFile(file: LoadedFile): Promise<void> {
  const {setFileState} = useAppStore.getState();
  setFileState(file, {status: 'loading'});
  let state: FileState = {status: 'loaded'};
  try {
    if (file === 'placement') {
      const text = await fetchFileText(publicUrl(PLACEMENT_PATH), PLACEMENT_PATH);
      try {
        const areas = readPlacementAreas(JSON.parse(text));
        const bounds = new Map([...areas].map(([key, area]) => {
          const [west = -180, south = -90, east = 180, north = 90] = area.bbox ?? [];
          return [key, [[west, south], [east, north]] as Bounds];
        }));
        useAppStore.setState({stateBounds: bounds});
      } catch {
        throw new FileLoadError(PLACEMENT_PATH, message('load.notJson', {file: PLACEMENT_PATH}));
      }
    } else {
      const problem = await readInWorker(file);
      if (problem) throw new FileLoadError(DATA_FILES[file], problem);
    }
  } catch (error) {
    if (file !== 'placement') post({type: 'forget', key: file});
    state = {status: 'failed', problem: error instanceof FileLoadError ? error.problem : message('load.failed', {file: fileName(file)})};
  }
  // Once the map is shown, a file that arrives is named as loaded when its records are in the dataset (the placement
  // boundaries are the page's, not the dataset's).
  if (shown && file !== 'placement') await publish();
  setFileState(file, state);
}

/**
 * Loads every data file on its own, with its own timeout: one that fails, hangs or answers with a web page is
 * named, and everything else is still shown. The first view waits briefly for the rest once one is in, so the map
 * does not redraw for each file on a good connection.
 */
export async function loadDataset(): Promise<void> {
  const loads = [...DATA_KEYS, 'placement' as const].map(loadFile);
  const all = Promise.allSettled(loads);
  // loadFile never rejects: the first to settle is the first file in (or named as failed).
  const waited = Promise.race(loads).then(() => new Promise((resolve) => setTimeout(resolve, FIRST_VIEW_WAIT_MS)));
  await Promise.race([all, waited]);
  shown = true;
  await publish();
  await all;
}

/** "Try again" for one file: only that file is fetched again. */
export function retryFile(file: LoadedFile): Promise<void> {
  return loadFile(file);
}
