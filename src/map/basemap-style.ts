/**
 * The offline basemap: a MapLibre style built only from files in public/ (GeoJSON made by
 * `npm run basemap:build` from Natural Earth and the US Census, glyph PBFs made from Noto fonts).
 * No tile server, no font CDN. Pure data: no maplibre-gl import, so it is testable in Node.
 *
 * Quiet on purpose: campaign markers and arcs go on top in strong colours.
 */
import type {
  ExpressionSpecification,
  LayerSpecification,
  StyleSpecification
} from '@maplibre/maplibre-gl-style-spec';
import type {Language} from '../i18n/languages';

/** Latin first (Noto Sans), Arabic second (Noto Naskh Arabic); one combined fontstack on disk each. */
export const FONT_REGULAR = ['Noto Sans Regular', 'Noto Naskh Arabic Regular'] as const;
export const FONT_BOLD = ['Noto Sans Bold', 'Noto Naskh Arabic Bold'] as const;

/** Every fontstack the style uses; each must exist as public/fonts/{fontstackDirName(stack)}/. */
export const BASEMAP_FONT_STACKS: readonly (readonly string[])[] = [FONT_REGULAR, FONT_BOLD];

/**
 * The directory name of a fontstack under public/fonts. MapLibre joins `text-font` with ',' and puts
 * the result into the `{fontstack}` token unencoded; the browser sends spaces as %20, which a static
 * server decodes back to this name.
 */
export function fontstackDirName(stack: readonly string[]): string {
  return stack.join(',');
}

/** The files under public/basemap that the style loads. */
export const BASEMAP_FILES = {
  countries: 'countries.geojson',
  countryLines: 'country-lines.geojson',
  states: 'states.geojson',
  stateLines: 'state-lines.geojson',
  countyLines: 'county-lines.geojson',
  lakes: 'lakes.geojson',
  labels: 'labels.geojson'
} as const;

export const BASEMAP_SOURCE_IDS = {
  countries: 'basemap-countries',
  countryLines: 'basemap-country-lines',
  states: 'basemap-states',
  stateLines: 'basemap-state-lines',
  countyLines: 'basemap-county-lines',
  lakes: 'basemap-lakes',
  labels: 'basemap-labels'
} as const;

export const LAYER_BACKGROUND = 'basemap-background';
export const LAYER_COUNTRIES_FILL = 'basemap-countries-fill';
export const LAYER_PALESTINE_FILL = 'basemap-palestine-fill';
export const LAYER_STATES_FILL = 'basemap-states-fill';
export const LAYER_LAKES_FILL = 'basemap-lakes-fill';
export const LAYER_COUNTY_LINES = 'basemap-county-lines';
export const LAYER_STATE_LINES = 'basemap-state-lines';
export const LAYER_COUNTRY_LINES = 'basemap-country-lines';
export const LAYER_PALESTINE_LINE = 'basemap-palestine-line';
export const LAYER_LABELS_REGION = 'basemap-labels-region';
export const LAYER_LABELS_STATE = 'basemap-labels-state';
export const LAYER_LABELS_COUNTRY = 'basemap-labels-country';
export const LAYER_LABELS_PALESTINE = 'basemap-labels-palestine';

/** All basemap layer ids, bottom to top. */
export const BASEMAP_LAYER_IDS = [
  LAYER_BACKGROUND,
  LAYER_COUNTRIES_FILL,
  LAYER_PALESTINE_FILL,
  LAYER_STATES_FILL,
  LAYER_LAKES_FILL,
  LAYER_COUNTY_LINES,
  LAYER_STATE_LINES,
  LAYER_COUNTRY_LINES,
  LAYER_PALESTINE_LINE,
  LAYER_LABELS_REGION,
  LAYER_LABELS_STATE,
  LAYER_LABELS_COUNTRY,
  LAYER_LABELS_PALESTINE
] as const;

/**
 * The lowest label layer: pass it as `beforeId` to draw data between the basemap's shapes and its
 * labels, or add data layers without `beforeId` to draw them above everything.
 */
export const BASEMAP_FIRST_LABEL_LAYER_ID = LAYER_LABELS_REGION;

/** The palette, exported so a legend or a test can refer to it. */
export const BASEMAP_COLORS = {
  sea: '#dbe4ea',
  land: '#ebe7e1',
  usLand: '#f6f4f0',
  palestine: '#dfe7cc',
  palestineLine: '#8e9f6c',
  countryLine: '#b3aaa0',
  stateLine: '#cbc3ba',
  countyLine: '#e2dcd5',
  countryText: '#655d55',
  stateText: '#8c8379',
  palestineText: '#3f4d26',
  regionText: '#56663a',
  halo: '#f8f6f2'
} as const;

/** The US polygon of Natural Earth is drawn in the colour of the Census states laid over it. */
const US_NAME = 'United States';

const isPalestine: ExpressionSpecification = ['==', ['get', 'palestine'], true];

/** Labels carry `rank`, the lowest zoom they appear at (filters see the integer tile zoom). */
const rankAllows: ExpressionSpecification = ['>=', ['zoom'], ['get', 'rank']];

