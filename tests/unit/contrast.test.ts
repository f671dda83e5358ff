import type {LayerSpecification} from '@maplibre/maplibre-gl-style-spec';
import {describe, expect, it} from 'vitest';
import {DEFAULT_FILTERS} from '../../src/filters/model';
import {BASEMAP_COLORS} from '../../src/map/basemap-style';
import {LINK_STATUS_STYLE, MARK_OUTLINE, POLICE_STYLE, thematicLayers} from '../../src/map/layers';
import {HIGHLIGHT_LAYERS, NEAR_AREA_LAYERS, placeLabelLayer} from '../../src/map/place-layers';

/** WCAG 2 relative luminance of a #rrggbb colour. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

/** Every colour a paint value can take: literal colours inside expressions included. */
function colours(value: unknown): string[] {
  if (typeof value === 'string') return /^#[0-9a-f]{6}$/i.test(value) ? [value] : [];
  if (Array.isArray(value)) return value.flatMap(colours);
  return [];
}

/** What a mark can lie on: the sea, land abroad, US land, Palestine. */
const GROUNDS = {sea: BASEMAP_COLORS.sea, land: BASEMAP_COLORS.land, usLand: BASEMAP_COLORS.usLand, palestine: BASEMAP_COLORS.palestine};

const CONTEXT = {typeColors: {ceasefire: '#0072b2', 'sister-cities': '#56b4e9'}, stateActByFips: {'17': 'law', '33': 'executive-order', '06': 'resolution'} as const, language: 'en', packing: {bits: 10, perProperty: 5}} as const;
const layers: LayerSpecification[] = [
  ...Object.values(thematicLayers(DEFAULT_FILTERS, CONTEXT)).flat(),
  ...NEAR_AREA_LAYERS,
  ...HIGHLIGHT_LAYERS,
  placeLabelLayer([])
];

/** The colours that outline or draw each mark, with the layers that are only hit areas or washes left out. */
function markColours(layer: LayerSpecification): string[] {
  const paint = (layer.paint ?? {}) as Record<string, unknown>;
  if (layer.type === 'circle') {
    if (paint['circle-stroke-width'] === 0 || paint['circle-opacity'] === 0 && paint['circle-stroke-color'] === undefined) return [];
    return colours(paint['circle-stroke-color']);
  }
  if (layer.type === 'line') return paint['line-opacity'] === 0 ? [] : colours(paint['line-color']);
  return [];
}

describe('every mark stands out 3:1 from what lies beneath it (WCAG 1.4.11)', () => {
  const marks = layers.filter((l) => markColours(l).length > 0);

  it('covers the markers, rings, arcs and outlines', () => {
    expect(marks.map((l) => l.id)).toEqual(expect.arrayContaining(['campaign-points', 'police-rings', 'sister-links-official', 'sister-links-rejected', 'localities-points', 'state-laws-edge-law']));
  });

  it.each(marks.map((l) => [l.id, l] as const))('%s', (_id, layer) => {
    for (const colour of markColours(layer)) {
      for (const [ground, under] of Object.entries(GROUNDS)) {
        expect(contrast(colour, under), `${colour} on ${ground} ${under}`).toBeGreaterThanOrEqual(3);
      }
    }
  });

  it('cluster donuts, drawn outside the layers, are outlined like the markers', () => {
    for (const under of Object.values(GROUNDS)) expect(contrast(MARK_OUTLINE, under)).toBeGreaterThanOrEqual(3);
  });

  it('state tints are washes under an outline that does stand out', () => {
    const edges = layers.filter((l) => l.id.startsWith('state-laws-edge'));
    expect(edges).toHaveLength(3);
  });

  it('labels are readable on their halos (4.5:1, as text)', () => {
    for (const layer of layers.filter((l) => l.type === 'symbol')) {
      const paint = layer.paint as Record<string, unknown>;
      for (const text of colours(paint['text-color'])) {
        for (const halo of colours(paint['text-halo-color'])) expect(contrast(text, halo), layer.id).toBeGreaterThanOrEqual(4.5);
      }
    }
  });
});

describe('categories that differ by hue also differ by shape or pattern', () => {
  it('every sister-city status has its own line pattern', () => {
    const patterns = Object.values(LINK_STATUS_STYLE).map((s) => JSON.stringify(s.dash));
    expect(new Set(patterns).size).toBe(patterns.length);
  });

  it('police exchanges that were ended or refused get a second ring', () => {
    const stopped = layers.find((l) => l.id === 'police-rings-stopped');
    expect(stopped && colours((stopped.paint as Record<string, unknown>)['circle-stroke-color'])).toEqual([POLICE_STYLE.stopped]);
  });

  it('laws, executive orders and resolutions are outlined differently', () => {
    const dashes = layers.filter((l) => l.id.startsWith('state-laws-edge')).map((l) => JSON.stringify((l.paint as Record<string, unknown>)['line-dasharray'] ?? null));
    expect(new Set(dashes).size).toBe(3);
  });
});
