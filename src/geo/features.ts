import type {Feature, FeatureCollection, LineString, MultiLineString, Point} from 'geojson';
import type {Campaign, DataIssue, Dataset, LngLat} from '../domain/records';
import {CAMPAIGN_STATUSES, CAMPAIGN_TYPE_IDS, SISTER_LINK_CAMPAIGN_STATUS} from '../domain/vocabulary';
import {message} from '../i18n/message';
import type {CampaignStatus, CampaignTypeId} from '../domain/vocabulary';
import {greatCircleArc} from './arcs';

/**
 * FeatureCollections for the map, built once per dataset. Properties stay flat (MapLibre 6 returns nested
 * ones as objects) and hold only what layer expressions read; details come from the store by id.
 */

/**
 * How a place's campaign counts travel into the clusters. MapLibre sums every `clusterProperties` entry over every
 * point at every cluster zoom, and one property per type and status (90) cost the map worker about 0.7 s at
 * national scale. Each property packs the counts of several statuses of one type instead, `bits` bits each, as
 * many as a double's 53 exact bits hold. Sums stay exact: no type and status has 2^bits campaigns in the whole
 * dataset, so no cluster does.
 */
export interface CountPacking {
  bits: number;
  perProperty: number;
}

export function countPacking(dataset: {campaigns: readonly Pick<Campaign, 'type' | 'status'>[]}): CountPacking {
  const cells = new Map<string, number>();
  for (const c of dataset.campaigns) {
    const cell = `${c.type}:${c.status}`;
    cells.set(cell, (cells.get(cell) ?? 0) + 1);
  }
  const bits = Math.max(1, Math.ceil(Math.log2(Math.max(0, ...cells.values()) + 1)));
  return {bits, perProperty: Math.max(1, Math.floor(53 / bits))};
}

/** Where the count of one type and status sits: a property, and the power of two its count is multiplied by. */
export function countSlot(packing: CountPacking, type: CampaignTypeId, status: CampaignStatus): {key: string; factor: number} {
  const i = CAMPAIGN_STATUSES.indexOf(status);
  return {key: `c:${type}:${Math.floor(i / packing.perProperty)}`, factor: 2 ** (packing.bits * (i % packing.perProperty))};
}

/** Every packed property: what a cluster sums. */
export function packedKeys(packing: CountPacking): string[] {
  return [...new Set(CAMPAIGN_TYPE_IDS.flatMap((t) => CAMPAIGN_STATUSES.map((s) => countSlot(packing, t, s).key)))];
}

/** The packed counts of some campaigns (a place's; a cluster's are the sums of its places'). */
export function packCounts(campaigns: Iterable<Pick<Campaign, 'type' | 'status'>>, packing: CountPacking): Record<string, number> {
  const packed: Record<string, number> = {};
  for (const c of campaigns) {
    const {key, factor} = countSlot(packing, c.type, c.status);
    packed[key] = (packed[key] ?? 0) + factor;
  }
  return packed;
}

/** The count of one type and status in packed properties (a cluster's, as MapLibre hands them over). */
export function unpackCount(properties: Readonly<Record<string, unknown>>, packing: CountPacking, type: CampaignTypeId, status: CampaignStatus): number {
  const {key, factor} = countSlot(packing, type, status);
  return Math.floor((Number(properties[key]) || 0) / factor) % 2 ** packing.bits;
}

/** Told about a record that could not be drawn; the map leaves it off and keeps every other record. */
export type OnDrawProblem = (issue: DataIssue) => void;

// For a developer's console: the catalog key and its values say what failed without loading the English catalog here.
const reportToConsole: OnDrawProblem = (issue) => console.error(`${issue.file}: ${issue.text.key}`, issue.text.values ?? {});

/**
 * Builds each record's features on its own, so whatever one record throws (a degenerate arc, a bad number)
 * costs that record only, never the layer or the map.
 */
function eachRecord<T, F>(file: string, items: readonly T[], id: (item: T) => string, build: (item: T) => F[], onProblem: OnDrawProblem): F[] {
  return items.flatMap((item) => {
    try {
      return build(item);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      onProblem({file, row: 0, column: '', text: message('issue.notDrawn', {id: id(item), reason})});
      return [];
    }
  });
}

const round = (n: number) => Math.round(n * 1e5) / 1e5;
const pointOf = (p: LngLat): Point => ({type: 'Point', coordinates: [round(p[0]), round(p[1])]});

/**
 * Census GEOIDs of states (2 digits), counties (5), places (7) and county subdivisions (10), each starting with
 * a state code, never collide as numbers, so the number is a stable feature id that survives clustering
 * (promoteId does not; mapbox#10094).
 */
export function jurisdictionFeatureId(geoid: string): number {
  return Number(geoid);
}

