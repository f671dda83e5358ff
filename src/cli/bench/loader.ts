import {performance} from 'node:perf_hooks';
import type {PlacementAreas} from '../../geo/placement';
import {type DatasetTexts, parseDataset} from '../../loaders/dataset';

/**
 * The loader's floor, in Node: parseDataset on the texts (with the placement boundaries, as the app calls it)
 * against JSON.parse of the records it returns, serialized: what a browser would pay if the data came
 * pre-validated. Milliseconds per run.
 */
export interface LoaderTimes {
  loader: number[];
  jsonParse: number[];
  jsonBytes: number;
}

/** `warm`: parse once first, uncounted (the generator has already parsed a generated set once). */
export function loaderVsJsonParse(texts: DatasetTexts, areas: PlacementAreas, runs: number, warm: boolean): LoaderTimes {
  const loader: number[] = [];
  let dataset = warm ? parseDataset(texts, {areas}) : undefined;
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    dataset = parseDataset(texts, {areas});
    loader.push(performance.now() - start);
  }
  if (!dataset) throw new Error('no runs');
  // The records without the issues (there are none in the generated data; undefined is left out).
  const json = JSON.stringify({...dataset, issues: undefined});
  const jsonParse: number[] = [];
  for (let i = 0; i < runs * 3; i++) {
    const start = performance.now();
    JSON.parse(json);
    jsonParse.push(performance.now() - start);
  }
  return {loader, jsonParse, jsonBytes: Buffer.byteLength(json)};
}
