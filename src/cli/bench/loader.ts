import {performance} from 'node:perf_hooks';
import type {PlacementAreas} from '../../geo/placement';
import {assembleDataset, type DatasetTexts} from '../../loaders/dataset';
import {prepareDataFiles, readPreparedFiles} from '../../loaders/prepared';

/**
 * The loader's floor, in Node: what the data worker does with the prepared files (src/loaders/prepared.ts), reading
 * each and joining them, against JSON.parse of the records that makes, serialized. Milliseconds per run; `prepare`
 * is the build's share (checking every file, and placing its points), paid once per build.
 */
export interface LoaderTimes {
  loader: number[];
  jsonParse: number[];
  jsonBytes: number;
  prepare: number[];
}

const load = (prepared: DatasetTexts) => assembleDataset(readPreparedFiles(prepared));

/** `warm`: load once first, uncounted (the generator has already parsed a generated set once). */
export function loaderVsJsonParse(texts: DatasetTexts, areas: PlacementAreas, runs: number, warm: boolean): LoaderTimes {
  const timed = <T>(times: number[], run: () => T): T => {
    const start = performance.now();
    const result = run();
    times.push(performance.now() - start);
    return result;
  };
  const preparing: number[] = [];
  let prepared = timed(preparing, () => prepareDataFiles(texts, areas));
  for (let i = 1; i < runs; i++) prepared = timed(preparing, () => prepareDataFiles(texts, areas));
  const loader: number[] = [];
  let dataset = warm ? load(prepared) : undefined;
  for (let i = 0; i < runs; i++) dataset = timed(loader, () => load(prepared));
  if (!dataset) throw new Error('no runs');
  // The records without the issues (there are none in the generated data; undefined is left out).
  const json = JSON.stringify({...dataset, issues: undefined});
  const jsonParse: number[] = [];
  for (let i = 0; i < runs * 3; i++) timed(jsonParse, () => JSON.parse(json));
  return {loader, jsonParse, jsonBytes: Buffer.byteLength(json), prepare: preparing};
}
