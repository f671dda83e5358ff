import MiniSearch from 'minisearch';
import type {Dataset, LngLat} from '../domain/records';
import {US_STATES} from '../domain/us-states';
import type {GazetteerPlace} from '../gazetteer/format';
import {type Message, message} from '../i18n/message';
import {editDistance, foldName} from './normalize';
import {parseQuery} from './query';

/** A Palestinian city, town or village of the gazetteer (GeoNames), with the names people search it by. */
export interface PsPlace {
  id: string;
  name_en: string;
  /** Empty where GeoNames has no Arabic name: none is guessed. */
  name_ar?: string | undefined;
  aliases: readonly string[];
  region: 'west-bank' | 'gaza';
  population: number;
  lon: number;
  lat: number;
}

export interface ZipPlace {
  zip: string;
  lon: number;
  lat: number;
  /** The city the ZIP belongs to, where the gazetteer says. */
  city?: string;
  state?: string;
}

/** The gazetteer as search reads it (public/gazetteer/, loaded in the search worker). */
export interface SearchGazetteer {
  places: readonly GazetteerPlace[];
  counties: readonly GazetteerPlace[];
  zips: readonly ZipPlace[];
  psPlaces?: readonly PsPlace[];
}

/** What choosing a suggestion does: look near a US place, open a state or county, or select a Palestinian place. */
export type SearchTarget =
  | {kind: 'us-place'; label: string; point: LngLat; placeId?: string}
  | {kind: 'state'; label: string; usps: string}
  | {kind: 'county'; label: string; countyId: string; point: LngLat}
  | {kind: 'locality'; label: string; localityId: string}
  | {kind: 'ps-place'; label: string; placeId: string};

export interface Suggestion {
  /** Unique among suggestions, for React keys and aria ids. */
  key: string;
  label: string;
  /** What it is, in a few messages shown together: "city · pop. 114,394 · 3 campaigns". */
  details: readonly Message[];
  /** An Arabic name shown beside the label, when there is one. */
  labelAr?: string;
  target: SearchTarget;
}

/**
 * What the search needs to know of the dataset: which places have records and how many, and the Palestinian
 * localities with their names. Small and plain, so it can be posted to the search worker.
 */
export interface SearchRecords {
  places: readonly {id: string; name: string; state: string; kind: string; point: LngLat; population?: number; campaigns: number; police: number}[];
  localities: readonly {id: string; nameEn: string; nameAr: string; aliases: readonly string[]; kind: string; governorate: string; point: LngLat; links: number}[];
  /** State acts in effect, by USPS code. */
  stateActs: Readonly<Record<string, number>>;
}

export function recordsForSearch(dataset: Dataset): SearchRecords {
  const campaigns = new Map<string, number>();
  for (const c of dataset.campaigns) campaigns.set(c.jurisdictionId, (campaigns.get(c.jurisdictionId) ?? 0) + 1);
  const police = new Map<string, number>();
  for (const p of dataset.policeExchanges) police.set(p.jurisdictionId, (police.get(p.jurisdictionId) ?? 0) + 1);
  const links = new Map<string, number>();
  for (const l of dataset.sisterLinks) links.set(l.localityId, (links.get(l.localityId) ?? 0) + 1);
  const stateActs: Record<string, number> = {};
  for (const law of dataset.stateLaws) if (law.status === 'in-effect') stateActs[law.state] = (stateActs[law.state] ?? 0) + 1;
  return {
    places: dataset.jurisdictions.map((j) => ({
      id: j.id, name: j.name, state: j.state, kind: j.kind, point: j.point,
      ...(j.population === undefined ? {} : {population: j.population}),
      campaigns: campaigns.get(j.id) ?? 0, police: police.get(j.id) ?? 0
    })),
    localities: dataset.localities.map((l) => ({
      id: l.id, nameEn: l.nameEn, nameAr: l.nameAr, aliases: l.aliases, kind: l.kind, governorate: l.governorate, point: l.point,
      links: links.get(l.id) ?? 0
    })),
    stateActs
  };
}

/**
 * Other names people use for a few US places, by folded name and state. The Census and GeoNames names stay the
 * main ones; these only help people find them.
 */
const US_ALIASES: Readonly<Record<string, readonly string[]>> = {
  'new york|NY': ['nyc', 'new york city'],
  'new york city|NY': ['nyc', 'new york'],
  'washington|DC': ['washington dc', 'dc'],
  'los angeles|CA': ['la'],
  'san francisco|CA': ['sf'],
  'philadelphia|PA': ['philly'],
  'new orleans|LA': ['nola']
};

