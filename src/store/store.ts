import {create, type StateCreator} from 'zustand';
import {subscribeWithSelector} from 'zustand/middleware';
import type {Dataset, LngLat} from '../domain/records';
import type {CampaignStatus, CampaignTypeId} from '../domain/vocabulary';
import {CAMPAIGN_STATUSES, CAMPAIGN_TYPE_IDS} from '../domain/vocabulary';
import {DEFAULT_FILTERS, type Filters, type ThematicLayer} from '../filters/model';
import {DEFAULT_RADIUS, type RadiusMiles} from '../geo/near';

export type LoadState =
  | {status: 'loading'}
  | {status: 'ready'; dataset: Dataset}
  | {status: 'error'; message: string};

/** What a person has picked on the map or in a list; details are looked up from the dataset by id. */
export type Selection =
  | {kind: 'jurisdiction'; id: string}
  | {kind: 'link'; id: string}
  | {kind: 'locality'; id: string}
  /** A US state, by USPS code, for its state-level acts. */
  | {kind: 'state'; id: string};

/** The place a person chose to look near: a searched place, or their own location. */
export interface NearPlace {
  label: string;
  point: LngLat;
}

export interface Camera {
  center: LngLat;
  zoom: number;
}

export type Region = 'us' | 'alaska' | 'palestine';

/** What the camera should bring into view next; set by a person's action, never by restoring a link. */
export type Focus = Selection | {kind: 'area'} | {kind: 'region'; id: Region};

export interface DataSlice {
  load: LoadState;
  setLoaded: (dataset: Dataset) => void;
  setLoadError: (message: string) => void;
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
  hovered: Selection | null;
  select: (selection: Selection | null) => void;
  hover: (hovered: Selection | null) => void;
}

export interface NearSlice {
  place: NearPlace | null;
  radius: RadiusMiles;
  setPlace: (place: NearPlace | null) => void;
  setRadius: (radius: RadiusMiles) => void;
}

export interface ViewSlice {
  camera: Camera | null;
  focus: Focus | null;
  setCamera: (camera: Camera) => void;
  showRegion: (region: Region) => void;
}

export type AppState = DataSlice & FilterSlice & SelectionSlice & NearSlice & ViewSlice;
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
  setLoaded: (dataset) => set({load: {status: 'ready', dataset}}),
  setLoadError: (message) => set({load: {status: 'error', message}})
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

const createSelectionSlice: Slice<SelectionSlice> = (set) => ({
  selection: null,
  hovered: null,
  select: (selection) => set({selection, focus: selection}),
  hover: (hovered) => set({hovered})
});

const createNearSlice: Slice<NearSlice> = (set) => ({
  place: null,
  radius: DEFAULT_RADIUS,
  setPlace: (place) => set({place, selection: null, focus: place ? {kind: 'area'} : null}),
  setRadius: (radius) => set((s) => ({radius, focus: s.place ? {kind: 'area'} : null}))
});

const createViewSlice: Slice<ViewSlice> = (set) => ({
  camera: null,
  focus: null,
  setCamera: (camera) => set({camera}),
  showRegion: (region) => set({focus: {kind: 'region', id: region}})
});

/** Builds a fresh store; the app uses one, and each test builds its own so no state leaks between tests. */
export function createAppStore() {
  return create<AppState>()(
    subscribeWithSelector((...a) => ({
      ...createDataSlice(...a),
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

export function sameSelection(a: Selection | null, b: Selection | null): boolean {
  return a?.kind === b?.kind && a?.id === b?.id;
}
