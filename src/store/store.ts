import {useDeferredValue} from 'react';
import {create, type StateCreator} from 'zustand';
import {subscribeWithSelector} from 'zustand/middleware';
import type {Dataset, LngLat} from '../domain/records';
import type {CampaignStatus, CampaignTypeId} from '../domain/vocabulary';
import {CAMPAIGN_STATUSES, CAMPAIGN_TYPE_IDS} from '../domain/vocabulary';
import {DEFAULT_FILTERS, type Filters, type ThematicLayer} from '../filters/model';
import {DEFAULT_RADIUS, type RadiusMiles} from '../geo/near';
import type {Bounds} from '../geo/bounds';
import type {MapSources} from '../geo/map-sources';
import {type Language, pickLanguage} from '../i18n/languages';
import type {Message} from '../i18n/message';
import type {DataKey} from '../loaders/dataset';
import {selectionExists} from './derived';

/** The dataset, once the data files have arrived (or failed): it holds whatever could be read. */
export type LoadState = {status: 'loading'} | {status: 'ready'; dataset: Dataset};

/** One file's load: each file of data/ loads, fails and is retried on its own. */
export type FileState = {status: 'loading'} | {status: 'loaded'} | {status: 'failed'; problem: Message};

/** The data files, plus the boundaries every point is checked against. */
export type LoadedFile = DataKey | 'placement';

/** A short message for the person, such as what a shared link asked for that no longer exists. */
export interface Notice {
  id: number;
  message: Message;
}

/** What a person has picked on the map or in a list; details are looked up from the dataset by id. */
export type Selection =
  | {kind: 'jurisdiction'; id: string}
  | {kind: 'link'; id: string}
  | {kind: 'locality'; id: string}
  /** A US state, by USPS code: its state-level acts and the campaigns of its places. */
  | {kind: 'state'; id: string}
  /** Any US county of the gazetteer, by its 5-digit GEOID: its profile, with the places inside it. */
  | {kind: 'county'; id: string}
  /** Any US place of the gazetteer, by its id (Census GEOID or gn…): its profile, with or without records. */
  | {kind: 'place'; id: string}
  /** A Palestinian city, town or village of the gazetteer (GeoNames id "gn…") that the data has no record of yet. */
  | {kind: 'ps-place'; id: string};

export type SelectionKind = Selection['kind'];

/** The place a person chose to look near: a searched place, or their own location. */
export interface NearPlace {
  label: string;
  point: LngLat;
  /** The person's own position ("Use my location"): a link to it does not call it "Your location". */
  own?: true;
}

export interface Camera {
  center: LngLat;
  zoom: number;
}

export type Region = 'us' | 'alaska' | 'palestine';

/** How far the panel is pulled up over the map on a phone. */
export type SheetState = 'peek' | 'half' | 'full';

/** What the camera should bring into view next; set by a person's action, never by restoring a link. */
export type Focus = Selection | {kind: 'area'} | {kind: 'region'; id: Region} | {kind: 'point'; center: LngLat; minZoom: number};

export interface DataSlice {
  load: LoadState;
  files: Partial<Record<LoadedFile, FileState>>;
  /** Each state's bounding box, from the placement boundaries, to bring a chosen state into view. */
  stateBounds: ReadonlyMap<string, Bounds>;
  /**
   * The map's sources of the latest dataset (URLs MapLibre's workers read: src/map/source-protocol.ts). They arrive
   * before the dataset they are built from, so for a moment the map may draw a newer dataset than the panel lists.
   */
  mapSources: MapSources<string> | null;
  setMapSources: (sources: MapSources<string>) => void;
  setLoaded: (dataset: Dataset) => void;
  setFileState: (file: LoadedFile, state: FileState) => void;
}

export interface NoticeSlice {
  notices: readonly Notice[];
  notify: (message: Message) => void;
  dismissNotice: (id: number) => void;
}

export interface FilterSlice {
  filters: Filters;
  toggleType: (type: CampaignTypeId) => void;
  toggleStatus: (status: CampaignStatus) => void;
  setAllTypes: (on: boolean) => void;
  setAllStatuses: (on: boolean) => void;
  toggleLayer: (layer: ThematicLayer) => void;
  resetFilters: () => void;
}

export interface SelectionSlice {
  selection: Selection | null;
  /** A selection read from a link, waiting for the data that can confirm it exists. */
  pendingSelection: Selection | null;
  hovered: Selection | null;
  /** Selects a record; `focus` says where to bring the camera when the selection alone cannot tell (a county's point). */
  select: (selection: Selection | null, focus?: Focus) => void;
  hover: (hovered: Selection | null) => void;
}

export interface NearSlice {
  place: NearPlace | null;
  radius: RadiusMiles;
  setPlace: (place: NearPlace | null) => void;
  /** A place chosen in search: look near it and open its profile, in one step (one history entry). */
  choosePlace: (place: NearPlace, profile: Selection) => void;
  setRadius: (radius: RadiusMiles) => void;
}

export interface ViewSlice {
  camera: Camera | null;
  focus: Focus | null;
  /** The language of the interface; kept in the shared link. */
  language: Language;
  /** The globe shows the sister-city arcs as the great circles they are; kept in the shared link. */
  projection: 'mercator' | 'globe';
  /** A place of the gazetteer being shown (a Palestinian town without records), marked and named on the map. */
  highlight: {point: LngLat; label: string} | null;
  sheet: SheetState;
  /** Places put side by side (up to three), by id; kept in the shared link. */
  compare: readonly string[];
  /** The map's bounds when it last settled: the list of what is in view follows them. */
  viewBounds: Bounds | null;
  setCamera: (camera: Camera) => void;
  showRegion: (region: Region) => void;
}

