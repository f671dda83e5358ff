import type {Campaign, CampaignType, Dataset, IsraelBondRecord, Jurisdiction, PalestinianLocality, PoliceExchange, SisterCityLink, StateLaw} from '../domain/records';
import type {DataKey} from '../loaders/dataset';
import type {Selection} from './store';
import {STATE_BY_USPS, USPS_BY_STATE_FIPS} from '../domain/us-states';
import type {CampaignTypeId} from '../domain/vocabulary';
import type {Language} from '../i18n/languages';
import {type Message, message} from '../i18n/message';
import {bilingualName} from '../i18n/names';
import {perDataset} from '../domain/per-dataset';
import {type MapStyle, mapStyleOf} from '../geo/map-sources';

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const group = groups.get(key(item));
    if (group) group.push(item);
    else groups.set(key(item), [item]);
  }
  return groups;
}

/** What the map's style reads, and the types by id: small, and wanted by the first render, before any lookup is. */
export interface DatasetStyle extends MapStyle {
  types: ReadonlyMap<CampaignTypeId, CampaignType>;
}

export interface DatasetIndex extends DatasetStyle {
  jurisdiction: ReadonlyMap<string, Jurisdiction>;
  locality: ReadonlyMap<string, PalestinianLocality>;
  link: ReadonlyMap<string, SisterCityLink>;
  campaignsByJurisdiction: ReadonlyMap<string, Campaign[]>;
  linksByJurisdiction: ReadonlyMap<string, SisterCityLink[]>;
  linksByLocality: ReadonlyMap<string, SisterCityLink[]>;
  policeByJurisdiction: ReadonlyMap<string, PoliceExchange[]>;
  bondsByJurisdiction: ReadonlyMap<string, IsraelBondRecord[]>;
  stateLawsByState: ReadonlyMap<string, StateLaw[]>;
}

export const datasetStyle = perDataset((dataset): DatasetStyle => ({
  ...mapStyleOf(dataset),
  types: new Map(dataset.campaignTypes.map((t) => [t.id, t]))
}));

/**
 * Lookups by id for the details panel and lists: made the first time one is needed (a hover, a selection, an open
 * list), which at national scale is 100 ms of a phone's main thread that the first view does without.
 */
export const datasetIndex = perDataset((dataset): DatasetIndex => ({
  ...datasetStyle(dataset),
  jurisdiction: new Map(dataset.jurisdictions.map((j) => [j.id, j])),
  locality: new Map(dataset.localities.map((l) => [l.id, l])),
  link: new Map(dataset.sisterLinks.map((l) => [l.id, l])),
  campaignsByJurisdiction: groupBy(dataset.campaigns.filter((c) => !c.sisterLinkId), (c) => c.jurisdictionId),
  linksByJurisdiction: groupBy(dataset.sisterLinks, (l) => l.jurisdictionId),
  linksByLocality: groupBy(dataset.sisterLinks, (l) => l.localityId),
  policeByJurisdiction: groupBy(dataset.policeExchanges, (p) => p.jurisdictionId),
  bondsByJurisdiction: groupBy(dataset.israelBonds, (b) => b.jurisdictionId),
  stateLawsByState: groupBy(dataset.stateLaws, (l) => l.state)
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
    case 'place':
      return isPlaceId(selection.id);
  }
}

/** The form of a gazetteer place id: a 7-digit Census place, a 10-digit county subdivision, or gn + a GeoNames id. */
export function isPlaceId(id: string): boolean {
  return /^(\d{7}|\d{10}|gn\d{1,12})$/.test(id);
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
    case 'place':
      return undefined;
  }
}

/** A selection in words, for tooltips, the choice of overlapping features and the list of what is in view. */
export function describeSelection(selection: Selection, index: DatasetIndex, language: Language): {title: string; details: Message[]} | null {
  switch (selection.kind) {
    case 'jurisdiction': {
      const j = index.jurisdiction.get(selection.id);
      if (!j) return null;
      const campaigns = index.campaignsByJurisdiction.get(j.id)?.length ?? 0;
      const links = index.linksByJurisdiction.get(j.id)?.length ?? 0;
      const police = index.policeByJurisdiction.get(j.id)?.length ?? 0;
      return {
        title: j.kind === 'state' ? j.name : `${j.name}, ${j.state}`,
        details: [
          ...(campaigns > 0 ? [message('search.campaigns', {count: campaigns})] : []),
          ...(links > 0 ? [message('describe.links', {count: links})] : []),
          ...(police > 0 ? [message('search.police', {count: police})] : [])
        ]
      };
    }
    case 'link': {
      const link = index.link.get(selection.id);
      const from = link && index.jurisdiction.get(link.jurisdictionId);
      const to = link && index.locality.get(link.localityId);
      if (!link || !from || !to) return null;
      return {title: `${from.name}, ${from.state} ↔ ${bilingualName(to.nameEn, to.nameAr, language)}`, details: [message('describe.link', {status: link.status})]};
    }
    case 'locality': {
      const l = index.locality.get(selection.id);
      if (!l) return null;
      const links = index.linksByLocality.get(l.id)?.length ?? 0;
      return {title: bilingualName(l.nameEn, l.nameAr, language), details: [message(`locality.kind.${l.kind}`), links > 0 ? message('search.sisterCities', {count: links}) : message('search.noSisterCity')]};
    }
    case 'state': {
      const state = STATE_BY_USPS.get(selection.id);
      const acts = (index.stateLawsByState.get(selection.id) ?? []).filter((l) => l.status === 'in-effect').length;
      return state ? {title: state.name, details: [acts > 0 ? message('search.stateActs', {count: acts}) : message('kind.state')]} : null;
    }
    case 'county':
    case 'ps-place':
    case 'place':
      return null;
  }
}
