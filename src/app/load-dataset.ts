import {type Tally, tally} from '../filters/predicates';
import type {Bounds} from '../geo/bounds';
import {MAP_SOURCE_KEYS, type MapSourceKey, type MapSources} from '../geo/map-sources';
import {sourceUrl} from '../map/source-protocol';
import {PLACEMENT_FILE, readPlacementAreas} from '../geo/placement';
import {DATA_FILES, DATA_KEYS, type DataKey} from '../loaders/dataset';
import {type DatasetReply, type DatasetRequest, DatasetParts} from '../loaders/dataset-protocol';
import {DATA_URLS} from '../loaders/fetch-dataset';
import {type Message, message} from '../i18n/message';
import {FileLoadError, fetchFileBytes, fetchFileText} from '../loaders/fetch-file';
import {type FileState, type LoadedFile, useAppStore} from '../store/store';
import {publicUrl} from '../loaders/public-url';

/** The placement boundaries are served with the basemap, not bundled with the data. */
export const PLACEMENT_PATH = `basemap/${PLACEMENT_FILE}`;

/** How long the first view waits for every file before showing what has arrived; later files join as they come. */
const FIRST_VIEW_WAIT_MS = 2000;

let shown = false;

/**
 * The data worker (src/loaders/dataset.worker.ts) reads and checks the files; the page only fetches them and
 * receives the dataset in parts. If the worker cannot start, every file waiting on it is named as failed.
 */
let worker: Worker | undefined;
let nextId = 1;
const reads = new Map<number, {key: DataKey; resolve: (problem: Message | undefined) => void}>();
let latestPublish = 0;
let parts = new DatasetParts();
let mapSources: MapSources<string> | undefined;
/** The worker's tally of the dataset being published, primed into the page's cache with it. */
let workerTally: Tally | undefined;
/**
 * The blob: URLs of the map sources now shown and of the ones before them: MapLibre's workers may still be reading
 * those when a newer dataset arrives, so only older ones are released.
 */
let blobs: {current: string[]; previous: string[]} = {current: [], previous: []};
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
    for (const {key, resolve} of reads.values()) resolve(message('load.failed', {file: DATA_FILES[key]}));
    reads.clear();
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
      if (reply.id === latestPublish) parts.add(reply);
      break;
    case 'map': {
      if (reply.id !== latestPublish) break;
      const urls = MAP_SOURCE_KEYS.map((key) => URL.createObjectURL(new Blob([reply.data[key]], {type: 'application/geo+json'})));
      for (const url of blobs.previous) URL.revokeObjectURL(url);
      blobs = {current: urls, previous: blobs.current};
      const data = Object.fromEntries(MAP_SOURCE_KEYS.map((key, i) => [key, sourceUrl(urls[i]!)])) as Record<MapSourceKey, string>;
      mapSources = {data, packing: reply.packing};
      break;
    }
    case 'summary':
      if (reply.id === latestPublish) workerTally = reply.tally;
      break;
    case 'published': {
      if (reply.id !== latestPublish || !mapSources) break;
      const dataset = parts.dataset();
      if (workerTally) tally.prime(dataset, workerTally);
      useAppStore.getState().setLoaded(dataset, mapSources);
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
  mapSources = undefined;
  workerTally = undefined;
  post({type: 'publish', id: latestPublish});
  return new Promise((resolve) => published.push(resolve));
}

/** Hands a file's bytes to the worker; resolves with the problem that kept it from being read, if any. */
async function readInWorker(key: DataKey): Promise<Message | undefined> {
  const fetched = await fetchFileBytes(DATA_URLS[key], DATA_FILES[key]);
  const id = nextId++;
  return new Promise((resolve) => {
    reads.set(id, {key, resolve});
    post({type: 'file', id, key, fetched}, [fetched.bytes.buffer]);
  });
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
  // Once the map is shown, a file that arrives is named as loaded when its records are in the dataset.
  if (shown) await publish();
  setFileState(file, state);
}

/**
 * Loads every data file on its own, with its own timeout: one that fails, hangs or answers with a web page is
 * named, and everything else is still shown. The first view waits briefly for all of them, so the map does not
 * redraw for each file on a good connection.
 */
export async function loadDataset(): Promise<void> {
  const all = Promise.allSettled([...DATA_KEYS, 'placement' as const].map(loadFile));
  await Promise.race([all, new Promise((resolve) => setTimeout(resolve, FIRST_VIEW_WAIT_MS))]);
  shown = true;
  await publish();
  await all;
}

/** "Try again" for one file: only that file is fetched again. */
export function retryFile(file: LoadedFile): Promise<void> {
  return loadFile(file);
}
