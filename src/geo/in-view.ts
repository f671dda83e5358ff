import type {Dataset, Jurisdiction, LngLat, PalestinianLocality, SisterCityLink} from '../domain/records';
import {STATE_BY_USPS} from '../domain/us-states';
import {SISTER_LINK_CAMPAIGN_STATUS} from '../domain/vocabulary';
import type {Filters} from '../filters/model';
import {campaignMatches, placeSetsShown, stateActsShown, tally} from '../filters/predicates';
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

/** Places (not states) and Palestinian towns in an order, with each place's combination of cells (see `tally`). */
interface Ordered {
  jurisdictions: readonly Jurisdiction[];
  sets: Int32Array;
  localities: readonly PalestinianLocality[];
}

function ordered(dataset: Dataset, jurisdictions: readonly Jurisdiction[], localities: readonly PalestinianLocality[]): Ordered {
  const {localSetOf} = tally(dataset);
  return {jurisdictions, sets: Int32Array.from(jurisdictions, (j) => localSetOf.get(j.id) ?? 0), localities};
}

/** Places and Palestinian towns in the order the list shows them: once per dataset, and only once the list opens. */
const inListOrder = perDataset((dataset) =>
  ordered(
    dataset,
    dataset.jurisdictions.filter((j) => j.kind !== 'state').sort((a, b) => byText(a.name, b.name)),
    [...dataset.localities].sort((a, b) => byText(a.nameEn, b.nameEn))
  )
);

/** Where each link's ends are: only the places with a link, not a map of all 20,000. */
const linkEnds = perDataset((dataset) => {
  const ends = new Set(dataset.sisterLinks.flatMap((l) => [l.jurisdictionId, l.localityId]));
  const point = new Map<string, LngLat>();
  for (const p of [...dataset.jurisdictions, ...dataset.localities]) if (ends.has(p.id)) point.set(p.id, p.point);
  return point;
});

const unordered = perDataset((dataset) => ordered(dataset, dataset.jurisdictions.filter((j) => j.kind !== 'state'), dataset.localities));

/**
 * Every record the filters show within the map's bounds, clustered or not: the states whose anti-boycott acts
 * are tinted (few, and the widest), then places, Palestinian towns and camps, and sister-city links with an end
 * in view. Computed from the data, not from what happens to be drawn; what does not change with the filters or
 * the view (names in order, points by id, each place's types) is made once per dataset.
 */
export function recordsInView(dataset: Dataset, filters: Filters, bounds: Bounds, stateBounds: ReadonlyMap<string, Bounds>): InViewItem[] {
  const {states, jurisdictions, localities, links} = inView(dataset, filters, bounds, stateBounds, inListOrder(dataset));
  return [
    ...states.map((usps): InViewItem => ({kind: 'state', id: usps})),
    ...jurisdictions.map((j): InViewItem => ({kind: 'jurisdiction', id: j.id})),
    ...localities.map((l): InViewItem => ({kind: 'locality', id: l.id})),
    ...links.map((l): InViewItem => ({kind: 'link', id: l.id}))
  ];
}

/** How many records `recordsInView` lists, without putting 20,000 names in order: the closed list shows only this. */
export function countInView(dataset: Dataset, filters: Filters, bounds: Bounds, stateBounds: ReadonlyMap<string, Bounds>): number {
  const {states, jurisdictions, localities, links} = inView(dataset, filters, bounds, stateBounds, unordered(dataset));
  return states.length + jurisdictions.length + localities.length + links.length;
}

/**
 * What is in view, kind by kind. The count of the closed list (every map move, 20,000 places at national scale)
 * makes no item for each: made and thrown away, they cost a phone's main thread more than the counting.
 */
function inView(
  dataset: Dataset,
  filters: Filters,
  bounds: Bounds,
  stateBounds: ReadonlyMap<string, Bounds>,
  order: Ordered
): {states: string[]; jurisdictions: Jurisdiction[]; localities: readonly PalestinianLocality[]; links: SisterCityLink[]} {
  const point = linkEnds(dataset);
  const shown = placeSetsShown(dataset, filters);
  const jurisdictions = order.jurisdictions.filter((j, i) => shown[order.sets[i]!] === true && contains(bounds, j.point));
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
  return {states, jurisdictions, localities, links};
}
