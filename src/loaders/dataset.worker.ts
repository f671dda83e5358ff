import {type PlacementAreas, readPlacementAreas} from '../geo/placement';
import {message, type Message} from '../i18n/message';
import {assembleDataset, DATA_FILES, type DataKey, readDataFile, type ReadFiles} from './dataset';
import {type DatasetReply, type DatasetRequest, datasetParts} from './dataset-protocol';
import {FileLoadError, type FetchedFile, fileText} from './fetch-file';

/**
 * Reading and checking the data, off the main thread: at national scale that is seconds of work, which froze a
 * phone's page while it ran. Each file is read once, when it arrives; the dataset is assembled from what has
 * arrived whenever the page asks, and sent back in parts (src/loaders/dataset-protocol.ts).
 */
const files: ReadFiles = {};
let areas: PlacementAreas | undefined;

const reply = (m: DatasetReply) => postMessage(m);

function read(key: DataKey, fetched: FetchedFile): Message | undefined {
  try {
    (files as Record<DataKey, unknown>)[key] = readDataFile(key, fileText(fetched));
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
    case 'areas':
      areas = readPlacementAreas(JSON.parse(request.text));
      break;
    case 'publish':
      for (const part of datasetParts(request.id, assembleDataset(files, areas ? {areas} : {}))) reply(part);
      reply({type: 'published', id: request.id});
      break;
  }
};
