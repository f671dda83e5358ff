import type {
  CircleLayerSpecification,
  ExpressionSpecification,
  LayerSpecification,
  LineLayerSpecification,
  SymbolLayerSpecification
} from '@maplibre/maplibre-gl-style-spec';
import {SISTER_LINK_STATUSES, STATE_LAW_TYPES, type CampaignTypeId, type LocalityKind, type SisterLinkStatus, type StateLawType} from '../domain/vocabulary';
import {
  clusterCampaignCount,
  clusterFilter,
  jurisdictionColor,
  jurisdictionFilter,
  matchingTypeCount,
  policeFilter,
  policeStoppedShown,
  severalTypesFilter,
  withSeveralTypes,
  sisterLinkFilter
} from '../filters/expressions';
import {stateActsShown} from '../filters/predicates';
import type {Language} from '../i18n/languages';
import type {Filters} from '../filters/model';
import {type CountPacking, packedKeys} from '../geo/features';
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
  links: 'sister-links-official',
  linksHit: 'sister-links-hit',
  police: 'police-rings',
  policeStopped: 'police-rings-stopped',
  localities: 'localities-points',
  localityLabels: 'localities-labels',
  clusters: 'campaign-clusters',
  places: 'campaign-points',
  placeTypeCounts: 'campaign-point-type-counts',
  placeLabels: 'campaign-point-labels'
} as const;

/** The layers a click or tap can select something on, top-most first. */
export const INTERACTIVE_LAYER_IDS = [LAYER_IDS.clusters, LAYER_IDS.places, LAYER_IDS.localities, LAYER_IDS.police, LAYER_IDS.linksHit, LAYER_IDS.stateLaws];

/**
 * Sister-city links by status: each its own colour and its own line pattern, so they stay apart for every eye
 * (and in print): official solid, unofficial long dashes, proposed short dashes, rejected dots. Dark enough for
 * 3:1 against land and sea.
 */
export const LINK_STATUS_STYLE: Record<SisterLinkStatus, {color: string; dash: readonly number[] | null; width: number}> = {
  official: {color: '#0b6b3a', dash: null, width: 2.6},
  unofficial: {color: '#0d5f75', dash: [4, 1.5], width: 2},
  proposed: {color: '#8a4f00', dash: [1.6, 1.4], width: 2},
  rejected: {color: '#5a5a5a', dash: [0.1, 1.8], width: 2.2}
};

/** The layer of each link status (line patterns cannot be data-driven). */
export const LINK_LAYER_IDS: Record<SisterLinkStatus, string> = {
  official: LAYER_IDS.links,
  unofficial: 'sister-links-unofficial',
  proposed: 'sister-links-proposed',
  rejected: 'sister-links-rejected'
};

/** Took part: one red ring. Ended or refused by a local act: a green double ring, so the two differ by shape too. */
export const POLICE_STYLE = {participated: '#b3261e', stopped: '#11663a'} as const;
export const LOCALITY_COLOR = '#4b6b2a';
/** Marker radius by kind at close zoom (px); half of it at world zoom. */
export const LOCALITY_SIZE: Record<LocalityKind, number> = {city: 9, town: 7, village: 5, camp: 6.5};

/** The dark outline every marker carries, so it stands out 3:1 from any basemap colour whatever its fill. */
export const MARK_OUTLINE = '#1f2430';

/**
 * State acts are tinted in one hue, stronger for binding acts, and outlined differently by kind (law solid,
 * executive order dashed, resolution dotted), so the kinds differ by more than a shade of purple.
 */
export const STATE_LAW_COLOR = '#6a3d9a';
export const STATE_LAW_OPACITY: Record<StateLawType, number> = {law: 0.3, 'executive-order': 0.18, resolution: 0.08};
export const STATE_LAW_DASH: Record<StateLawType, readonly number[] | null> = {law: null, 'executive-order': [3, 2], resolution: [0.1, 2]};
export const STATE_LAW_EDGE_IDS: Record<StateLawType, string> = {
  law: 'state-laws-edge-law',
  'executive-order': 'state-laws-edge-executive-order',
  resolution: 'state-laws-edge-resolution'
};

/** What the layers need from the dataset besides the filters. */
export interface LayerContext {
  typeColors: Readonly<Partial<Record<CampaignTypeId, string>>>;
  /** The strongest state act in effect per state, by the state's FIPS code (the id of the states boundary file). */
  stateActByFips: Readonly<Record<string, StateLawType>>;
  /** Palestinian places are named in Arabic first for a reader of Arabic. */
  language: Language;
  /** How the clusters carry their campaign counts (src/geo/features.ts). */
  packing: CountPacking;
}

