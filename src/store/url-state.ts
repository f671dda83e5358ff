import {CAMPAIGN_STATUSES, CAMPAIGN_TYPE_IDS} from '../domain/vocabulary';
import {DEFAULT_FILTERS, type Filters, THEMATIC_LAYERS} from '../filters/model';
import {DEFAULT_RADIUS, RADII_MILES, type RadiusMiles} from '../geo/near';
import type {Camera, NearPlace, Selection} from './store';

/** Everything a shared link reproduces. */
export interface SharedView {
  filters: Filters;
  place: NearPlace | null;
  radius: RadiusMiles;
  selection: Selection | null;
  camera: Camera | null;
  projection: 'mercator' | 'globe';
  /** Places side by side, by id. */
  compare: readonly string[];
}

export const DEFAULT_VIEW: SharedView = {filters: DEFAULT_FILTERS, place: null, radius: DEFAULT_RADIUS, selection: null, camera: null, projection: 'mercator', compare: []};

const SELECTION_KINDS = ['jurisdiction', 'link', 'locality', 'state', 'county', 'ps-place', 'place'] as const;

/** How a place read from a link without a name is called: most often someone's own location, shared. */
export const SHARED_LOCATION = 'a shared location';

/** How many places can stand side by side. */
export const MAX_COMPARED = 3;

const round = (n: number, digits: number) => Number(n.toFixed(digits));

/** Values of a vocabulary named in a comma list, in the vocabulary's order, and how many names were not in it. */
function listParam<T extends string>(value: string, vocabulary: readonly T[]): {values: T[]; unknown: number} {
  const named = new Set(value.split(',').filter(Boolean));
  const known = new Set<string>(vocabulary);
  return {values: vocabulary.filter((v) => named.has(v)), unknown: [...named].filter((n) => !known.has(n)).length};
}

/** What a place's name from a link may hold: no control or direction characters, and no more than a label needs. */
export function cleanLabel(value: string): string {
  // eslint-disable-next-line no-control-regex -- removing control characters is the point
  return value.replace(/[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '').trim().slice(0, 80);
}

function numbers(value: string | null, count: number): number[] | null {
  const parts = value?.split(/[,/]/).map(Number);
  return parts && parts.length === count && parts.every(Number.isFinite) ? parts : null;
}

/**
 * The view as URL parameters; defaults are left out so a plain link stays plain. Short keys keep links
 * readable when pasted into a message: t types, s statuses, hide layers, near/name place, r radius,
 * sel selection, map zoom/lat/lon (the order OpenStreetMap uses).
 */
export function toSearchParams(view: SharedView): URLSearchParams {
  const p = new URLSearchParams();
  const {types, statuses, layers} = view.filters;
  if (types.length !== CAMPAIGN_TYPE_IDS.length) p.set('t', types.join(','));
  if (statuses.length !== CAMPAIGN_STATUSES.length) p.set('s', statuses.join(','));
  const hidden = THEMATIC_LAYERS.filter((l) => !layers[l]);
  if (hidden.length > 0) p.set('hide', hidden.join(','));
  if (view.place) {
    p.set('near', view.place.point.map((n) => round(n, 5)).join(','));
    // A person's own position is not named: whoever opens the link is somewhere else.
    if (!view.place.own) p.set('name', view.place.label);
  }
  if (view.radius !== DEFAULT_RADIUS) p.set('r', String(view.radius));
  if (view.selection) p.set('sel', `${view.selection.kind}:${view.selection.id}`);
  if (view.camera) {
    const {center, zoom} = view.camera;
    p.set('map', `${round(zoom, 2)}/${round(center[1], 4)}/${round(center[0], 4)}`);
  }
  if (view.projection === 'globe') p.set('globe', '1');
  if (view.compare.length > 0) p.set('cmp', view.compare.join(','));
  return p;
}

/** What a link asked for that could not be used, in words for the person who opened it. */
export type LinkProblem = string;

const some = (n: number, one: string, many: string) => `${n === 1 ? `1 ${one}` : `${n} ${many}`}`;

/**
 * Reads a view from URL parameters, which anyone can craft: every value is checked against a vocabulary or a
 * range, and whatever cannot be used is left out and named in `problems`. Selection ids are checked against the
 * dataset later, once it has loaded (src/app/url-sync.ts).
 */
export function readSharedView(p: URLSearchParams): {view: SharedView; problems: LinkProblem[]} {
  const problems: LinkProblem[] = [];
  const list = <T extends string>(key: string, vocabulary: readonly T[], fallback: readonly T[], what: [string, string]): readonly T[] => {
    const value = p.get(key);
    if (value === null) return fallback;
    const {values, unknown} = listParam(value, vocabulary);
    if (unknown > 0) problems.push(`This link named ${some(unknown, ...what)} that the map does not know; ${unknown === 1 ? 'it was' : 'they were'} left out.`);
    return values;
  };
  const types = list('t', CAMPAIGN_TYPE_IDS, DEFAULT_FILTERS.types, ['campaign type', 'campaign types']);
  const statuses = list('s', CAMPAIGN_STATUSES, DEFAULT_FILTERS.statuses, ['status', 'statuses']);
  const hidden = new Set(list('hide', THEMATIC_LAYERS, [], ['layer', 'layers']));
  const near = numbers(p.get('near'), 2);
  const validPlace = near && Math.abs(near[0]!) <= 180 && Math.abs(near[1]!) <= 90;
  if (p.has('near') && !validPlace) problems.push('The place in this link could not be read, so no place is chosen.');
  const radiusParam = p.get('r');
  const radius = RADII_MILES.find((r) => String(r) === radiusParam) ?? DEFAULT_RADIUS;
  if (radiusParam !== null && String(radius) !== radiusParam) problems.push(`This link asked for a distance the map does not offer; it shows ${DEFAULT_RADIUS} miles.`);
  const sel = p.get('sel');
  const [kind, ...rest] = (sel ?? '').split(':');
  const id = rest.join(':');
  const validSelection = SELECTION_KINDS.includes(kind as never) && id !== '';
  if (sel !== null && !validSelection) problems.push('This link named a record the map cannot read, so nothing is selected.');
  const map = numbers(p.get('map'), 3);
  const validCamera = map && map[0]! >= 0 && map[0]! <= 24 && Math.abs(map[1]!) <= 90 && Math.abs(map[2]!) <= 180;
  if (p.has('map') && !validCamera) problems.push('The map position in this link could not be read; the map opens on the whole US.');
  const label = cleanLabel(p.get('name') ?? '');
  const cmp = (p.get('cmp') ?? '').split(',').filter(Boolean);
  const compare = [...new Set(cmp.filter((id) => /^(\d{2}|\d{5}|\d{7}|\d{10}|gn\d{1,12})$/.test(id)))].slice(0, MAX_COMPARED);
  if (compare.length < cmp.length) problems.push('This link named places to compare that the map cannot read; they were left out.');
  return {
    view: {
      filters: {types, statuses, layers: Object.fromEntries(THEMATIC_LAYERS.map((l) => [l, !hidden.has(l)])) as Filters['layers']},
      place: validPlace ? {label: label || SHARED_LOCATION, point: [near[0]!, near[1]!]} : null,
      radius,
      selection: validSelection ? ({kind, id} as Selection) : null,
      camera: validCamera ? {zoom: map[0]!, center: [map[2]!, map[1]!]} : null,
      projection: p.get('globe') === '1' ? 'globe' : 'mercator',
      compare
    },
    problems
  };
}