interface Entry {
  /** Places merge under one key: the same GEOID, or the same name in the same state. */
  mergeKeys: readonly string[];
  names: readonly string[];
  state?: string;
  records: number;
  population: number;
  isState?: true;
  label: string;
  /** Made only for the few entries shown: most of the 20,000 never are. */
  suggestion: () => Suggestion;
}

function countMessages(campaigns: number, police: number): Message[] {
  return [
    ...(campaigns > 0 ? [message('search.campaigns', {count: campaigns})] : []),
    ...(police > 0 ? [message('search.police', {count: police})] : [])
  ];
}

/** What a place is (city, town, CDP); a GeoNames "place" says nothing, so it is left out. */
function kindMessage(kind: string): Message[] {
  return kind === 'place' || kind === '' ? [] : [message(`kind.${kind}`)];
}

const populationMessage = (n: number): Message[] => (n > 0 ? [message('search.population', {n})] : []);

function usEntry(p: {id: string; name: string; state: string; kind: string; point: LngLat; population: number; campaigns: number; police: number}): Entry {
  const folded = foldName(p.name);
  const aliases = US_ALIASES[`${folded}|${p.state}`] ?? [];
  // A city-county government is the city people name: "Macon" is Macon-Bibb County, "Augusta" Augusta-Richmond County.
  const city = p.kind === 'consolidated' ? foldName(p.name.split(/[-/]/)[0]!) : folded;
  const names = [...new Set([folded, ...aliases, city])];
  const label = `${p.name}, ${p.state}`;
  // A town or township (a county subdivision) and the village, city or borough of its name are two councils
  // (Hempstead town and village NY, Groton town and city CT): both are found, told apart by their kind.
  const namespace = p.kind === 'county' ? 'county:' : /^\d{10}$/.test(p.id) && (p.kind === 'town' || p.kind === 'township') ? 'town:' : '';
  return {
    // Aliases merge too: GeoNames' "New York City" is the Census's "New York".
    mergeKeys: [`id:${p.id}`, ...[folded, ...aliases].map((n) => `name:${namespace}${n}|${p.state}`)],
    names,
    state: p.state,
    records: p.campaigns + p.police,
    population: p.population,
    label,
    suggestion: () => ({
      key: `us:${p.id}`,
      label,
      details: [...kindMessage(p.kind), ...populationMessage(p.population), ...countMessages(p.campaigns, p.police)],
      target: p.kind === 'county' ? {kind: 'county', label, countyId: p.id, point: p.point} : {kind: 'us-place', label, point: p.point, placeId: p.id}
    })
  };
}

function stateEntries(records: SearchRecords): Entry[] {
  return US_STATES.map((s) => {
    const acts = records.stateActs[s.usps] ?? 0;
    const details = [message('kind.state'), ...(acts > 0 ? [message('search.stateActs', {count: acts})] : [])];
    return {
      mergeKeys: [`id:${s.fips}`, `state:${s.usps}`],
      names: [foldName(s.name)],
      records: acts,
      population: Number.MAX_SAFE_INTEGER,
      isState: true,
      label: s.name,
      suggestion: () => ({key: `state:${s.usps}`, label: s.name, details, target: {kind: 'state', label: s.name, usps: s.usps}})
    };
  });
}

function localityEntry(l: SearchRecords['localities'][number]): Entry {
  const names = [l.nameEn, l.nameAr, ...l.aliases].map(foldName);
  return {
    mergeKeys: [`ps:${l.id}`, ...names.map((n) => `psname:${n}|${l.kind === 'camp' ? 'camp' : 'town'}`)],
    names,
    records: l.links,
    population: 0,
    label: l.nameEn,
    suggestion: () => ({
      key: `ps:${l.id}`, label: l.nameEn, labelAr: l.nameAr,
      details: [message(`locality.kind.${l.kind}`), message('search.governorate', {name: l.governorate}),
        l.links > 0 ? message('search.sisterCities', {count: l.links}) : message('search.noSisterCity')],
      target: {kind: 'locality', label: l.nameEn, localityId: l.id}
    })
  };
}

/**
 * Every entry, most wanted first: the states, the places with records, the Palestinian localities and places,
 * then the gazetteer's places and counties from the most populous down. Indexing in this order lets the first
 * suggestions come before the last small town is indexed.
 */
