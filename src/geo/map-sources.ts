import type {FeatureCollection} from 'geojson';
import type {DataIssue, Dataset} from '../domain/records';
import {type CountPacking, countPacking, jurisdictionFeatures, localityFeatures, policeFeatures, sisterLinkFeatures} from './features';

/** The map's GeoJSON sources that the dataset fills. */
export const MAP_SOURCE_KEYS = ['jurisdictions', 'sisterLinks', 'localities', 'police'] as const;
export type MapSourceKey = (typeof MAP_SOURCE_KEYS)[number];

export interface MapSources<Data> {
  /** Each source's data: a FeatureCollection where it is built, a URL MapLibre's worker reads once it is handed over. */
  data: Record<MapSourceKey, Data>;
  /** How the clusters carry their campaign counts (src/geo/features.ts). */
  packing: CountPacking;
}

/**
 * Every source the map draws from one dataset, and the records that could not be drawn. The data worker calls it
 * once per dataset (src/loaders/dataset.worker.ts), so the page never builds 20,000 features or great circles.
 */
export function buildMapSources(dataset: Dataset): MapSources<FeatureCollection> & {problems: DataIssue[]} {
  const problems: DataIssue[] = [];
  const report = (issue: DataIssue) => problems.push(issue);
  const packing = countPacking(dataset);
  return {
    data: {
      jurisdictions: jurisdictionFeatures(dataset, report, packing),
      sisterLinks: sisterLinkFeatures(dataset, report),
      localities: localityFeatures(dataset, report),
      police: policeFeatures(dataset, report)
    },
    packing,
    problems
  };
}
