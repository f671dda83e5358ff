import type {
  CircleLayerSpecification,
  ExpressionSpecification,
  FillLayerSpecification,
  LayerSpecification,
  LineLayerSpecification,
  SymbolLayerSpecification
} from '@maplibre/maplibre-gl-style-spec';
import {STATE_LAW_TYPES, type CampaignTypeId, type LocalityKind, type StateLawType} from '../domain/vocabulary';
import {
  clusterCampaignCount,
  clusterFilter,
  jurisdictionColor,
  jurisdictionFilter,
  matchingTypeCount,
  severalTypesFilter,
  sisterLinkFilter
} from '../filters/expressions';
import type {Filters} from '../filters/model';
import {ALL_PAIR_KEYS} from '../geo/features';
import {BASEMAP_SOURCE_IDS, FONT_BOLD, FONT_REGULAR} from './basemap-style';

/** Layer specs of the thematic layers, as pure data: validated against the style spec in tests. */

export const SOURCE_IDS = {
  jurisdictions: 'campaign-places',
  sisterLinks: 'sister-links',
  localities: 'palestinian-localities',
  police: 'police-exchanges',
  /** The basemap's own state boundaries (FIPS ids): the state tint reuses them instead of loading them twice. */
  stateLaws: BASEMAP_SOURCE_IDS.states,
  nearArea: 'near-area',
  highlight: 'highlighted-place',
  placeLabels: 'gazetteer-place-labels'
} as const;

export const LAYER_IDS = {
  nearFill: 'near-area-fill',
  nearEdge: 'near-area-edge',
  nearCentre: 'near-area-centre',
  nearLabel: 'near-area-label',
  highlight: 'highlighted-place-point',
  highlightLabel: 'highlighted-place-label',
  gazetteerLabels: 'gazetteer-place-labels',
  stateLaws: 'state-laws-fill',
  links: 'sister-links-line',
  linksProposed: 'sister-links-dashed',
  linksHit: 'sister-links-hit',
  police: 'police-rings',
  localities: 'localities-points',
  localityLabels: 'localities-labels',
  clusters: 'campaign-clusters',
  clusterCounts: 'campaign-cluster-counts',
  places: 'campaign-points',
  placeTypeCounts: 'campaign-point-type-counts',
  placeLabels: 'campaign-point-labels'
} as const;

/** The layers a click or tap can select something on, top-most first. */
export const INTERACTIVE_LAYER_IDS = [LAYER_IDS.clusters, LAYER_IDS.places, LAYER_IDS.localities, LAYER_IDS.police, LAYER_IDS.linksHit, LAYER_IDS.stateLaws];

export const LINK_STATUS_STYLE = {
  official: {color: '#137a4b', dashed: false},
  unofficial: {color: '#2a9d8f', dashed: false},
  proposed: {color: '#c07a00', dashed: true},
  rejected: {color: '#8a8a8a', dashed: true}
} as const;

export const POLICE_STYLE = {participated: '#c0392b', stopped: '#1e8449'} as const;
export const LOCALITY_COLOR = '#4b6b2a';
/** Marker radius by kind at close zoom (px); half of it at world zoom. */
export const LOCALITY_SIZE: Record<LocalityKind, number> = {city: 9, town: 7, village: 5, camp: 6.5};

/** State acts are tinted in one hue, stronger for binding acts than for non-binding resolutions. */
export const STATE_LAW_COLOR = '#6a3d9a';
export const STATE_LAW_OPACITY: Record<StateLawType, number> = {law: 0.3, 'executive-order': 0.18, resolution: 0.08};

/** What the layers need from the dataset besides the filters. */
export interface LayerContext {
  typeColors: Readonly<Partial<Record<CampaignTypeId, string>>>;
  /** The strongest state act per state, by the state's FIPS code (the id of the states boundary file). */
  stateActByFips: Readonly<Record<string, StateLawType>>;
}

/** Clusters count campaigns per type and status, so the cluster label can follow the filters (see expressions.ts). */
export const CLUSTER_PROPERTIES = Object.fromEntries(
  ALL_PAIR_KEYS.map((k) => [k, ['+', ['coalesce', ['get', k], 0]]])
) as Record<string, ExpressionSpecification>;

const selected: ExpressionSpecification = ['boolean', ['feature-state', 'selected'], false];
const hovered: ExpressionSpecification = ['boolean', ['feature-state', 'hovered'], false];
const emphasised: ExpressionSpecification = ['any', selected, hovered];

function visibility(on: boolean): 'visible' | 'none' {
  return on ? 'visible' : 'none';
}

