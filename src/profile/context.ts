import type {LngLat} from '../domain/records';
import type {GazetteerPlace} from '../gazetteer/format';

/**
 * What the gazetteer says about a place, for its profile: the place itself, its county, and the places to compare
 * it with (those nearby, and those of a similar size in its state). Computed in the search worker, which holds the
 * gazetteer, so the page never handles 20,000 places; small and plain, so it can be posted.
 */
export interface PlaceContext {
  place: ContextPlace;
  /** The county it lies in (a city, town or CDP), from the gazetteer's build-time county column. */
  county?: ContextPlace;
  /** The gazetteer places inside it (a county). */
  inside: readonly string[];
  /** Places with a government of their own (not CDPs) within NEARBY_MILES, this one left out. */
  nearby: readonly string[];
  /** Places of the same kind of government and a similar size in the same state, this one left out. */
  peers: {band: SizeBand; ids: readonly string[]};
}

export interface ContextPlace {
  id: string;
  name: string;
  state: string;
  /** city, town, village, borough, municipality, consolidated, cdp, place (unknown), county or state. */
  kind: string;
  population: number;
  point: LngLat;
}

/** How far "around it" reaches. */
export const NEARBY_MILES = 50;

/** Population bands for "places of a similar size": [from, to), `to` null for the largest. */
export const SIZE_BANDS = [
  [0, 10_000], [10_000, 25_000], [25_000, 50_000], [50_000, 100_000], [100_000, 250_000], [250_000, null]
] as const satisfies readonly (readonly [number, number | null])[];
export type SizeBand = (typeof SIZE_BANDS)[number];

export function sizeBand(population: number): SizeBand {
  return SIZE_BANDS.find(([from, to]) => population >= from && (to === null || population < to)) ?? SIZE_BANDS[0];
}

/** Places that can pass a resolution: a CDP is a statistical area with no council of its own. */
export function hasGovernment(kind: string): boolean {
  return kind !== 'cdp';
}

const EARTH_MILES = 3958.8;

/** Great-circle distance in miles (haversine): cheap enough for every place of the gazetteer at once. */
export function milesApart(a: LngLat, b: LngLat): number {
  const rad = Math.PI / 180;
  const dLat = (b[1] - a[1]) * rad;
  const dLon = (b[0] - a[0]) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a[1] * rad) * Math.cos(b[1] * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_MILES * Math.asin(Math.min(1, Math.sqrt(h)));
}

// An unknown population (a town from a Gazetteer file without counts) is 0 here, which the profile does not show.
const asPlace = (r: GazetteerPlace): ContextPlace => ({id: r.id, name: r.name, state: r.state, kind: r.kind, population: r.population ?? 0, point: [r.lon, r.lat]});

/** The context of a gazetteer place or county, or null when the gazetteer does not have the id. */
export function placeContext(gazetteer: {places: readonly GazetteerPlace[]; counties: readonly GazetteerPlace[]}, id: string): PlaceContext | null {
  const county = gazetteer.counties.find((c) => c.id === id);
  const place = county ? undefined : gazetteer.places.find((p) => p.id === id);
  const row = county ?? place;
  if (!row) return null;
  const self = asPlace(county ? {...county, kind: 'county'} : row);
  const band = sizeBand(row.population ?? 0);
  const inBand = (p: GazetteerPlace) => p.population !== undefined && p.population >= band[0] && (band[1] === null || p.population < band[1]);
  const peersFrom = county ? gazetteer.counties : gazetteer.places.filter((p) => hasGovernment(p.kind));
  // A place of unknown size has no peers by size: none is claimed.
  const peers = row.population === undefined ? [] : peersFrom.filter((p) => p.id !== id && p.state === row.state && inBand(p)).map((p) => p.id);
  const nearby = gazetteer.places
    .filter((p) => p.id !== id && hasGovernment(p.kind) && milesApart(self.point, [p.lon, p.lat]) <= NEARBY_MILES)
    .map((p) => p.id);
  const countyRow = place?.county ? gazetteer.counties.find((c) => c.id === place.county) : undefined;
  return {
    place: self,
    ...(countyRow ? {county: asPlace({...countyRow, kind: 'county'})} : {}),
    inside: county ? gazetteer.places.filter((p) => p.county === id).map((p) => p.id) : [],
    nearby,
    peers: {band, ids: peers}
  };
}