/**
 * What clusters sum: each place's campaign counts, packed a few statuses of a type to a property (src/geo/features.ts),
 * so the cluster markers can follow the filters (see expressions.ts) without a sum per type and status.
 */
export function clusterProperties(packing: CountPacking): Record<string, ExpressionSpecification> {
  return Object.fromEntries(packedKeys(packing).map((k) => [k, ['+', ['coalesce', ['get', k], 0]]]));
}

const selected: ExpressionSpecification = ['boolean', ['feature-state', 'selected'], false];
const hovered: ExpressionSpecification = ['boolean', ['feature-state', 'hovered'], false];
const emphasised: ExpressionSpecification = ['any', selected, hovered];

function visibility(on: boolean): 'visible' | 'none' {
  return on ? 'visible' : 'none';
}

function linkLayers(filters: Filters): LineLayerSpecification[] {
  const filter = sisterLinkFilter(filters) as ExpressionSpecification;
  // Arcs to the same town arrive side by side instead of knotting into one line (`fan`, src/geo/features.ts).
  const offset: ExpressionSpecification = ['interpolate', ['linear'], ['zoom'], 2, ['*', ['get', 'fan'], 1.2], 6, ['*', ['get', 'fan'], 2.5], 9, ['*', ['get', 'fan'], 4]];
  const statusLayers = SISTER_LINK_STATUSES.map((status): LineLayerSpecification => {
    const style = LINK_STATUS_STYLE[status];
    const width: ExpressionSpecification = ['case', selected, style.width + 2.2, hovered, style.width + 1.4, style.width];
    return {
      id: LINK_LAYER_IDS[status], type: 'line', source: SOURCE_IDS.sisterLinks,
      filter: ['all', filter, ['==', ['get', 'status'], status]],
      // Dashes end square; dots and solid lines end round (a dot is a round cap on a dash of nearly nothing).
      layout: {'line-cap': style.dash && style.dash[0]! >= 1 ? 'butt' : 'round', 'line-join': 'round'},
      paint: {'line-color': style.color, 'line-width': width, 'line-offset': offset, ...(style.dash ? {'line-dasharray': [...style.dash]} : {})}
    };
  });
  return [
    ...statusLayers,
    // A wide invisible line: a thin arc is hard to hit with a finger.
    {id: LAYER_IDS.linksHit, type: 'line', source: SOURCE_IDS.sisterLinks, filter,
      paint: {'line-color': '#000000', 'line-width': 14, 'line-opacity': 0, 'line-offset': offset}}
  ];
}