function* entriesInOrder(records: SearchRecords, gazetteer: SearchGazetteer | undefined): Generator<Entry> {
  yield* stateEntries(records);
  const population = new Map([...(gazetteer?.places ?? []), ...(gazetteer?.counties ?? [])].map((p) => [p.id, p.population]));
  for (const p of records.places) {
    if (p.kind !== 'state') yield usEntry({...p, population: p.population ?? population.get(p.id) ?? 0});
  }
  for (const l of records.localities) yield localityEntry(l);
  for (const p of gazetteer?.psPlaces ?? []) yield psPlaceEntry(p);
  if (!gazetteer) return;
  // "Baltimore city" the county-equivalent is the city of Baltimore: one place, found by either name.
  const placeNames = new Set(gazetteer.places.map((p) => `${p.name}|${p.state}`));
  // A CDP named after the town or city it lies in (Lexington CDP in Lexington town, MA) is that municipality's
  // statistical area; the municipality, which has the council, is the one found, though its census count may be
  // unknown (a town from the 2023 Gazetteer) and the CDP's is not.
  const governed = (p: GazetteerPlace) => `${foldName(p.name)}|${p.state}|${p.county ?? ''}`;
  const governments = new Set(gazetteer.places.filter((p) => p.kind !== 'cdp' && p.kind !== 'place').map(governed));
  const rest = [
    ...gazetteer.places.filter((p) => p.kind !== 'cdp' || !governments.has(governed(p))).map((p) => ({p, kind: p.kind})),
    ...gazetteer.counties
      .filter((c) => !(/\scity$/.test(c.name) && placeNames.has(`${c.name.replace(/\scity$/, '')}|${c.state}`)))
      .map((p) => ({p, kind: 'county'}))
  ].sort((a, b) => (b.p.population ?? 0) - (a.p.population ?? 0));
  for (const {p, kind} of rest) {
    yield usEntry({id: p.id, name: p.name, state: p.state, kind, point: [p.lon, p.lat], population: p.population ?? 0, campaigns: 0, police: 0});
  }
}

export interface PlaceIndex {
  entries: Entry[];
  miniSearch: MiniSearch<{i: number; names: string}>;
  zips: readonly ZipPlace[];
  /** Entries not indexed yet; undefined once all are. */
  pending: Iterator<Entry> | undefined;
  taken: Set<string>;
}

/**
 * An index over the US states, the places and counties of the gazetteer, the places with records and the
 * Palestinian localities and places, filled by `indexMore`. A place known twice (in the data and in the gazetteer,
 * by GEOID or by name and state, aliases included) is one entry, the data's.
 */
export function createPlaceIndex(records: SearchRecords, gazetteer?: SearchGazetteer): PlaceIndex {
  const miniSearch = new MiniSearch<{i: number; names: string}>({
    idField: 'i',
    fields: ['names'],
    tokenize: (text) => text.split(' '),
    processTerm: (term) => term || null
  });
  // DC is a state, a county and a city at once: the county would be a second "District of Columbia".
  const taken = new Set(['name:county:district of columbia|DC']);
  return {entries: [], miniSearch, zips: gazetteer?.zips ?? [], pending: entriesInOrder(records, gazetteer), taken};
}

/** Indexes up to `count` more entries; true when every entry is indexed. */
export function indexMore(index: PlaceIndex, count: number): boolean {
  for (let n = 0; n < count && index.pending; n++) {
    const next = index.pending.next();
    if (next.done) {
      index.pending = undefined;
      break;
    }
    const entry = next.value;
    if (entry.mergeKeys.some((k) => index.taken.has(k))) continue;
    for (const k of entry.mergeKeys) index.taken.add(k);
    index.miniSearch.add({i: index.entries.length, names: entry.names.join(' ')});
    index.entries.push(entry);
  }
  return index.pending === undefined;
}

/** The whole index at once: for tests and the command line. */
export function buildPlaceIndex(records: SearchRecords, gazetteer?: SearchGazetteer): PlaceIndex {
  const index = createPlaceIndex(records, gazetteer);
  indexMore(index, Infinity);
  return index;
}

/**
 * The English spellings and names people type for a few Palestinian places that GeoNames' own names miss (it
 * writes Khan Yunis and Bayt Sahur; it has no Arabic name for East Jerusalem). They only widen the search: the
 * names shown stay GeoNames'.
 */
const PS_ALIASES: Readonly<Record<string, readonly string[]>> = {
  gn7303419: ['jerusalem', 'al quds', 'القدس', 'القدس الشرقيه'],
  gn281133: ['gaza city', 'ghazzah'],
  gn281124: ['khan younis', 'khan younes', 'khan yunes', 'خان يونس'],
  gn284304: ['beit sahour', 'beit sahur', 'بيت ساحور'],
  gn285066: ['al khalil', 'el khalil'],
  gn281577: ['tulkarem', 'tul karm'],
  gn283506: ['jenin city']
};

