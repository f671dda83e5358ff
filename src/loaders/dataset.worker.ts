import {tally} from '../filters/predicates';
import {buildMapSources, MAP_SOURCE_KEYS, type MapSourceKey} from '../geo/map-sources';
import {message, type Message} from '../i18n/message';
import {assembleDataset, DATA_FILES, type DataKey, type ReadFiles} from './dataset';
import {type DatasetReply, type DatasetRequest, datasetParts} from './dataset-protocol';
import {FileLoadError, type FetchedFile, fileText} from './fetch-file';
import {readPreparedFile} from './prepared';

/**
 * Reading the data, off the main thread. The files come prepared (checked at build, src/loaders/prepared.ts); joining
 * them and building the map's sources is still hundreds of milliseconds at national scale, which would freeze a
 * phone's page. Each file is read once, when it arrives; the dataset is assembled from what has arrived whenever
 * the page asks, and sent back in parts (src/loaders/dataset-protocol.ts).
 */
const files: ReadFiles = {};

const reply = (m: DatasetReply, transfer: Transferable[] = []) => postMessage(m, {transfer});

/**
 * Publishes a dataset and its map sources. The map's GeoJSON is built and written here, as bytes the page passes on
 * to MapLibre's workers untouched (src/map/source-protocol.ts); records that cannot be drawn join the dataset's issues.
 */
function publish(id: number): void {
  const dataset = assembleDataset(files);
  const {data, packing, problems} = buildMapSources(dataset);
  const encoder = new TextEncoder();
  const bytes = Object.fromEntries(MAP_SOURCE_KEYS.map((key) => [key, encoder.encode(JSON.stringify(data[key])).buffer])) as Record<MapSourceKey, ArrayBuffer>;
  for (const part of datasetParts(id, {...dataset, issues: [...dataset.issues, ...problems]})) reply(part);
  reply({type: 'summary', id, tally: tally(dataset)});
  reply({type: 'map', id, data: bytes, packing}, Object.values(bytes));
  reply({type: 'published', id});
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

onmessage = (event: MessageEvent<DatasetRequest>) => {
  const request = event.data;
  switch (request.type) {
    case 'file': {
      const problem = read(request.key, request.fetched);
      reply(problem ? {type: 'read', id: request.id, problem} : {type: 'read', id: request.id});
      break;
    }
    case 'forget':
      delete files[request.key];
      break;
    case 'publish':
      publish(request.id);
      break;
  }
};
