import {validateStyleMin} from '@maplibre/maplibre-gl-style-spec';
import type {LayerSpecification, SourceSpecification, StyleSpecification} from '@maplibre/maplibre-gl-style-spec';
import {existsSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {DEFAULT_FILTERS, type Filters} from '../../src/filters/model';
import {buildBasemapStyle, fontstackDirName} from '../../src/map/basemap-style';
import {clusterProperties, INTERACTIVE_LAYER_IDS, LAYER_IDS, SOURCE_IDS, thematicLayers} from '../../src/map/layers';
import {HIGHLIGHT_LAYERS, NEAR_AREA_LAYERS, placeLabelLayer} from '../../src/map/place-layers';

const EMPTY: GeoJSON.FeatureCollection = {type: 'FeatureCollection', features: []};
const CONTEXT = {typeColors: {ceasefire: '#0072b2', 'sister-cities': '#56b4e9'}, stateActByFips: {'17': 'law', '33': 'executive-order'} as const, language: 'en', packing: {bits: 10, perProperty: 5}} as const;

function styleWith(filters: Filters): StyleSpecification {
  const base = buildBasemapStyle('http://localhost/');
  const sources: Record<string, SourceSpecification> = {
    [SOURCE_IDS.sisterLinks]: {type: 'geojson', data: EMPTY, promoteId: 'id'},
    [SOURCE_IDS.police]: {type: 'geojson', data: EMPTY, promoteId: 'id'},
    [SOURCE_IDS.nearArea]: {type: 'geojson', data: EMPTY},
    [SOURCE_IDS.highlight]: {type: 'geojson', data: EMPTY},
    [SOURCE_IDS.placeLabels]: {type: 'geojson', data: EMPTY},
    [SOURCE_IDS.localities]: {type: 'geojson', data: EMPTY, promoteId: 'id'},
    [SOURCE_IDS.jurisdictions]: {type: 'geojson', data: EMPTY, cluster: true, clusterMaxZoom: 5, clusterProperties: clusterProperties(CONTEXT.packing)}
  };
  const layers = Object.values(thematicLayers(filters, CONTEXT)).flat();
  return {...base, sources: {...base.sources, ...sources}, layers: [...base.layers, placeLabelLayer(['0807850']), ...NEAR_AREA_LAYERS, ...HIGHLIGHT_LAYERS, ...layers]};
}

const FILTER_STATES: [string, Filters][] = [
  ['the defaults', DEFAULT_FILTERS],
  ['nothing selected', {...DEFAULT_FILTERS, types: [], statuses: []}],
  ['one type, one status, towns off', {types: ['ceasefire'], statuses: ['passed'], layers: {localities: false}}]
];

describe('thematic layer specs', () => {
  it.each(FILTER_STATES)('validate against the MapLibre style spec with %s', (_name, filters) => {
    expect(validateStyleMin(styleWith(filters))).toEqual([]);
  });

  it('have unique ids that do not clash with the basemap', () => {
    const ids = styleWith(DEFAULT_FILTERS).layers.map((l) => l.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('switch a thematic layer off through visibility, not by removing it', () => {
    const off = Object.values(thematicLayers({...DEFAULT_FILTERS, layers: {localities: false}}, CONTEXT)).flat();
    const towns = off.find((l) => l.id === LAYER_IDS.localities) as LayerSpecification & {layout: {visibility: string}};
    expect(towns.layout.visibility).toBe('none');
    const noBoycott = Object.values(thematicLayers({...DEFAULT_FILTERS, types: ['ceasefire']}, CONTEXT)).flat();
    expect((noBoycott.find((l) => l.id === LAYER_IDS.stateLaws) as {layout: {visibility: string}}).layout.visibility).toBe('none');
  });

  it('name Palestinian places in Arabic first for a reader of Arabic, in English first otherwise', () => {
    const labelOf = (language: 'en' | 'ar' | 'es') => {
      const layer = thematicLayers(DEFAULT_FILTERS, {...CONTEXT, language}).localities.find((l) => l.id === LAYER_IDS.localityLabels);
      return JSON.stringify(layer?.type === 'symbol' ? layer.layout?.['text-field'] : null);
    };
    expect(labelOf('ar').indexOf('name_ar')).toBeLessThan(labelOf('ar').indexOf('name_en'));
    for (const language of ['en', 'es'] as const) expect(labelOf(language).indexOf('name_en')).toBeLessThan(labelOf(language).indexOf('name_ar'));
  });

  it('make every interactive layer a real layer', () => {
    const ids = new Set(Object.values(thematicLayers(DEFAULT_FILTERS, CONTEXT)).flat().map((l) => l.id));
    for (const id of INTERACTIVE_LAYER_IDS) expect(ids.has(id), id).toBe(true);
  });

  it('only use fontstacks whose glyphs ship in public/fonts', () => {
    const stacks = Object.values(thematicLayers(DEFAULT_FILTERS, CONTEXT))
      .flat()
      .flatMap((l) => (l.type === 'symbol' && Array.isArray(l.layout?.['text-font']) ? [l.layout['text-font'] as string[]] : []));
    expect(stacks.length).toBeGreaterThan(0);
    for (const stack of stacks) {
      expect(existsSync(join(import.meta.dirname, '..', '..', 'public', 'fonts', fontstackDirName(stack), '0-255.pbf')), stack.join(',')).toBe(true);
    }
  });
});
