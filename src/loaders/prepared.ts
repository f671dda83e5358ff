import type {PlacementAreas} from '../geo/placement';
import {message} from '../i18n/message';
import {DATA_FILES, DATA_KEYS, type DataKey, type DatasetTexts, isPointsKey, placeFile, type PointsKey, readDataFile, type ReadFiles} from './dataset';
import {FileLoadError} from './fetch-file';

/**
 * The data files as the build prepares them: read and checked once, by the same schemas as `npm run data:check`,
 * and written as JSON the browser only has to parse (at national scale the checks took seconds of a phone's CPU on
 * every visit). Points are checked against the placement boundaries here too, so the browser does not need them for
 * that. Each file is still prepared, fetched and refused on its own; a row the checks refused is not in `records`
 * but in `issues`, named by the data file's own row and column, so the map shows the problem as before.
 */
export const PREPARED_FORMAT = 'campaign-map/prepared/1';

interface PreparedFile {
  format: typeof PREPARED_FORMAT;
  file: string;
  records: unknown[];
  issues: unknown[];
  rejectedIds: string[];
}

/** The prepared form of one data file's text, its points placed when the boundaries are given. */
export function prepareDataFile(key: DataKey, text: string, areas?: PlacementAreas): string {
  const read = readDataFile(key, text);
  const {records, issues, rejectedIds} = areas && isPointsKey(key) ? placeFile(key, read as NonNullable<ReadFiles[PointsKey]>, areas) : read;
  const prepared: PreparedFile = {format: PREPARED_FORMAT, file: DATA_FILES[key], records, issues, rejectedIds: [...rejectedIds]};
  return JSON.stringify(prepared);
}

function isPrepared(value: unknown, file: string): value is PreparedFile {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Partial<PreparedFile>;
  return v.format === PREPARED_FORMAT && v.file === file && Array.isArray(v.records) && Array.isArray(v.issues) && Array.isArray(v.rejectedIds);
}

/**
 * Reads a prepared file. Its records were checked when the site was built from data/, so only its envelope is checked
 * here: a file from another version of the map, or anything else answering at its address, is refused by name.
 */
export function readPreparedFile<K extends DataKey>(key: K, text: string): NonNullable<ReadFiles[K]> {
  const file = DATA_FILES[key];
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new FileLoadError(file, message('load.notPrepared', {file}));
  }
  if (!isPrepared(value, file)) throw new FileLoadError(file, message('load.notPrepared', {file}));
  return {records: value.records, issues: value.issues, rejectedIds: new Set(value.rejectedIds)} as NonNullable<ReadFiles[K]>;
}

/** Every file of a dataset's texts prepared (what the build does to data/). */
export function prepareDataFiles(texts: DatasetTexts, areas?: PlacementAreas): DatasetTexts {
  return Object.fromEntries(DATA_KEYS.flatMap((key) => (texts[key] === undefined ? [] : [[key, prepareDataFile(key, texts[key], areas)]])));
}

/** Every file of a dataset prepared, and read back as the data worker reads each one as it arrives. */
export function readPreparedFiles(prepared: DatasetTexts): ReadFiles {
  const files: ReadFiles = {};
  for (const key of DATA_KEYS) {
    const text = prepared[key];
    if (text !== undefined) (files as Record<DataKey, unknown>)[key] = readPreparedFile(key, text);
  }
  return files;
}