const TEXT_HALO = {
  'text-halo-color': BASEMAP_COLORS.halo,
  'text-halo-width': 1.4,
  'text-halo-blur': 0.4
} as const;

/** The name in the reader's language (Arabic and Spanish where the labels file has them), else the English one. */
function nameIn(language: Language): ExpressionSpecification {
  return language === 'en' ? ['get', 'name'] : ['coalesce', ['get', `name_${language}`], ['get', 'name']];
}

/**
 * Palestine and its two regions are named in Arabic too: under the reader's own name, or first for a reader of
 * Arabic, who then sees no second line.
 */
function bilingual(scaleAr: number, language: Language): ExpressionSpecification {
  if (language === 'ar') return nameIn('ar');
  return ['format', nameIn(language), {}, '\n', {}, ['coalesce', ['get', 'name_ar'], ''], {'font-scale': scaleAr}];
}

/** Each label layer's text in a language. */
function basemapLabelFields(language: Language): Record<string, ExpressionSpecification> {
  return {
    [LAYER_LABELS_REGION]: bilingual(1, language),
    [LAYER_LABELS_COUNTRY]: nameIn(language),
    [LAYER_LABELS_PALESTINE]: bilingual(1.1, language)
  };
}

function normalizeBase(assetBase: string): string {
  return assetBase.endsWith('/') ? assetBase : `${assetBase}/`;
}

