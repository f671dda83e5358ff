import {circle, distance, point} from '@turf/turf';
import type {Feature, Polygon} from 'geojson';
import type {Campaign, Dataset, Jurisdiction, LngLat, PoliceExchange, SisterCityLink} from '../domain/records';
import type {Filters} from '../filters/model';
import {campaignMatches, policeMatches} from '../filters/predicates';

export const RADII_MILES = [10, 25, 50, 100] as const;
export type RadiusMiles = (typeof RADII_MILES)[number];
export const DEFAULT_RADIUS: RadiusMiles = 25;

/** One row of the results list: a record, where it is, and how far from the chosen place. */
export type NearbyItem = {jurisdiction: Jurisdiction; miles: number} & (
  | {kind: 'campaign'; campaign: Campaign}
  | {kind: 'link'; link: SisterCityLink}
  | {kind: 'police'; record: PoliceExchange}
);

export function milesBetween(a: LngLat, b: LngLat): number {
  return distance(point([...a]), point([...b]), {units: 'miles'});
}

/** The chosen area as a polygon, for the map. */
export function radiusArea(center: LngLat, miles: number): Feature<Polygon> {
  return circle([...center], miles, {units: 'miles', steps: 96});
}

/**
 * Every record the filters let through, nearest first. State-wide records are left out: a state's label
 * point says nothing about how near its acts are to a person.
 */
export function recordsByDistance(dataset: Dataset, filters: Filters, center: LngLat): NearbyItem[] {
  const places = new Map(dataset.jurisdictions.filter((j) => j.kind !== 'state').map((j) => [j.id, j]));
  const links = new Map(dataset.sisterLinks.map((l) => [l.id, l]));
  const items: NearbyItem[] = [];
  const at = (id: string) => {
    const jurisdiction = places.get(id);
    return jurisdiction && {jurisdiction, miles: milesBetween(center, jurisdiction.point)};
  };
  for (const campaign of dataset.campaigns) {
    const place = campaignMatches(campaign, filters) ? at(campaign.jurisdictionId) : undefined;
    if (!place) continue;
    const link = campaign.sisterLinkId === undefined ? undefined : links.get(campaign.sisterLinkId);
    if (link) items.push({kind: 'link', link, ...place});
    else items.push({kind: 'campaign', campaign, ...place});
  }
  for (const record of dataset.policeExchanges) {
    const place = policeMatches(record, filters) ? at(record.jurisdictionId) : undefined;
    if (place) items.push({kind: 'police', record, ...place});
  }
  return items.sort((a, b) => a.miles - b.miles);
}

export function itemId(item: NearbyItem): string {
  switch (item.kind) {
    case 'campaign':
      return `campaign:${item.campaign.id}`;
    case 'link':
      return `link:${item.link.id}`;
    case 'police':
      return `police:${item.record.id}`;
  }
}