function policeLayers(filters: Filters): CircleLayerSpecification[] {
  const filter = policeFilter(filters) as ExpressionSpecification;
  const stopped = policeStoppedShown(filters);
  // A ring around the place's campaign marker, so both stay visible where a city has both.
  const radius: ExpressionSpecification = ['interpolate', ['linear'], ['zoom'], 2, 7.5, 8, 12];
  return [
    {id: LAYER_IDS.police, type: 'circle', source: SOURCE_IDS.police, filter,
      paint: {
        'circle-radius': radius,
        'circle-color': '#ffffff',
        'circle-opacity': 0.01,
        'circle-stroke-width': ['case', emphasised, 3.5, 2],
        'circle-stroke-color': ['case', stopped, POLICE_STYLE.stopped, POLICE_STYLE.participated]
      }},
    {id: LAYER_IDS.policeStopped, type: 'circle', source: SOURCE_IDS.police, filter: ['all', filter, stopped],
      paint: {'circle-radius': ['interpolate', ['linear'], ['zoom'], 2, 11.5, 8, 16], 'circle-opacity': 0, 'circle-stroke-width': 1.5, 'circle-stroke-color': POLICE_STYLE.stopped}}
  ];
}
function localityLayers(filters: Filters, language: Language): [CircleLayerSpecification, SymbolLayerSpecification] {
  const [first, second] = language === 'ar' ? ['name_ar', 'name_en'] : ['name_en', 'name_ar'];
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
      // Partner towns are named wherever their arcs can be followed, the most linked first; the others once zoomed in.
      filter: ['any', ['>', ['get', 'links'], 0], ['>=', ['zoom'], 9]],
      minzoom: 3,
      layout: {
        ...layout,
        'text-field': ['format', ['get', first], {}, '\n', {}, ['get', second], {'font-scale': 0.95}],
        'symbol-sort-key': ['-', 0, ['get', 'links']],
        'text-font': [...FONT_REGULAR],
        'text-size': ['interpolate', ['linear'], ['zoom'], 3, 10, 7, 12],
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

function stateLawLayers(filters: Filters, actByFips: Readonly<Record<string, StateLawType>>): LayerSpecification[] {
  const states = Object.keys(actByFips);
  const ofType = (type: StateLawType) => states.filter((fips) => actByFips[fips] === type);
  const opacity = numberById(STATE_LAW_TYPES.map((type) => [ofType(type), STATE_LAW_OPACITY[type]]), 0);
  const layout = {visibility: visibility(stateActsShown(filters))};
  return [
    {
      id: LAYER_IDS.stateLaws, type: 'fill', source: SOURCE_IDS.stateLaws,
      filter: ['in', ['get', 'id'], ['literal', states]],
      layout,
      // A backdrop at national scale; at city scale it fades, so the campaigns stay in front.
      paint: {
        'fill-color': STATE_LAW_COLOR,
        'fill-opacity': ['interpolate', ['linear'], ['zoom'], 5, ['case', emphasised, 0.45, opacity], 8, ['case', emphasised, 0.2, ['*', 0.3, opacity]]]
      }
    },
    ...STATE_LAW_TYPES.map((type): LineLayerSpecification => ({
      id: STATE_LAW_EDGE_IDS[type], type: 'line', source: SOURCE_IDS.stateLaws,
      filter: ['in', ['get', 'id'], ['literal', ofType(type)]],
      layout: {...layout, 'line-join': 'round'},
      paint: {'line-color': STATE_LAW_COLOR, 'line-width': ['interpolate', ['linear'], ['zoom'], 3, 1.2, 7, 2], ...(STATE_LAW_DASH[type] ? {'line-dasharray': [...STATE_LAW_DASH[type]!]} : {})}
    }))
  ];
}

/** A cluster's radius in pixels by the number of campaigns it holds: its donut (cluster-markers.ts) is drawn to it. */
export const CLUSTER_RADIUS_STEPS = [[0, 14], [10, 18], [30, 23]] as const;

function campaignLayers(filters: Filters, colors: Readonly<Partial<Record<CampaignTypeId, string>>>, packing: CountPacking): LayerSpecification[] {
  const count = clusterCampaignCount(filters, packing);
  return [
    // Clusters are drawn as donuts of their campaign types by cluster-markers.ts; this layer only catches clicks.
    {id: LAYER_IDS.clusters, type: 'circle', source: SOURCE_IDS.jurisdictions, filter: clusterFilter(filters, packing),
      paint: {
        'circle-radius': ['step', count, CLUSTER_RADIUS_STEPS[0][1], CLUSTER_RADIUS_STEPS[1][0], CLUSTER_RADIUS_STEPS[1][1], CLUSTER_RADIUS_STEPS[2][0], CLUSTER_RADIUS_STEPS[2][1]],
        'circle-color': '#ffffff',
        'circle-opacity': 0
      }},
    {id: LAYER_IDS.places, type: 'circle', source: SOURCE_IDS.jurisdictions, filter: jurisdictionFilter(filters, packing),
      paint: {
        'circle-radius': withSeveralTypes(filters, packing, (several) => ['interpolate', ['linear'], ['zoom'], 2, ['case', several, 7.5, 5.5], 8, ['case', several, 11, 9]]),
        'circle-color': jurisdictionColor(filters, colors, packing),
        'circle-stroke-color': MARK_OUTLINE,
        'circle-stroke-width': ['case', selected, 3.5, hovered, 2.5, 1.5]
      }},
    // The number of types on a place of several types, so it reads as "several" without a legend.
    {id: LAYER_IDS.placeTypeCounts, type: 'symbol', source: SOURCE_IDS.jurisdictions, filter: severalTypesFilter(filters, packing),
      layout: {'text-field': ['to-string', matchingTypeCount(filters, packing)], 'text-font': [...FONT_BOLD], 'text-size': 10, 'text-allow-overlap': true},
      paint: {'text-color': '#ffffff'}},
    {id: LAYER_IDS.placeLabels, type: 'symbol', source: SOURCE_IDS.jurisdictions, filter: jurisdictionFilter(filters, packing), minzoom: 5.5,
      layout: {'text-field': ['get', 'name'], 'text-font': [...FONT_REGULAR], 'text-size': 12, 'text-offset': [0, 1.1], 'text-anchor': 'top'},
      paint: {'text-color': '#1f2430', 'text-halo-color': '#ffffff', 'text-halo-width': 1.4}}
  ];
}

/** Every thematic layer, bottom to top: state tints under arcs under rings under points, labels last in each group. */
export function thematicLayers(
  filters: Filters,
  context: LayerContext
): Record<'stateLaws' | 'links' | 'police' | 'localities' | 'campaigns', LayerSpecification[]> {
  return {
    stateLaws: stateLawLayers(filters, context.stateActByFips),
    links: linkLayers(filters),
    police: policeLayers(filters),
    localities: localityLayers(filters, context.language),
    campaigns: campaignLayers(filters, context.typeColors, context.packing)
  };
}