export function jurisdictionFeatures(dataset: Dataset, onProblem: OnDrawProblem = reportToConsole, packing = countPacking(dataset)): FeatureCollection<Point> {
  const campaigns = new Map<string, Campaign[]>();
  for (const c of dataset.campaigns) {
    const here = campaigns.get(c.jurisdictionId);
    if (here) here.push(c);
    else campaigns.set(c.jurisdictionId, [c]);
  }
  const features = eachRecord('municipalities.geojson', dataset.jurisdictions, (j) => j.id, (j): Feature<Point>[] => {
    const here = campaigns.get(j.id);
    if (!here) return [];
    // Only the packed counts, which the places' filters read as the clusters' sums do: every property is one more
    // value MapLibre's worker sends back to the page (20,000 features at national scale).
    return [{type: 'Feature', id: jurisdictionFeatureId(j.id), geometry: pointOf(j.point), properties: {id: j.id, name: j.name, ...packCounts(here, packing)}}];
  }, onProblem);
  return {type: 'FeatureCollection', features};
}

/**
 * Where each arc sits among the arcs that arrive at the same town, centred on 0 (…, -1, 0, 1, …): the map offsets
 * each by that many steps, so they arrive side by side instead of knotting into one line. Ordered by the US end's
 * latitude, north first, so neighbouring arcs do not cross.
 */
export function arrivalFans(dataset: Dataset, places: ReadonlyMap<string, LngLat>): Map<string, number> {
  const byLocality = new Map<string, {id: string; lat: number}[]>();
  for (const link of dataset.sisterLinks) {
    const group = byLocality.get(link.localityId) ?? [];
    group.push({id: link.id, lat: places.get(link.jurisdictionId)?.[1] ?? 0});
    byLocality.set(link.localityId, group);
  }
  const fans = new Map<string, number>();
  for (const group of byLocality.values()) {
    group.sort((a, b) => b.lat - a.lat || (a.id < b.id ? -1 : 1));
    group.forEach(({id}, i) => fans.set(id, i - (group.length - 1) / 2));
  }
  return fans;
}

export function sisterLinkFeatures(dataset: Dataset, onProblem: OnDrawProblem = reportToConsole): FeatureCollection<LineString | MultiLineString> {
  const places = new Map(dataset.jurisdictions.map((j) => [j.id, j.point]));
  const localities = new Map(dataset.localities.map((l) => [l.id, l.point]));
  const fans = arrivalFans(dataset, places);
  const features = eachRecord('sister-cities.csv', dataset.sisterLinks, (l) => l.id, (link): Feature<LineString | MultiLineString>[] => {
    const from = places.get(link.jurisdictionId);
    const to = localities.get(link.localityId);
    if (!from || !to) return [];
    return [{
      type: 'Feature',
      geometry: greatCircleArc(from, to),
      properties: {id: link.id, status: link.status, campaignStatus: SISTER_LINK_CAMPAIGN_STATUS[link.status], fan: fans.get(link.id) ?? 0}
    }];
  }, onProblem);
  return {type: 'FeatureCollection', features};
}

export function localityFeatures(dataset: Dataset, onProblem: OnDrawProblem = reportToConsole): FeatureCollection<Point> {
  const links = new Map<string, number>();
  for (const l of dataset.sisterLinks) links.set(l.localityId, (links.get(l.localityId) ?? 0) + 1);
  const features = eachRecord('palestinian-localities.geojson', dataset.localities, (l) => l.id, (l): Feature<Point>[] => [{
    type: 'Feature',
    geometry: pointOf(l.point),
    properties: {id: l.id, name_en: l.nameEn, name_ar: l.nameAr, kind: l.kind, links: links.get(l.id) ?? 0}
  }], onProblem);
  return {type: 'FeatureCollection', features};
}

/** One point per jurisdiction with police exchange records: how many took part, and how many a local act ended or refused. */
export function policeFeatures(dataset: Dataset, onProblem: OnDrawProblem = reportToConsole): FeatureCollection<Point> {
  const byJurisdiction = new Map<string, {participated: number; stopped: number}>();
  for (const p of dataset.policeExchanges) {
    const entry = byJurisdiction.get(p.jurisdictionId) ?? {participated: 0, stopped: 0};
    if (p.outcome === 'participated') entry.participated += 1;
    else entry.stopped += 1;
    byJurisdiction.set(p.jurisdictionId, entry);
  }
  const features = eachRecord('police-exchanges.csv', dataset.jurisdictions, (j) => j.id, (j): Feature<Point>[] => {
    const entry = byJurisdiction.get(j.id);
    if (!entry) return [];
    return [{type: 'Feature', geometry: pointOf(j.point), properties: {id: j.id, name: j.name, ...entry}}];
  }, onProblem);
  return {type: 'FeatureCollection', features};
}
