import type {FeatureCollection} from 'geojson';
import type {ExpressionSpecification, LayerSpecification} from '@maplibre/maplibre-gl-style-spec';
import type {LngLat} from '../domain/records';
import {radiusArea} from '../geo/near';
import type {NearPlace} from '../store/store';
import {FONT_BOLD, FONT_REGULAR} from './basemap-style';
import {LAYER_IDS, SOURCE_IDS} from './layers';

/**
 * The layers that say where a person is looking: the area they chose (named), a gazetteer place they opened,
 * and, once zoomed in, the names of the cities and towns around them, so a county view shows its towns.
 */

/** The chosen area as map data: its disc and its named centre; empty when no place is chosen. */
export function nearAreaFeatures(place: NearPlace | null, miles: number): FeatureCollection {
  if (!place) return {type: 'FeatureCollection', features: []};
  return {
    type: 'FeatureCollection',
    features: [radiusArea(place.point, miles), {type: 'Feature', properties: {label: place.label}, geometry: {type: 'Point', coordinates: [...place.point]}}]
  };
}

const INK = '#1f2430';
const HALO = {'text-halo-color': '#ffffff', 'text-halo-width': 1.6} as const;
const isPolygon: ExpressionSpecification = ['==', ['geometry-type'], 'Polygon'];
const isPoint: ExpressionSpecification = ['==', ['geometry-type'], 'Point'];

export const NEAR_AREA_LAYERS: LayerSpecification[] = [
  {id: LAYER_IDS.nearFill, type: 'fill', source: SOURCE_IDS.nearArea, filter: isPolygon,
    paint: {'fill-color': INK, 'fill-opacity': 0.05}},
  {id: LAYER_IDS.nearEdge, type: 'line', source: SOURCE_IDS.nearArea, filter: isPolygon,
    paint: {'line-color': INK, 'line-width': 1.5, 'line-dasharray': [3, 2], 'line-opacity': 0.6}},
  {id: LAYER_IDS.nearCentre, type: 'circle', source: SOURCE_IDS.nearArea, filter: isPoint,
    paint: {'circle-radius': 5, 'circle-color': '#ffffff', 'circle-stroke-color': INK, 'circle-stroke-width': 2.5}},
  // The chosen place's own name, above everything: it must win over its neighbours' labels.
  {id: LAYER_IDS.nearLabel, type: 'symbol', source: SOURCE_IDS.nearArea, filter: isPoint,
    layout: {'text-field': ['get', 'label'], 'text-font': [...FONT_BOLD], 'text-size': 14, 'text-anchor': 'bottom', 'text-offset': [0, -0.6], 'text-allow-overlap': true},
    paint: {'text-color': INK, ...HALO}}
];

export function highlightFeatures(highlight: {point: LngLat; label: string} | null): FeatureCollection {
  if (!highlight) return {type: 'FeatureCollection', features: []};
  return {type: 'FeatureCollection', features: [{type: 'Feature', properties: {label: highlight.label}, geometry: {type: 'Point', coordinates: [...highlight.point]}}]};
}

export const HIGHLIGHT_LAYERS: LayerSpecification[] = [
  {id: LAYER_IDS.highlight, type: 'circle', source: SOURCE_IDS.highlight,
    paint: {'circle-radius': 7, 'circle-color': '#ffffff', 'circle-stroke-color': INK, 'circle-stroke-width': 3}},
  {id: LAYER_IDS.highlightLabel, type: 'symbol', source: SOURCE_IDS.highlight,
    layout: {'text-field': ['get', 'label'], 'text-font': [...FONT_BOLD], 'text-size': 14, 'text-anchor': 'bottom', 'text-offset': [0, -0.8], 'text-allow-overlap': true},
    paint: {'text-color': INK, ...HALO}}
];

/** Gazetteer places are named from this zoom on; the file loads only then, so the national view never pays for it. */
export const PLACE_LABELS_MIN_ZOOM = 6;

/**
 * Names of gazetteer places: larger places from farther out (each feature's `z`), the largest first where
 * labels collide; places with records are named by the campaign layer instead.
 */
export function placeLabelLayer(idsWithRecords: readonly string[]): LayerSpecification {
  return {
    id: LAYER_IDS.gazetteerLabels, type: 'symbol', source: SOURCE_IDS.placeLabels, minzoom: PLACE_LABELS_MIN_ZOOM,
    filter: ['all', ['>=', ['zoom'], ['get', 'z']], ['!', ['in', ['get', 'id'], ['literal', [...idsWithRecords]]]]],
    layout: {
      'text-field': ['get', 'n'],
      'text-font': [...FONT_REGULAR],
      'text-size': ['interpolate', ['linear'], ['get', 'p'], 5000, 11, 100000, 13, 1000000, 15],
      'symbol-sort-key': ['-', 0, ['get', 'p']],
      'text-padding': 3
    },
    paint: {'text-color': '#4a4f5c', ...HALO}
  };
}
