import type {Dataset, LngLat} from '../domain/records';
import {STATE_BY_USPS, US_STATES} from '../domain/us-states';
import {LOCALITY_KIND_LABELS} from '../domain/vocabulary';
import type {Gazetteer, ZipRow} from '../gazetteer/format';

export type {Gazetteer};
import {foldName} from './normalize';

/** What a search can find. A US place becomes the centre of "near"; a Palestinian locality is selected. */
export type SearchTarget =
  | {kind: 'us-place'; label: string; point: LngLat; jurisdictionId?: string}
  | {kind: 'locality'; label: string; localityId: string};

export interface Suggestion {
  /** Unique among suggestions, for React keys and aria ids. */
  key: string;
  label: string;
  detail: string;
  target: SearchTarget;
}

interface Entry extends Suggestion {
  names: readonly string[];
  state?: string;
  /** Higher ranks first among equally good matches: places with records, then by population. */
  rank: number;
}

export interface SearchIndex {
  entries: readonly Entry[];
  zips: readonly ZipRow[];
}

const WITH_RECORDS = 1e9;
// One formatter for the 16,000 gazetteer places: toLocaleString builds a new one on every call.
const POPULATION = new Intl.NumberFormat('en-US');

/**
 * One index over the places with records, the nationwide gazetteer (when loaded) and the Palestinian
 * localities. A gazetteer place that is also in the data (same name and state) appears once, as the data's.
 */
export function buildSearchIndex(dataset: Dataset, gazetteer?: Gazetteer): SearchIndex {
  const entries: Entry[] = [];
  const seen = new Set<string>();
  const add = (entry: Entry, dedupeKey?: string) => {
    if (dedupeKey) {
      if (seen.has(dedupeKey)) return;
      seen.add(dedupeKey);
    }
    entries.push(entry);
  };
  const usPlace = (id: string, name: string, state: string, detail: string, point: LngLat, rank: number, jurisdictionId?: string) => {
    // A 2-digit GEOID is a state: "Texas", not "Texas, TX".
    const label = id.length === 2 ? name : `${name}, ${state}`;
    add(
      {
        key: `us:${id}`,
        label,
        detail,
        target: {kind: 'us-place', label, point, ...(jurisdictionId ? {jurisdictionId} : {})},
        names: [foldName(name)],
        state,
        rank
      },
      `${foldName(name)}|${state}`
    );
  };
  const stateName = (usps: string) => STATE_BY_USPS.get(usps)?.name ?? usps;

  for (const j of dataset.jurisdictions) {
    const detail = j.kind === 'state' ? 'State' : `${j.kind[0]!.toUpperCase()}${j.kind.slice(1)} in ${stateName(j.state)}`;
    usPlace(j.id, j.name, j.state, detail, j.point, WITH_RECORDS + (j.population ?? 0), j.id);
  }
  for (const l of dataset.localities) {
    add({
      key: `ps:${l.id}`,
      label: l.nameEn,
      detail: `${LOCALITY_KIND_LABELS[l.kind]} · ${l.governorate} · ${l.nameAr}`,
      target: {kind: 'locality', label: l.nameEn, localityId: l.id},
      names: [l.nameEn, l.nameAr, ...l.aliases].map(foldName),
      rank: WITH_RECORDS
    });
  }
  if (gazetteer) {
    // GeoNames does not say whether a place is a city, town or village; its population tells two Springfields apart.
    for (const p of gazetteer.places) {
      usPlace(p.id, p.name, p.state, `${stateName(p.state)} · pop. ${POPULATION.format(p.population)}`, [p.lon, p.lat], p.population);
    }
    for (const c of gazetteer.counties) usPlace(c.id, c.name, c.state, `County in ${stateName(c.state)}`, [c.lon, c.lat], c.population);
  }
  return {entries, zips: gazetteer?.zips ?? []};
}

/** "Boulder, CO" or "Boulder, Colorado" → name "boulder", state "CO"; "Boulder" → no state. */
function parseQuery(query: string): {name: string; state?: string} {
  const comma = query.lastIndexOf(',');
  if (comma < 0) return {name: foldName(query)};
  const statePart = query.slice(comma + 1).trim();
  const state = STATE_BY_USPS.has(statePart.toUpperCase())
    ? statePart.toUpperCase()
    : US_STATES.find((s) => foldName(s.name) === foldName(statePart))?.usps;
  return state ? {name: foldName(query.slice(0, comma)), state} : {name: foldName(query)};
}

/** How well a folded name matches: 3 exact, 2 prefix, 1 a later word's prefix, 0 no match. */
function matchScore(names: readonly string[], q: string): number {
  let best = 0;
  for (const n of names) {
    if (n === q) return 3;
    if (n.startsWith(q)) best = Math.max(best, 2);
    else if (n.includes(` ${q}`)) best = Math.max(best, 1);
  }
  return best;
}

export function search(index: SearchIndex, query: string, limit = 8): Suggestion[] {
  const trimmed = query.trim();
  if (/^\d{3,5}$/.test(trimmed)) {
    return index.zips
      .filter((z) => z.zip.startsWith(trimmed))
      .slice(0, limit)
      .map((z) => ({
        key: `zip:${z.zip}`,
        label: `ZIP ${z.zip}`,
        detail: 'ZIP code area',
        target: {kind: 'us-place', label: `ZIP ${z.zip}`, point: [z.lon, z.lat]}
      }));
  }
  const {name, state} = parseQuery(trimmed);
  if (name.length < 2 && !/[\u0600-\u06ff]/.test(name)) return [];
  const scored: [Entry, number][] = [];
  for (const entry of index.entries) {
    if (state && entry.state !== state) continue;
    const score = matchScore(entry.names, name);
    if (score > 0) scored.push([entry, score]);
  }
  scored.sort(([a, sa], [b, sb]) => sb - sa || b.rank - a.rank || a.label.localeCompare(b.label));
  return scored.slice(0, limit).map(([{key, label, detail, target}]) => ({key, label, detail, target}));
}
