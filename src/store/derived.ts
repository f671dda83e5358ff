import type {Campaign, DataIssue, Dataset, Jurisdiction, PalestinianLocality, PoliceExchange, SisterCityLink, StateLaw} from '../domain/records';
import type {DataKey} from '../loaders/dataset';
import type {Selection} from './store';
import {STATE_BY_USPS, USPS_BY_STATE_FIPS} from '../domain/us-states';
import {STATE_LAW_TYPES, type CampaignTypeId, type StateLawType} from '../domain/vocabulary';
import {jurisdictionFeatures, localityFeatures, policeFeatures, sisterLinkFeatures} from '../geo/features';

/** Computes once per dataset object and remembers it: datasets are immutable and replaced whole. */
function perDataset<T>(compute: (dataset: Dataset) => T): (dataset: Dataset) => T {
  const cache = new WeakMap<Dataset, T>();
  return (dataset) => {
    let value = cache.get(dataset);
    if (value === undefined) {
      value = compute(dataset);
      cache.set(dataset, value);
    }
    return value;
  };
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return groups;
}

/**
 * The map's GeoJSON sources, and the records that could not be drawn. Built once per dataset, so a filter
 * change never rebuilds them.
 */
export const mapSources = perDataset((dataset) => {
  const problems: DataIssue[] = [];
  const report = (issue: DataIssue) => problems.push(issue);
  return {
    jurisdictions: jurisdictionFeatures(dataset, report),
    sisterLinks: sisterLinkFeatures(dataset, report),
    localities: localityFeatures(dataset, report),
    police: policeFeatures(dataset, report),
    problems
  };
});

export interface DatasetIndex {
  jurisdiction: ReadonlyMap<string, Jurisdiction>;
  locality: ReadonlyMap<string, PalestinianLocality>;
  link: ReadonlyMap<string, SisterCityLink>;
  campaignsByJurisdiction: ReadonlyMap<string, Campaign[]>;
  linksByJurisdiction: ReadonlyMap<string, SisterCityLink[]>;
  linksByLocality: ReadonlyMap<string, SisterCityLink[]>;
  policeByJurisdiction: ReadonlyMap<string, PoliceExchange[]>;
  stateLawsByState: ReadonlyMap<string, StateLaw[]>;
  typeColors: Readonly<Partial<Record<CampaignTypeId, string>>>;
  typeLabels: Readonly<Partial<Record<CampaignTypeId, string>>>;
  typeLearnMore: Readonly<Partial<Record<CampaignTypeId, string>>>;
  /** The strongest act in effect per state (a law over an order over a resolution), by the state's FIPS code. */
  stateActByFips: Readonly<Record<string, StateLawType>>;
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

/** Lookups by id for the details panel and lists. */
export const datasetIndex = perDataset((dataset): DatasetIndex => ({
  jurisdiction: new Map(dataset.jurisdictions.map((j) => [j.id, j])),
  locality: new Map(dataset.localities.map((l) => [l.id, l])),
  link: new Map(dataset.sisterLinks.map((l) => [l.id, l])),
  campaignsByJurisdiction: groupBy(dataset.campaigns.filter((c) => !c.sisterLinkId), (c) => c.jurisdictionId),
  linksByJurisdiction: groupBy(dataset.sisterLinks, (l) => l.jurisdictionId),
  linksByLocality: groupBy(dataset.sisterLinks, (l) => l.localityId),
  policeByJurisdiction: groupBy(dataset.policeExchanges, (p) => p.jurisdictionId),
  stateLawsByState: groupBy(dataset.stateLaws, (l) => l.state),
  stateActByFips: strongestActByFips(dataset.stateLaws),
  typeColors: Object.fromEntries(dataset.campaignTypes.map((t) => [t.id, t.color])),
  typeLabels: Object.fromEntries(dataset.campaignTypes.map((t) => [t.id, t.label])),
  typeLearnMore: Object.fromEntries(dataset.campaignTypes.filter((t) => t.learnMoreUrl).map((t) => [t.id, t.learnMoreUrl]))
}));

/** Whether the dataset holds what a selection names, looked up in Maps (never in plain objects by bracket). */
export function selectionExists(dataset: Dataset, selection: Selection): boolean {
  const index = datasetIndex(dataset);
  switch (selection.kind) {
    case 'jurisdiction':
      return index.jurisdiction.has(selection.id);
    case 'link':
      return index.link.has(selection.id);
    case 'locality':
      return index.locality.has(selection.id);
    case 'state':
      return STATE_BY_USPS.has(selection.id);
    // Gazetteer places: the id's form is checked here; the details say so if the gazetteer does not have it.
    case 'county':
      return /^\d{5}$/.test(selection.id) && USPS_BY_STATE_FIPS[selection.id.slice(0, 2)] !== undefined;
    case 'ps-place':
      return /^gn\d{1,12}$/.test(selection.id);
  }
}

/** The data file a selection's record comes from; a state is a vocabulary of the code. */
export function selectionFile(selection: Selection): DataKey | undefined {
  switch (selection.kind) {
    case 'jurisdiction':
      return 'jurisdictions';
    case 'link':
      return 'sisterLinks';
    case 'locality':
      return 'localities';
    case 'state':
    case 'county':
    case 'ps-place':
      return undefined;
  }
}
