import type {Dataset, Jurisdiction, LngLat, PalestinianLocality} from '../domain/records';
import {STATE_BY_USPS} from '../domain/us-states';
import {SISTER_LINK_CAMPAIGN_STATUS} from '../domain/vocabulary';
import type {Filters} from '../filters/model';
import {campaignMatches, placesShown, stateActsShown} from '../filters/predicates';
import {perDataset} from '../domain/per-dataset';
import type {Bounds} from './bounds';

/** What the map shows inside its bounds, as things a person can choose: the map's feature index. */
export type InViewItem =
  | {kind: 'jurisdiction'; id: string}
  | {kind: 'locality'; id: string}
  | {kind: 'link'; id: string}
  | {kind: 'state'; id: string};

function contains([[west, south], [east, north]]: Bounds, [lon, lat]: LngLat): boolean {
  const inLon = west <= east ? lon >= west && lon <= east : lon >= west || lon <= east;
  return inLon && lat >= south && lat <= north;
}

function overlaps(a: Bounds, b: Bounds): boolean {
  return a[0][0] <= b[1][0] && b[0][0] <= a[1][0] && a[0][1] <= b[1][1] && b[0][1] <= a[1][1];
}

/** One collator for every sort: `localeCompare` builds one per call, which made sorting 20,000 names take a phone 100 ms. */
const byText = new Intl.Collator().compare;

/** Places and Palestinian towns in the order the list shows them: once per dataset, and only once the list opens. */
const inListOrder = perDataset((dataset) => ({
  jurisdictions: dataset.jurisdictions.filter((j) => j.kind !== 'state').sort((a, b) => byText(a.name, b.name)),
  localities: [...dataset.localities].sort((a, b) => byText(a.nameEn, b.nameEn))
}));

/** Where each link's ends are: only the places with a link, not a map of all 20,000. */
const linkEnds = perDataset((dataset) => {
  const ends = new Set(dataset.sisterLinks.flatMap((l) => [l.jurisdictionId, l.localityId]));
  const point = new Map<string, LngLat>();
  for (const p of [...dataset.jurisdictions, ...dataset.localities]) if (ends.has(p.id)) point.set(p.id, p.point);
  return point;
});

const unordered = perDataset((dataset) => ({jurisdictions: dataset.jurisdictions.filter((j) => j.kind !== 'state'), localities: dataset.localities}));

/**
 * Every record the filters show within the map's bounds, clustered or not: the states whose anti-boycott acts
 * are tinted (few, and the widest), then places, Palestinian towns and camps, and sister-city links with an end
 * in view. Computed from the data, not from what happens to be drawn; what does not change with the filters or
 * the view (names in order, points by id, each place's types) is made once per dataset.
 */
export function recordsInView(dataset: Dataset, filters: Filters, bounds: Bounds, stateBounds: ReadonlyMap<string, Bounds>): InViewItem[] {
  return inView(dataset, filters, bounds, stateBounds, inListOrder(dataset));
}

/** How many records `recordsInView` lists, without putting 20,000 names in order: the closed list shows only this. */
export function countInView(dataset: Dataset, filters: Filters, bounds: Bounds, stateBounds: ReadonlyMap<string, Bounds>): number {
  return inView(dataset, filters, bounds, stateBounds, unordered(dataset)).length;
}

function inView(
  dataset: Dataset,
  filters: Filters,
  bounds: Bounds,
  stateBounds: ReadonlyMap<string, Bounds>,
  order: {jurisdictions: readonly Jurisdiction[]; localities: readonly PalestinianLocality[]}
): InViewItem[] {
  const point = linkEnds(dataset);
  const shown = placesShown(dataset, filters);
  const jurisdictions = order.jurisdictions.filter((j) => contains(bounds, j.point) && shown(j.id));
  const localities = filters.layers.localities ? order.localities.filter((l) => contains(bounds, l.point)) : [];
  const links = dataset.sisterLinks.filter((l) => {
    const linkShown = campaignMatches({type: 'sister-cities', status: SISTER_LINK_CAMPAIGN_STATUS[l.status]}, filters);
    const ends = [point.get(l.jurisdictionId), point.get(l.localityId)];
    return linkShown && ends.some((end) => end && contains(bounds, end));
  });
  const states = stateActsShown(filters)
    ? [...new Set(dataset.stateLaws.filter((l) => l.status === 'in-effect').map((l) => l.state))].filter((usps) => {
        const box = stateBounds.get(usps);
        return box ? overlaps(box, bounds) : false;
      }).sort((a, b) => byText(STATE_BY_USPS.get(a)?.name ?? a, STATE_BY_USPS.get(b)?.name ?? b))
    : [];
  return [
    ...states.map((usps): InViewItem => ({kind: 'state', id: usps})),
    ...jurisdictions.map((j): InViewItem => ({kind: 'jurisdiction', id: j.id})),
    ...localities.map((l): InViewItem => ({kind: 'locality', id: l.id})),
    ...links.map((l): InViewItem => ({kind: 'link', id: l.id}))
  ];
}
