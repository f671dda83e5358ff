import type {Campaign, Dataset, IsraelBondRecord, Jurisdiction, PoliceExchange, SisterCityLink, StateLaw} from '../domain/records';
import {STATE_BY_USPS} from '../domain/us-states';
import type {CampaignTypeId} from '../domain/vocabulary';
import {type ContextPlace, milesApart, NEARBY_MILES, type PlaceContext, type SizeBand, sizeBand} from './context';

/**
 * A place's profile: what it has done, what is around it, and what places like it have done. Pure: the place's
 * context (from the gazetteer) and the dataset in, every figure with the records it rests on out.
 */

export interface Precedent {
  /** Places of the set with a campaign of this type that passed. */
  passed: number;
  /** How many places the set holds: the denominator. */
  of: number;
  /** The nearest or largest of them, with the campaign that passed. */
  examples: {jurisdiction: Jurisdiction; campaign: Campaign; miles: number}[];
}

export interface TypePrecedents {
  type: CampaignTypeId;
  nearby: Precedent;
  peers: Precedent;
}

export interface Profile {
  place: ContextPlace;
  /** The jurisdiction of the data, when the place has records. */
  jurisdiction?: Jurisdiction;
  county?: ContextPlace;
  /** Every campaign type, with this place's records of it (sister-city links as campaigns), in the types' order. */
  byType: {type: CampaignTypeId; campaigns: Campaign[]}[];
  police: {own: PoliceExchange[]; county: PoliceExchange[]; state: PoliceExchange[]};
  links: SisterCityLink[];
  /** Sister-city links of places within NEARBY_MILES, nearest first. */
  nearbyLinks: {link: SisterCityLink; jurisdiction: Jurisdiction; miles: number}[];
  stateActs: {inEffect: StateLaw[]; others: StateLaw[]};
  bonds: {own: IsraelBondRecord[]; county: IsraelBondRecord[]; state: IsraelBondRecord[]};
  /** For a county: its places that have records. */
  inside: Jurisdiction[];
  precedents: TypePrecedents[];
  peerBand: SizeBand;
}

const PASSED = new Set(['passed', 'overridden']);

/** A campaign that succeeded: passed (or over a veto), and a sister-city link made official. */
export function succeeded(c: Pick<Campaign, 'status'>): boolean {
  return PASSED.has(c.status);
}

function byJurisdiction<T extends {jurisdictionId: string}>(items: readonly T[]): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) map.set(item.jurisdictionId, [...(map.get(item.jurisdictionId) ?? []), item]);
  return map;
}

function precedent(
  type: CampaignTypeId,
  set: ReadonlySet<string>,
  campaignsByPlace: ReadonlyMap<string, Campaign[]>,
  jurisdictions: ReadonlyMap<string, Jurisdiction>,
  from: ContextPlace
): Precedent {
  const examples: Precedent['examples'] = [];
  for (const id of set) {
    const campaign = (campaignsByPlace.get(id) ?? []).find((c) => c.type === type && succeeded(c));
    const jurisdiction = jurisdictions.get(id);
    if (campaign && jurisdiction) examples.push({jurisdiction, campaign, miles: milesApart(from.point, jurisdiction.point)});
  }
  examples.sort((a, b) => a.miles - b.miles || a.jurisdiction.name.localeCompare(b.jurisdiction.name));
  return {passed: examples.length, of: set.size, examples: examples.slice(0, 3)};
}

export function buildProfile(context: PlaceContext, dataset: Dataset): Profile {
  const {place} = context;
  const jurisdictions = new Map(dataset.jurisdictions.map((j) => [j.id, j]));
  const campaignsByPlace = byJurisdiction(dataset.campaigns);
  const police = byJurisdiction(dataset.policeExchanges);
  const bonds = byJurisdiction(dataset.israelBonds);
  const stateFips = STATE_BY_USPS.get(place.state)?.fips ?? '';
  const countyId = place.kind === 'county' ? undefined : context.county?.id;
  const own = campaignsByPlace.get(place.id) ?? [];
  const types = dataset.campaignTypes.map((t) => t.id);
  const links = dataset.sisterLinks.filter((l) => l.jurisdictionId === place.id);
  const nearbyLinks = dataset.sisterLinks
    .filter((l) => l.jurisdictionId !== place.id)
    .flatMap((link) => {
      const jurisdiction = jurisdictions.get(link.jurisdictionId);
      if (!jurisdiction || jurisdiction.kind === 'state') return [];
      const miles = milesApart(place.point, jurisdiction.point);
      return miles <= NEARBY_MILES ? [{link, jurisdiction, miles}] : [];
    })
    .sort((a, b) => a.miles - b.miles);
  const laws = dataset.stateLaws.filter((l) => l.state === place.state);
  const insideIds = new Set(context.inside);
  const inside = place.kind === 'county'
    ? dataset.jurisdictions.filter((j) => j.id !== place.id && (insideIds.has(j.id) || (j.id.length === 10 && j.id.startsWith(place.id))))
    : [];
  const nearbySet = new Set(context.nearby);
  const peerSet = new Set(context.peers.ids);
  const jurisdiction = jurisdictions.get(place.id);
  return {
    // A town of the 2023 Census files has no population there; the data's own record of it may (with its source).
    place: place.population === 0 && jurisdiction?.population ? {...place, population: jurisdiction.population} : place,
    ...(jurisdiction ? {jurisdiction} : {}),
    ...(context.county ? {county: context.county} : {}),
    byType: types.map((type) => ({type, campaigns: own.filter((c) => c.type === type)})),
    police: {
      own: police.get(place.id) ?? [],
      county: countyId ? police.get(countyId) ?? [] : [],
      state: police.get(stateFips) ?? []
    },
    links,
    nearbyLinks,
    stateActs: {inEffect: laws.filter((l) => l.status === 'in-effect'), others: laws.filter((l) => l.status !== 'in-effect')},
    bonds: {
      own: bonds.get(place.id) ?? [],
      county: countyId ? bonds.get(countyId) ?? [] : [],
      state: bonds.get(stateFips) ?? []
    },
    inside: inside.filter((j) => (campaignsByPlace.get(j.id)?.length ?? 0) + (police.get(j.id)?.length ?? 0) > 0),
    precedents: types.map((type) => ({
      type,
      nearby: precedent(type, nearbySet, campaignsByPlace, jurisdictions, place),
      peers: precedent(type, peerSet, campaignsByPlace, jurisdictions, place)
    })),
    peerBand: context.peers.band
  };
}

/** A profile's context when the gazetteer does not know the place (a town of the data only): no peers to count. */
export function contextFromJurisdiction(j: Jurisdiction): PlaceContext {
  return {
    place: {id: j.id, name: j.name, state: j.state, kind: j.kind, population: j.population ?? 0, point: j.point},
    inside: [],
    nearby: [],
    peers: {band: sizeBand(j.population ?? 0), ids: []}
  };
}