const linkColor: ExpressionSpecification = [
  'match', ['get', 'status'],
  'official', LINK_STATUS_STYLE.official.color,
  'unofficial', LINK_STATUS_STYLE.unofficial.color,
  'proposed', LINK_STATUS_STYLE.proposed.color,
  LINK_STATUS_STYLE.rejected.color
];

function linkLayers(filters: Filters): LineLayerSpecification[] {
  const filter = sisterLinkFilter(filters) as ExpressionSpecification;
  const isDashed: ExpressionSpecification = ['in', ['get', 'status'], ['literal', ['proposed', 'rejected']]];
  const layout = {visibility: visibility(filters.layers.sisterLinks), 'line-cap': 'round', 'line-join': 'round'} as const;
  const width: ExpressionSpecification = ['case', selected, 4.5, hovered, 3.5, ['==', ['get', 'status'], 'official'], 2.4, 1.8];
  return [
    {id: LAYER_IDS.links, type: 'line', source: SOURCE_IDS.sisterLinks, filter: ['all', filter, ['!', isDashed]], layout,
      paint: {'line-color': linkColor, 'line-width': width, 'line-opacity': 0.9}},
    // Dashes cannot be data-driven everywhere, so proposed and rejected links get their own layer.
    {id: LAYER_IDS.linksProposed, type: 'line', source: SOURCE_IDS.sisterLinks, filter: ['all', filter, isDashed],
      layout: {visibility: layout.visibility, 'line-join': 'round'},
      paint: {'line-color': linkColor, 'line-width': width, 'line-dasharray': [2, 2], 'line-opacity': 0.9}},
    // A wide invisible line: a thin arc is hard to hit with a finger.
    {id: LAYER_IDS.linksHit, type: 'line', source: SOURCE_IDS.sisterLinks, filter, layout: {visibility: layout.visibility},
      paint: {'line-color': '#000000', 'line-width': 14, 'line-opacity': 0}}
  ];
}

function policeLayer(filters: Filters): CircleLayerSpecification {
  return {
    id: LAYER_IDS.police, type: 'circle', source: SOURCE_IDS.police,
    layout: {visibility: visibility(filters.layers.police)},
    paint: {
      // A ring around the place's campaign marker, so both stay visible where a city has both.
      'circle-radius': ['interpolate', ['linear'], ['zoom'], 2, 7.5, 8, 12],
      'circle-color': '#ffffff',
      'circle-opacity': 0.01,
      'circle-stroke-width': ['case', emphasised, 3.5, 1.75],
      'circle-stroke-color': ['case', ['get', 'stopped'], POLICE_STYLE.stopped, POLICE_STYLE.participated]
    }
  };
}

function localityLayers(filters: Filters): [CircleLayerSpecification, SymbolLayerSpecification] {
  const layout = {visibility: visibility(filters.layers.localities)};
  const isCamp: ExpressionSpecification = ['==', ['get', 'kind'], 'camp'];
  const kindSize: ExpressionSpecification = ['match', ['get', 'kind'], 'city', LOCALITY_SIZE.city, 'town', LOCALITY_SIZE.town, 'village', LOCALITY_SIZE.village, LOCALITY_SIZE.camp];
  return [
    {id: LAYER_IDS.localities, type: 'circle', source: SOURCE_IDS.localities, layout,
      paint: {
        // Cities, towns and villages are filled and sized by kind; camps are rings.
        'circle-radius': ['interpolate', ['linear'], ['zoom'], 3, ['*', 0.5, kindSize], 9, kindSize],
        // Refugee camps are hollow rings; cities, towns and villages are filled.
        'circle-color': ['case', isCamp, '#ffffff', LOCALITY_COLOR],
        'circle-stroke-color': LOCALITY_COLOR,
        'circle-stroke-width': ['case', emphasised, 3.5, isCamp, 2, 1]
      }},
    {id: LAYER_IDS.localityLabels, type: 'symbol', source: SOURCE_IDS.localities,
      // Partner towns are labelled from afar, the most linked first; the others once zoomed in.
      filter: ['any', ['>', ['get', 'links'], 0], ['>=', ['zoom'], 9]],
      minzoom: 5,
      layout: {
        ...layout,
        'text-field': ['format', ['get', 'name_en'], {}, '\n', {}, ['get', 'name_ar'], {'font-scale': 0.95}],
        'symbol-sort-key': ['-', 0, ['get', 'links']],
        'text-font': [...FONT_REGULAR],
        'text-size': 12,
        'text-offset': [0, 0.9],
        'text-anchor': 'top',
        'text-max-width': 10
      },
      paint: {'text-color': '#2f3d1e', 'text-halo-color': '#ffffff', 'text-halo-width': 1.4}}
  ];
}

