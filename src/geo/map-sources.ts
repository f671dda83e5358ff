import type {FeatureCollection} from 'geojson';
import type {DataIssue, Dataset, StateLaw} from '../domain/records';
import {STATE_BY_USPS} from '../domain/us-states';
import {STATE_LAW_TYPES, type CampaignTypeId, type StateLawType} from '../domain/vocabulary';
import {type CountPacking, countPacking, jurisdictionFeatures, localityFeatures, policeFeatures, sisterLinkFeatures} from './features';

/** The map's GeoJSON sources that the dataset fills. */
export const MAP_SOURCE_KEYS = ['jurisdictions', 'sisterLinks', 'localities', 'police'] as const;
export type MapSourceKey = (typeof MAP_SOURCE_KEYS)[number];

/** What the campaign layers' paint reads from the dataset beside their sources: small, so it travels with them. */
export interface MapStyle {
  typeColors: Readonly<Partial<Record<CampaignTypeId, string>>>;
  /** The strongest act in effect per state (a law over an order over a resolution), by the state's FIPS code. */
  stateActByFips: Readonly<Record<string, StateLawType>>;
}

/**
 * Everything the map needs to draw a dataset, without the dataset: the data worker sends it ahead of the records,
 * so the map draws while the page is still receiving them (src/loaders/dataset.worker.ts).
 */
export interface MapSources<Data> {
  /** Each source's data: a FeatureCollection where it is built, a URL MapLibre's worker reads once it is handed over. */
  data: Record<MapSourceKey, Data>;
  /** How the clusters carry their campaign counts (src/geo/features.ts). */
  packing: CountPacking;
  style: MapStyle;
}

function strongestActByFips(laws: readonly StateLaw[]): Record<string, StateLawType> {
  const result: Record<string, StateLawType> = {};
  for (const law of laws) {
    if (law.status !== 'in-effect') continue;
    const fips = STATE_BY_USPS.get(law.state)?.fips;
    const current = fips === undefined ? undefined : result[fips];
    if (fips !== undefined && (current === undefined || STATE_LAW_TYPES.indexOf(law.type) < STATE_LAW_TYPES.indexOf(current))) result[fips] = law.type;
  }
  return result;
}

export function mapStyleOf(dataset: Pick<Dataset, 'campaignTypes' | 'stateLaws'>): MapStyle {
  return {
    stateActByFips: strongestActByFips(dataset.stateLaws),
    typeColors: Object.fromEntries(dataset.campaignTypes.map((t) => [t.id, t.color]))
  };
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
    style: mapStyleOf(dataset),
    problems
  };
}
