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
}

export const DEFAULT_VIEW: SharedView = {filters: DEFAULT_FILTERS, place: null, radius: DEFAULT_RADIUS, selection: null, camera: null};

const SELECTION_KINDS = ['jurisdiction', 'link', 'locality', 'state'] as const;

const round = (n: number, digits: number) => Number(n.toFixed(digits));

/** Values of a vocabulary named in a comma list, in the vocabulary's order; unknown names are ignored. */
function listParam<T extends string>(value: string, vocabulary: readonly T[]): T[] {
  const named = new Set(value.split(','));
  return vocabulary.filter((v) => named.has(v));
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
    p.set('name', view.place.label);
  }
  if (view.radius !== DEFAULT_RADIUS) p.set('r', String(view.radius));
  if (view.selection) p.set('sel', `${view.selection.kind}:${view.selection.id}`);
  if (view.camera) {
    const {center, zoom} = view.camera;
    p.set('map', `${round(zoom, 2)}/${round(center[1], 4)}/${round(center[0], 4)}`);
  }
  return p;
}

/** Reads a view from URL parameters; anything missing or malformed falls back to the default. */
export function fromSearchParams(p: URLSearchParams): SharedView {
  const t = p.get('t');
  const s = p.get('s');
  const hidden = new Set(p.get('hide')?.split(',') ?? []);
  const near = numbers(p.get('near'), 2);
  const radius = RADII_MILES.find((r) => String(r) === p.get('r')) ?? DEFAULT_RADIUS;
  const [kind, ...rest] = (p.get('sel') ?? '').split(':');
  const id = rest.join(':');
  const map = numbers(p.get('map'), 3);
  const validPlace = near && Math.abs(near[0]!) <= 180 && Math.abs(near[1]!) <= 90;
  const validCamera = map && map[0]! >= 0 && map[0]! <= 24 && Math.abs(map[1]!) <= 90 && Math.abs(map[2]!) <= 180;
  return {
    filters: {
      types: t === null ? DEFAULT_FILTERS.types : listParam(t, CAMPAIGN_TYPE_IDS),
      statuses: s === null ? DEFAULT_FILTERS.statuses : listParam(s, CAMPAIGN_STATUSES),
      layers: Object.fromEntries(THEMATIC_LAYERS.map((l) => [l, !hidden.has(l)])) as Filters['layers']
    },
    place: validPlace ? {label: p.get('name') || 'Shared place', point: [near[0]!, near[1]!]} : null,
    radius,
    selection: SELECTION_KINDS.includes(kind as never) && id ? ({kind, id} as Selection) : null,
    camera: validCamera ? {zoom: map[0]!, center: [map[2]!, map[1]!]} : null
  };
}