function psPlaceEntry(p: PsPlace): Entry {
  const names = [p.name_en, p.name_ar ?? '', ...p.aliases].filter(Boolean).map(foldName).concat(PS_ALIASES[p.id] ?? []);
  return {
    mergeKeys: [`psgn:${p.id}`, ...names.map((n) => `psname:${n}|town`)],
    names,
    records: 0,
    population: p.population,
    label: p.name_en,
    suggestion: () => ({
      key: `psgn:${p.id}`, label: p.name_en, ...(p.name_ar ? {labelAr: p.name_ar} : {}),
      details: [message(`region.${p.region}`), ...populationMessage(p.population), message('search.noSisterCity')],
      target: {kind: 'ps-place', label: p.name_en, placeId: p.id}
    })
  };
}

/**
 * How well an entry's names match: 0 a name is the query, 1 a name starts with it, 2 each word of the query starts
 * a word of its names ("janin camp" for Jenin Camp, also called Janin), 3 a near miss.
 */
function tier(names: readonly string[], query: string): number {
  let best = 3;
  for (const n of names) {
    if (n === query) return 0;
    if (n.startsWith(query)) best = 1;
  }
  if (best === 1) return 1;
  const nameWords = names.flatMap((n) => n.split(' '));
  return query.split(' ').every((w) => nameWords.some((nw) => nw.startsWith(w))) ? 2 : 3;
}

/** One wrong, missing or swapped letter is forgiven in words of five letters or more; one in shorter words of three. */
const fuzziness = (term: string) => (term.length >= 5 ? 2 : term.length >= 3 ? 1 : 0);

function zipSuggestions(zips: readonly ZipPlace[], exact: string | undefined, prefix: string, limit: number): Suggestion[] {
  const found = zips.filter((z) => z.zip === exact);
  for (const z of zips) {
    if (found.length >= limit) break;
    if (z.zip.startsWith(prefix) && z.zip !== exact) found.push(z);
  }
  return found.slice(0, limit).map((z) => {
    const label = `ZIP ${z.zip}`;
    return {key: `zip:${z.zip}`, label, details: [z.city ? message('search.zipCity', {city: z.city, state: z.state ?? ''}) : message('search.zipArea')], target: {kind: 'us-place', label, point: [z.lon, z.lat]}};
  });
}

/**
 * The best suggestions for what was typed. Exact names first, then names that start so, then near misses; among
 * equals, places with records first, then the most populous. A trailing state ("Dearborn MI") limits the search
 * to that state, and the whole text is tried too, so "West Virginia" is still the state.
 */
export function searchPlaces(index: PlaceIndex, raw: string, limit = 8): Suggestion[] {
  const query = parseQuery(raw);
  if (query.kind === 'none') return [];
  if (query.kind === 'zip') return zipSuggestions(index.zips, query.exact, query.prefix, limit);

  const scored = new Map<number, number>();
  /** Among near misses, the closer name first: "Milwakee" is one letter from Milwaukee, eight from Milwaukee County. */
  const distance = new Map<number, number>();
  const consider = (name: string, state: string | undefined, preference: number) => {
    if (name === '') return;
    const hits = index.miniSearch.search(name, {
      prefix: true,
      fuzzy: fuzziness,
      combineWith: 'AND',
      ...(state ? {filter: (r) => index.entries[r.id as number]?.state === state} : {})
    });
    for (const hit of hits) {
      const i = hit.id as number;
      const entry = index.entries[i]!;
      // "New York, NY" asks for a place in New York, not for the state itself.
      if (state && entry.isState) continue;
      const score = tier(entry.names, name) * 2 + preference;
      scored.set(i, Math.min(scored.get(i) ?? Infinity, score));
      if (score >= 6) distance.set(i, Math.min(distance.get(i) ?? Infinity, ...entry.names.map((n) => editDistance(name, n))));
    }
  };
  if (query.inState) consider(query.inState.name, query.inState.state, 0);
  consider(query.name, undefined, 1);

  return [...scored]
    .sort(([a, sa], [b, sb]) => {
      const ea = index.entries[a]!;
      const eb = index.entries[b]!;
      const nearMiss = sa >= 6;
      return sa - sb || (nearMiss ? (distance.get(a) ?? 0) - (distance.get(b) ?? 0) : 0) ||
        Number(eb.records > 0) - Number(ea.records > 0) ||
        eb.population - ea.population || (ea.label < eb.label ? -1 : ea.label > eb.label ? 1 : 0);
    })
    .slice(0, limit)
    .map(([i]) => index.entries[i]!.suggestion());
}