/** A number per state id, grouped by value: ['match', ['get', 'id'], ids, value, ids, value, …, fallback]. */
function numberById(groups: readonly [string[], number][], fallback: number): ExpressionSpecification | number {
  const [first, ...rest] = groups.filter(([ids]) => ids.length > 0);
  if (!first) return fallback;
  return ['match', ['get', 'id'], first[0], first[1], ...rest.flat(), fallback];
}

function stateLawLayer(filters: Filters, actByFips: Readonly<Record<string, StateLawType>>): FillLayerSpecification {
  const states = Object.keys(actByFips);
  const opacity = numberById(
    STATE_LAW_TYPES.map((type) => [states.filter((fips) => actByFips[fips] === type), STATE_LAW_OPACITY[type]]),
    0
  );
  return {
    id: LAYER_IDS.stateLaws, type: 'fill', source: SOURCE_IDS.stateLaws,
    filter: ['in', ['get', 'id'], ['literal', states]],
    layout: {visibility: visibility(filters.layers.stateLaws)},
    // A backdrop at national scale; at city scale it fades, so the campaigns stay in front.
    paint: {
      'fill-color': STATE_LAW_COLOR,
      'fill-opacity': ['interpolate', ['linear'], ['zoom'], 5, ['case', emphasised, 0.45, opacity], 8, ['case', emphasised, 0.2, ['*', 0.3, opacity]]]
    }
  };
}

function campaignLayers(filters: Filters, colors: Readonly<Partial<Record<CampaignTypeId, string>>>): LayerSpecification[] {
  const layout = {visibility: visibility(filters.layers.campaigns)};
  const count = clusterCampaignCount(filters);
  const several: ExpressionSpecification = ['>', matchingTypeCount(filters), 1];
  return [
    {id: LAYER_IDS.clusters, type: 'circle', source: SOURCE_IDS.jurisdictions, filter: clusterFilter(filters), layout,
      paint: {
        'circle-radius': ['step', count, 13, 10, 17, 30, 22],
        'circle-color': '#ffffff',
        'circle-stroke-color': '#2b2d42',
        'circle-stroke-width': 2
      }},
    {id: LAYER_IDS.clusterCounts, type: 'symbol', source: SOURCE_IDS.jurisdictions, filter: clusterFilter(filters),
      layout: {...layout, 'text-field': ['to-string', count], 'text-font': [...FONT_BOLD], 'text-size': 12, 'text-allow-overlap': true},
      paint: {'text-color': '#2b2d42'}},
    {id: LAYER_IDS.places, type: 'circle', source: SOURCE_IDS.jurisdictions, filter: jurisdictionFilter(filters), layout,
      paint: {
        'circle-radius': ['interpolate', ['linear'], ['zoom'], 2, ['case', several, 7.5, 5.5], 8, ['case', several, 11, 9]],
        'circle-color': jurisdictionColor(filters, colors),
        'circle-stroke-color': ['case', emphasised, '#111111', '#ffffff'],
        'circle-stroke-width': ['case', selected, 3, hovered, 2.5, 1.5]
      }},
    // The number of types on a place of several types, so it reads as "several" without a legend.
    {id: LAYER_IDS.placeTypeCounts, type: 'symbol', source: SOURCE_IDS.jurisdictions, filter: severalTypesFilter(filters),
      layout: {...layout, 'text-field': ['to-string', matchingTypeCount(filters)], 'text-font': [...FONT_BOLD], 'text-size': 10, 'text-allow-overlap': true},
      paint: {'text-color': '#ffffff'}},
    {id: LAYER_IDS.placeLabels, type: 'symbol', source: SOURCE_IDS.jurisdictions, filter: jurisdictionFilter(filters), minzoom: 5.5,
      layout: {...layout, 'text-field': ['get', 'name'], 'text-font': [...FONT_REGULAR], 'text-size': 12, 'text-offset': [0, 1.1], 'text-anchor': 'top'},
      paint: {'text-color': '#1f2430', 'text-halo-color': '#ffffff', 'text-halo-width': 1.4}}
  ];
}

/** Every thematic layer, bottom to top: state tints under arcs under rings under points, labels last in each group. */
export function thematicLayers(
  filters: Filters,
  context: LayerContext
): Record<'stateLaws' | 'links' | 'police' | 'localities' | 'campaigns', LayerSpecification[]> {
  return {
    stateLaws: [stateLawLayer(filters, context.stateActByFips)],
    links: linkLayers(filters),
    police: [policeLayer(filters)],
    localities: localityLayers(filters),
    campaigns: campaignLayers(filters, context.typeColors)
  };
}
