import type {Bounds} from '../geo/bounds';
import {PLACEMENT_FILE, type PlacementAreas, readPlacementAreas} from '../geo/placement';
import {DATA_FILES, DATA_KEYS, type DatasetTexts, parseDataset} from '../loaders/dataset';
import {DATA_URLS} from '../loaders/fetch-dataset';
import {message} from '../i18n/message';
import {FileLoadError, fetchFileText} from '../loaders/fetch-file';
import {type LoadedFile, useAppStore} from '../store/store';
import {publicUrl} from '../loaders/public-url';

/** The placement boundaries are served with the basemap, not bundled with the data. */
export const PLACEMENT_PATH = `basemap/${PLACEMENT_FILE}`;

/** How long the first view waits for every file before showing what has arrived; later files join as they come. */
const FIRST_VIEW_WAIT_MS = 2000;

const texts: DatasetTexts = {};
let areas: PlacementAreas | undefined;
let shown = false;

function publish(): void {
  useAppStore.getState().setLoaded(parseDataset({...texts}, areas ? {areas} : {}));
}

function fileName(file: LoadedFile): string {
  return file === 'placement' ? PLACEMENT_PATH : DATA_FILES[file];
}

async function loadFile(file: LoadedFile): Promise<void> {
  const {setFileState} = useAppStore.getState();
  setFileState(file, {status: 'loading'});
  try {
    if (file === 'placement') {
      const text = await fetchFileText(publicUrl(PLACEMENT_PATH), PLACEMENT_PATH);
      try {
        areas = readPlacementAreas(JSON.parse(text));
        const bounds = new Map([...areas].map(([key, area]) => {
          const [west = -180, south = -90, east = 180, north = 90] = area.bbox ?? [];
          return [key, [[west, south], [east, north]] as Bounds];
        }));
        useAppStore.setState({stateBounds: bounds});
      } catch {
        throw new FileLoadError(PLACEMENT_PATH, message('load.notJson', {file: PLACEMENT_PATH}));
      }
    } else {
      texts[file] = await fetchFileText(DATA_URLS[file], DATA_FILES[file]);
    }
    setFileState(file, {status: 'loaded'});
  } catch (error) {
    if (file !== 'placement') delete texts[file];
    setFileState(file, {status: 'failed', problem: error instanceof FileLoadError ? error.problem : message('load.failed', {file: fileName(file)})});
  }
  if (shown) publish();
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
  publish();
  await all;
}

/** "Try again" for one file: only that file is fetched again. */
export function retryFile(file: LoadedFile): Promise<void> {
  return loadFile(file);
}
