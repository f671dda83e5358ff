import {GAZETTEER_FILES, type GazetteerTexts, gazetteerRows, readGazetteer} from '../gazetteer/format';
import {fetchFileText} from '../loaders/fetch-file';
import {createPlaceIndex, indexMore, type PlaceIndex, type SearchGazetteer, type SearchRecords, searchPlaces} from './place-search';
import {placeContext} from '../profile/context';
import type {PlaceInfo, SearchReply, SearchRequest} from './protocol';

/**
 * The place search, off the main thread: it fetches and parses the nationwide gazetteer (about 2 MB of CSV),
 * indexes it in small steps, largest places first, and answers each query from what is indexed so far, again
 * once everything is. The page never waits on it and never freezes for it.
 */
const CHUNK = 500;

let records: SearchRecords | undefined;
let gazetteer: SearchGazetteer | undefined;
let index: PlaceIndex | undefined;
let latest: {id: number; query: string} | undefined;
let indexing = false;

const reply = (message: SearchReply) => postMessage(message);

function answer(request: {id: number; query: string}): void {
  if (!index) return;
  reply({type: 'results', id: request.id, suggestions: searchPlaces(index, request.query), complete: index.pending === undefined});
}

/** Indexes one chunk, answers the latest query from it, and yields to incoming messages before the next chunk. */
function step(): void {
  if (!index) return;
  const done = indexMore(index, CHUNK);
  if (latest) answer(latest);
  if (done) {
    indexing = false;
    reply({type: 'status', status: 'ready', complete: true});
  } else {
    setTimeout(step, 0);
  }
}

function reindex(): void {
  if (!records) return;
  index = createPlaceIndex(records, gazetteer);
  if (!indexing) {
    indexing = true;
    step();
  }
}

async function load(base: string): Promise<SearchGazetteer> {
  const keys = Object.keys(GAZETTEER_FILES) as (keyof GazetteerTexts)[];
  const texts = await Promise.all(keys.map((k) => fetchFileText(new URL(`gazetteer/${GAZETTEER_FILES[k]}`, base).href, `gazetteer/${GAZETTEER_FILES[k]}`)));
  return gazetteerRows(readGazetteer(Object.fromEntries(keys.map((k, i) => [k, texts[i]!])) as GazetteerTexts));
}

function lookup(kind: PlaceInfo['kind'], id: string): PlaceInfo | null {
  const place = gazetteer?.psPlaces?.find((p) => p.id === id);
  return place ? {kind, id, nameEn: place.name_en, nameAr: place.name_ar ?? '', region: place.region, population: place.population, point: [place.lon, place.lat]} : null;
}

/** Lookups that arrive before the gazetteer do wait for it. */
let arrived: Promise<void> = Promise.resolve();

onmessage = (event: MessageEvent<SearchRequest>) => {
  const message = event.data;
  switch (message.type) {
    case 'start':
      records = message.records;
      reindex();
      reply({type: 'status', status: 'loading', complete: false});
      arrived = load(message.base).then(
        (loaded) => {
          gazetteer = loaded;
          reindex();
        },
        (error: unknown) => reply({type: 'failed', message: error instanceof Error ? error.message : String(error)})
      );
      break;
    case 'records':
      records = message.records;
      reindex();
      break;
    case 'search':
      latest = message;
      answer(message);
      break;
    case 'lookup':
      void arrived.then(() => reply({type: 'lookup', id: message.id, info: lookup(message.kind, message.placeId)}));
      break;
    case 'context':
      void arrived.then(() => reply({type: 'context', id: message.id, context: gazetteer ? placeContext(gazetteer, message.placeId) : null}));
      break;
  }
};