/** The basemap style. `assetBase` is the absolute URL the app's public/ folder is served at. */
export function buildBasemapStyle(assetBase: string, language: Language = 'en'): StyleSpecification {
  const base = normalizeBase(assetBase);
  const labelFields = basemapLabelFields(language);
  const data = (file: string): string => `${base}basemap/${file}`;

  const layers: LayerSpecification[] = [
    {
      id: LAYER_BACKGROUND,
      type: 'background',
      paint: {'background-color': BASEMAP_COLORS.sea}
    },
    {
      id: LAYER_COUNTRIES_FILL,
      type: 'fill',
      source: BASEMAP_SOURCE_IDS.countries,
      paint: {
        'fill-color': ['case', ['==', ['get', 'name'], US_NAME], BASEMAP_COLORS.usLand, BASEMAP_COLORS.land],
        'fill-antialias': false
      }
    },
    {
      id: LAYER_PALESTINE_FILL,
      type: 'fill',
      source: BASEMAP_SOURCE_IDS.countries,
      filter: isPalestine,
      paint: {'fill-color': BASEMAP_COLORS.palestine}
    },
    {
      id: LAYER_STATES_FILL,
      type: 'fill',
      source: BASEMAP_SOURCE_IDS.states,
      paint: {'fill-color': BASEMAP_COLORS.usLand, 'fill-antialias': true, 'fill-outline-color': BASEMAP_COLORS.usLand}
    },
    {
      // The US part of the Great Lakes, in the colour of the sea.
      id: LAYER_LAKES_FILL,
      type: 'fill',
      source: BASEMAP_SOURCE_IDS.lakes,
      paint: {'fill-color': BASEMAP_COLORS.sea}
    },
    {
      id: LAYER_COUNTY_LINES,
      type: 'line',
      source: BASEMAP_SOURCE_IDS.countyLines,
      minzoom: 5,
      layout: {'line-join': 'round'},
      paint: {
        'line-color': BASEMAP_COLORS.countyLine,
        'line-width': ['interpolate', ['linear'], ['zoom'], 5, 0.3, 9, 0.8],
        'line-opacity': ['interpolate', ['linear'], ['zoom'], 5, 0, 6, 1]
      }
    },
    {
      id: LAYER_STATE_LINES,
      type: 'line',
      source: BASEMAP_SOURCE_IDS.stateLines,
      layout: {'line-join': 'round'},
      paint: {
        'line-color': BASEMAP_COLORS.stateLine,
        'line-width': ['interpolate', ['linear'], ['zoom'], 2, 0.4, 6, 1, 10, 1.6],
        'line-opacity': ['interpolate', ['linear'], ['zoom'], 1, 0.4, 3, 1]
      }
    },
    {
      id: LAYER_COUNTRY_LINES,
      type: 'line',
      source: BASEMAP_SOURCE_IDS.countryLines,
      layout: {'line-join': 'round'},
      paint: {
        'line-color': BASEMAP_COLORS.countryLine,
        'line-width': ['interpolate', ['linear'], ['zoom'], 1, 0.4, 5, 1, 10, 2]
      }
    },
    {
      id: LAYER_PALESTINE_LINE,
      type: 'line',
      source: BASEMAP_SOURCE_IDS.countries,
      filter: isPalestine,
      layout: {'line-join': 'round'},
      paint: {
        'line-color': BASEMAP_COLORS.palestineLine,
        'line-width': ['interpolate', ['linear'], ['zoom'], 2, 0.5, 6, 1.1, 10, 2]
      }
    },
    {
      id: LAYER_LABELS_REGION,
      type: 'symbol',
      source: BASEMAP_SOURCE_IDS.labels,
      filter: ['all', ['==', ['get', 'kind'], 'region'], rankAllows],
      layout: {
        'text-field': labelFields[LAYER_LABELS_REGION],
        'text-font': [...FONT_REGULAR],
        'text-size': ['interpolate', ['linear'], ['zoom'], 7, 11, 10, 15],
        'text-max-width': 8,
        'text-line-height': 1.15,
        'text-letter-spacing': 0.02,
        // Below its point: the West Bank shares its point with the Palestine label, which sits above.
        'text-anchor': 'top',
        'text-offset': [0, 0.2],
        'symbol-sort-key': ['get', 'rank']
      },
      paint: {'text-color': BASEMAP_COLORS.regionText, ...TEXT_HALO}
    },
    {
      id: LAYER_LABELS_STATE,
      type: 'symbol',
      source: BASEMAP_SOURCE_IDS.labels,
      filter: ['all', ['==', ['get', 'kind'], 'state'], rankAllows],
      layout: {
        'text-field': ['step', ['zoom'], ['get', 'abbr'], 5, ['get', 'name']],
        'text-font': [...FONT_REGULAR],
        'text-size': ['interpolate', ['linear'], ['zoom'], 3, 10, 5, 11.5, 8, 14],
        'text-max-width': 7,
        'text-letter-spacing': ['step', ['zoom'], 0.08, 5, 0.02],
        'symbol-sort-key': ['get', 'rank']
      },
      paint: {'text-color': BASEMAP_COLORS.stateText, ...TEXT_HALO}
    },
    {
      id: LAYER_LABELS_COUNTRY,
      type: 'symbol',
      source: BASEMAP_SOURCE_IDS.labels,
      // The country name gives way to the state names once the US fills the screen.
      filter: [
        'all',
        ['==', ['get', 'kind'], 'country'],
        ['!=', ['get', 'palestine'], true],
        rankAllows,
        ['any', ['!=', ['get', 'name'], US_NAME], ['<', ['zoom'], 3]]
      ],
      layout: {
        'text-field': labelFields[LAYER_LABELS_COUNTRY],
        'text-font': [...FONT_REGULAR],
        'text-size': [
          'interpolate', ['linear'], ['zoom'],
          1, ['case', ['<=', ['get', 'rank'], 1], 11, 10],
          4, ['case', ['<=', ['get', 'rank'], 2], 14, 12],
          8, ['case', ['<=', ['get', 'rank'], 3], 18, 15]
        ],
        'text-max-width': 7,
        'text-letter-spacing': 0.03,
        'symbol-sort-key': ['get', 'rank']
      },
      paint: {'text-color': BASEMAP_COLORS.countryText, ...TEXT_HALO}
    },
    {
      id: LAYER_LABELS_PALESTINE,
      type: 'symbol',
      source: BASEMAP_SOURCE_IDS.labels,
      filter: ['all', ['==', ['get', 'kind'], 'country'], ['==', ['get', 'palestine'], true], rankAllows],
      layout: {
        'text-field': labelFields[LAYER_LABELS_PALESTINE],
        'text-font': [...FONT_BOLD],
        'text-size': ['interpolate', ['linear'], ['zoom'], 2, 11, 6, 14, 10, 20],
        'text-line-height': 1.15,
        'text-max-width': 10,
        // Zoomed in, the name moves above the "West Bank" label that marks the same area.
        'text-anchor': ['step', ['zoom'], 'center', 7, 'bottom'],
        'text-offset': ['step', ['zoom'], ['literal', [0, 0]], 7, ['literal', [0, -0.9]]]
      },
      paint: {'text-color': BASEMAP_COLORS.palestineText, ...TEXT_HALO}
    }
  ];

  const geojson = (file: string, maxzoom: number) => ({type: 'geojson' as const, data: data(file), maxzoom});

  return {
    version: 8,
    name: 'Campaign Map offline basemap',
    glyphs: `${base}fonts/{fontstack}/{range}.pbf`,
    sources: {
      [BASEMAP_SOURCE_IDS.countries]: geojson(BASEMAP_FILES.countries, 10),
      [BASEMAP_SOURCE_IDS.countryLines]: geojson(BASEMAP_FILES.countryLines, 10),
      // States carry their FIPS code as `id`: promoted, it can key feature-state (hover, selection).
      [BASEMAP_SOURCE_IDS.states]: {...geojson(BASEMAP_FILES.states, 10), promoteId: 'id'},
      [BASEMAP_SOURCE_IDS.stateLines]: geojson(BASEMAP_FILES.stateLines, 10),
      [BASEMAP_SOURCE_IDS.countyLines]: geojson(BASEMAP_FILES.countyLines, 10),
      [BASEMAP_SOURCE_IDS.lakes]: geojson(BASEMAP_FILES.lakes, 10),
      [BASEMAP_SOURCE_IDS.labels]: geojson(BASEMAP_FILES.labels, 8)
    },
    layers
  };
}
