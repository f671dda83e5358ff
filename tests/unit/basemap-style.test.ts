import {existsSync, readFileSync, statSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import {expression, latest, validateStyleMin} from '@maplibre/maplibre-gl-style-spec';
import type {FeatureCollection, Point} from 'geojson';
import {describe, expect, it} from 'vitest';
import {
  BASEMAP_FILES,
  BASEMAP_FIRST_LABEL_LAYER_ID,
  BASEMAP_FONT_STACKS,
  BASEMAP_LAYER_IDS,
  FONT_BOLD,
  FONT_REGULAR,
  LAYER_LABELS_COUNTRY,
  LAYER_LABELS_PALESTINE,
  LAYER_LABELS_REGION,
  buildBasemapStyle,
  fontstackDirName
} from '../../src/map/basemap-style';
import type {Language} from '../../src/i18n/languages';

const BASE = 'http://localhost:4173/';
const PUBLIC = fileURLToPath(new URL('../../public/', import.meta.url));
const style = buildBasemapStyle(BASE);

/** Every `text-font` value in the style's layers. */
function textFonts(): string[][] {
  return style.layers.flatMap((layer) => {
    if (layer.type !== 'symbol') return [];
    const font = layer.layout?.['text-font'];
    return font === undefined ? [] : [font as string[]];
  });
}

interface LabelProps {name: string; name_ar?: string; name_es?: string; kind: string; rank: number; palestine?: boolean}

function readLabels(): FeatureCollection<Point, LabelProps> {
  return JSON.parse(readFileSync(`${PUBLIC}basemap/${BASEMAP_FILES.labels}`, 'utf8')) as FeatureCollection<Point, LabelProps>;
}

describe('basemap style', () => {
  it('validates against the MapLibre style spec', () => {
    expect(validateStyleMin(style)).toEqual([]);
  });

  it('uses absolute glyph and data URLs under the asset base', () => {
    expect(style.glyphs).toBe(`${BASE}fonts/{fontstack}/{range}.pbf`);
    expect(style.sprite).toBeUndefined();
    for (const source of Object.values(style.sources)) {
      expect(source.type).toBe('geojson');
      if (source.type === 'geojson') expect(String(source.data).startsWith(`${BASE}basemap/`)).toBe(true);
    }
  });

  it('has unique layer ids, in the exported order', () => {
    const ids = style.layers.map((l) => l.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual([...BASEMAP_LAYER_IDS]);
    expect(ids).toContain(BASEMAP_FIRST_LABEL_LAYER_ID);
  });

  it('lists every fontstack it uses, each with glyph files in public/fonts', () => {
    const listed = BASEMAP_FONT_STACKS.map(fontstackDirName);
    expect(listed).toEqual([fontstackDirName(FONT_REGULAR), fontstackDirName(FONT_BOLD)]);
    const used = textFonts();
    expect(used.length).toBeGreaterThan(0);
    for (const stack of used) {
      expect(listed).toContain(fontstackDirName(stack));
    }
    for (const name of listed) {
      const dir = `${PUBLIC}fonts/${name}`;
      expect(existsSync(dir), dir).toBe(true);
      // Latin, Arabic and the Arabic presentation forms that shaping produces.
      for (const range of ['0-255', '1536-1791', '65024-65279']) {
        const file = `${dir}/${range}.pbf`;
        expect(existsSync(file), file).toBe(true);
        expect(statSync(file).size).toBeGreaterThan(1000);
      }
    }
  });

  it('points every geojson source at a file in public/basemap', () => {
    for (const source of Object.values(style.sources)) {
      if (source.type !== 'geojson' || typeof source.data !== 'string') throw new Error('expected a geojson URL');
      const file = `${PUBLIC}${source.data.slice(BASE.length)}`;
      expect(existsSync(file), file).toBe(true);
    }
  });

  /** The words a label layer draws for a label point, as MapLibre evaluates its text-field. */
  function drawn(language: Language, layerId: string, name: string): string {
    const layer = buildBasemapStyle(BASE, language).layers.find((l) => l.id === layerId);
    const field = layer?.type === 'symbol' ? layer.layout?.['text-field'] : undefined;
    const compiled = expression.createPropertyExpression(field, 'text-field', latest.layout_symbol['text-field'] as never);
    if (compiled.result !== 'success') throw new Error(JSON.stringify(compiled.value));
    const properties = readLabels().features.find((f) => f.properties.name === name)!.properties;
    const value = compiled.value.evaluate({zoom: 6}, {type: 'Point', properties} as never) as string | {sections: {text: string}[]};
    return typeof value === 'string' ? value : value.sections.map((s) => s.text).join('');
  }

  it('names countries and regions in the reader’s language, with Palestine’s Arabic name under the others', () => {
    expect(drawn('en', LAYER_LABELS_COUNTRY, 'Jordan')).toBe('Jordan');
    expect(drawn('ar', LAYER_LABELS_COUNTRY, 'Jordan')).toBe('الأردن');
    expect(drawn('es', LAYER_LABELS_COUNTRY, 'Jordan')).toBe('Jordania');
    // A country the names list does not know keeps its English name rather than none.
    expect(drawn('ar', LAYER_LABELS_COUNTRY, 'Kosovo')).toBe('Kosovo');
    expect(drawn('en', LAYER_LABELS_PALESTINE, 'Palestine')).toBe('Palestine\nفلسطين');
    expect(drawn('es', LAYER_LABELS_PALESTINE, 'Palestine')).toBe('Palestina\nفلسطين');
    expect(drawn('ar', LAYER_LABELS_PALESTINE, 'Palestine')).toBe('فلسطين');
    expect(drawn('es', LAYER_LABELS_REGION, 'West Bank')).toBe('Cisjordania\nالضفة الغربية');
    expect(drawn('ar', LAYER_LABELS_REGION, 'Gaza Strip')).toBe('قطاع غزة');
    for (const language of ['ar', 'es'] as const) expect(validateStyleMin(buildBasemapStyle(BASE, language))).toEqual([]);
  });

  it('labels Palestine in English and Arabic, and its two parts', () => {
    const labels = readLabels().features.map((f) => f.properties);
    const palestine = labels.find((p) => p.name === 'Palestine');
    expect(palestine).toMatchObject({kind: 'country', name_ar: 'فلسطين', palestine: true});
    expect(labels.find((p) => p.name === 'West Bank')).toMatchObject({kind: 'region', name_ar: 'الضفة الغربية'});
    expect(labels.find((p) => p.name === 'Gaza Strip')).toMatchObject({kind: 'region', name_ar: 'قطاع غزة'});
    expect(labels.filter((p) => p.kind === 'state').length).toBeGreaterThanOrEqual(51);
  });

  it('keeps label points as points with coordinates in range', () => {
    for (const f of readLabels().features) {
      expect(f.geometry.type).toBe('Point');
      const [lon, lat] = f.geometry.coordinates;
      expect(Math.abs(lon!)).toBeLessThanOrEqual(180);
      expect(Math.abs(lat!)).toBeLessThanOrEqual(90);
    }
  });
});