export type AppState = DataSlice & NoticeSlice & FilterSlice & SelectionSlice & NearSlice & ViewSlice;
type Slice<T> = StateCreator<AppState, [['zustand/subscribeWithSelector', never]], [], T>;

/** Toggles a value in a list while keeping the vocabulary's order, so URLs and expressions stay stable. */
function toggled<T>(order: readonly T[], current: readonly T[], value: T): T[] {
  const on = new Set(current);
  if (on.has(value)) on.delete(value);
  else on.add(value);
  return order.filter((v) => on.has(v));
}

const createDataSlice: Slice<DataSlice> = (set) => ({
  load: {status: 'loading'},
  files: {},
  stateBounds: new Map(),
  mapSources: null,
  setMapSources: (mapSources) => set({mapSources}),
  setLoaded: (dataset) => set((s) => {
    // A newer version of the data may no longer hold what was selected.
    const keep = (sel: Selection | null) => (sel && selectionExists(dataset, sel) ? sel : null);
    return {load: {status: 'ready', dataset}, selection: keep(s.selection), hovered: keep(s.hovered)};
  }),
  setFileState: (file, state) => set((s) => ({files: {...s.files, [file]: state}}))
});

let nextNoticeId = 1;

const createNoticeSlice: Slice<NoticeSlice> = (set) => ({
  notices: [],
  notify: (message) => set((s) => {
    const same = (n: Notice) => n.message.key === message.key && JSON.stringify(n.message.values) === JSON.stringify(message.values);
    return s.notices.some(same) ? s : {notices: [...s.notices, {id: nextNoticeId++, message}]};
  }),
  dismissNotice: (id) => set((s) => ({notices: s.notices.filter((n) => n.id !== id)}))
});

const createFilterSlice: Slice<FilterSlice> = (set) => {
  const update = (change: (f: Filters) => Partial<Filters>) => set((s) => ({filters: {...s.filters, ...change(s.filters)}}));
  return {
    filters: DEFAULT_FILTERS,
    toggleType: (type) => update((f) => ({types: toggled(CAMPAIGN_TYPE_IDS, f.types, type)})),
    toggleStatus: (status) => update((f) => ({statuses: toggled(CAMPAIGN_STATUSES, f.statuses, status)})),
    setAllTypes: (on) => update(() => ({types: on ? CAMPAIGN_TYPE_IDS : []})),
    setAllStatuses: (on) => update(() => ({statuses: on ? CAMPAIGN_STATUSES : []})),
    toggleLayer: (layer) => update((f) => ({layers: {...f.layers, [layer]: !f.layers[layer]}})),
    resetFilters: () => set({filters: DEFAULT_FILTERS})
  };
};

/**
 * Only what the loaded dataset holds can be selected or hovered: an id goes on to the map's feature state, which
 * MapLibre keeps in plain objects, so an unchecked "__proto__" would reach Object.prototype.
 */
const known = (get: () => AppState, selection: Selection | null): boolean => {
  if (selection === null) return true;
  const dataset = selectDataset(get());
  return dataset !== null && selectionExists(dataset, selection);
};

const createSelectionSlice: Slice<SelectionSlice> = (set, get) => ({
  selection: null,
  pendingSelection: null,
  hovered: null,
  select: (selection, focus) => {
    if (known(get, selection)) set({selection, pendingSelection: null, focus: focus ?? selection, highlight: null});
  },
  hover: (hovered) => {
    if (known(get, hovered)) set({hovered});
  }
});

const createNearSlice: Slice<NearSlice> = (set, get) => ({
  place: null,
  radius: DEFAULT_RADIUS,
  setPlace: (place) => set({place, selection: null, focus: place ? {kind: 'area'} : null}),
  choosePlace: (place, profile) => {
    set(known(get, profile) ? {place, selection: profile, pendingSelection: null, highlight: null, focus: {kind: 'area'}} : {place, selection: null, focus: {kind: 'area'}});
  },
  setRadius: (radius) => set((s) => ({radius, focus: s.place ? {kind: 'area'} : null}))
});

const createViewSlice: Slice<ViewSlice> = (set) => ({
  camera: null,
  focus: null,
  language: typeof navigator === 'undefined' ? 'en' : pickLanguage(navigator.languages ?? [navigator.language]),
  projection: 'mercator',
  highlight: null,
  sheet: 'half',
  compare: [],
  viewBounds: null,
  setCamera: (camera) => set({camera}),
  showRegion: (region) => set({focus: {kind: 'region', id: region}})
});

/** Builds a fresh store; the app uses one, and each test builds its own so no state leaks between tests. */
export function createAppStore() {
  return create<AppState>()(
    subscribeWithSelector((...a) => ({
      ...createDataSlice(...a),
      ...createNoticeSlice(...a),
      ...createFilterSlice(...a),
      ...createSelectionSlice(...a),
      ...createNearSlice(...a),
      ...createViewSlice(...a)
    }))
  );
}

export const useAppStore = createAppStore();

/** The dataset once loaded, or null: a stable reference, safe as a selector result. */
export const selectDataset = (s: AppState): Dataset | null => (s.load.status === 'ready' ? s.load.dataset : null);

/**
 * The load state as the interface renders it: deferred, so that a new dataset is rendered in a transition, which
 * React cuts into short tasks, not in the one task a store update forces (a store read through
 * useSyncExternalStore always renders at once). At national scale that one task took a phone 0.9 s.
 */
export function useLoadState(): {load: LoadState; dataset: Dataset | null} {
  const load = useDeferredValue(useAppStore((s) => s.load));
  return {load, dataset: load.status === 'ready' ? load.dataset : null};
}

export function sameSelection(a: Selection | null, b: Selection | null): boolean {
  return a?.kind === b?.kind && a?.id === b?.id;
}
