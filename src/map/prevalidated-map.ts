import * as maplibregl from 'maplibre-gl';
import type {AddLayerObject, AllLayoutProperties, AllPaintProperties, FilterSpecification, StyleSetterOptions} from 'maplibre-gl';

const UNCHECKED = {validate: false};

/**
 * A MapLibre map that does not validate again what this app adds to it. Every style, layer and filter spec the app
 * makes is validated against the style spec in tests/unit (basemap-style, layers: every filter state), while MapLibre's
 * own check serialises the whole style on each addLayer and setFilter call: a tenth of a second per layer on a
 * phone, twenty layers when the data arrives and again for a filter tap, whose new paint and layout values cost a
 * phone about 75 ms more to check. react-map-gl makes these calls without options, so the map passes
 * `validate: false` itself.
 */
export class PrevalidatedMap extends maplibregl.Map {
  override addLayer(layer: AddLayerObject, beforeId?: string): this {
    this.style.addLayer(layer, beforeId, UNCHECKED);
    return this._update(true);
  }

  override setFilter(layerId: string, filter?: FilterSpecification | null, options?: StyleSetterOptions): this {
    return super.setFilter(layerId, filter, {...options, ...UNCHECKED});
  }

  override setPaintProperty<K extends keyof AllPaintProperties>(layerId: string, name: K, value: AllPaintProperties[K], options?: StyleSetterOptions): this {
    return super.setPaintProperty(layerId, name, value, {...options, ...UNCHECKED});
  }

  override setLayoutProperty<K extends keyof AllLayoutProperties>(layerId: string, name: K, value: AllLayoutProperties[K], options?: StyleSetterOptions): this {
    return super.setLayoutProperty(layerId, name, value, {...options, ...UNCHECKED});
  }
}

/** maplibre-gl as react-map-gl's `mapLib`, making PrevalidatedMaps. */
export const prevalidatedMapLib = {...maplibregl, Map: PrevalidatedMap};
