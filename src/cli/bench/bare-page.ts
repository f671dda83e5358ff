/**
 * The bench's floor: a bare MapLibre page drawing the app's own offline basemap at the app's opening view, with
 * nothing else. The browser bench builds it with Vite (bare.ts) and compares the app against it in the same run.
 *
 * Query: `w` and `h`, the size of the app's map at that viewport (the bench measures it); `fade`, MapLibre's
 * fadeDuration (0 unless given). It marks `bench:first-idle` and exposes the map as `window.__benchMap` and a small
 * API for the filter comparison as `window.__benchBare`.
 */
// The floor the app is measured against has to talk to MapLibre directly, as only src/map/ otherwise may.
// eslint-disable-next-line no-restricted-imports
import {Map as MaplibreMap, type FilterSpecification, type GeoJSONSourceSpecification} from 'maplibre-gl';
// eslint-disable-next-line no-restricted-imports
import 'maplibre-gl/dist/maplibre-gl.css';
import '../../map/setup';
import {buildBasemapStyle} from '../../map/basemap-style';
import {US_BOUNDS} from '../../map/camera';
import {publicUrl} from '../../loaders/public-url';

const params = new URLSearchParams(location.search);
const size = (key: string, fallback: number) => Number(params.get(key)) || fallback;

// Styled through the CSSOM: the page is served with the site's strict policy, which forbids style attributes.
document.body.style.margin = '0';
const container = document.getElementById('map')!;
container.style.width = `${size('w', innerWidth)}px`;
container.style.height = `${size('h', innerHeight)}px`;

// The same opening as the app (src/map/CampaignMap.tsx): the contiguous US fitted with 16 px of padding.
const map = new MaplibreMap({
  container,
  style: buildBasemapStyle(publicUrl()),
  bounds: [...US_BOUNDS[0], ...US_BOUNDS[1]],
  fitBoundsOptions: {padding: 16},
  fadeDuration: Number(params.get('fade') ?? 0),
  attributionControl: false,
  dragRotate: false,
  minZoom: 1.5,
  maxZoom: 13
});
map.once('idle', () => performance.mark('bench:first-idle'));

interface BarePlaces {
  features: GeoJSONSourceSpecification['data'];
  filters: [FilterSpecification, FilterSpecification];
}

let filters: BarePlaces['filters'] | undefined;

const idle = () => new Promise<number>((resolve) => map.once('idle', () => resolve(performance.now())));

declare global {
  interface Window {
    __benchMap: MaplibreMap;
    __benchBare: {addPlaces: (url: string) => Promise<number>; setFilter: (which: number) => Promise<number>};
  }
}

window.__benchMap = map;
window.__benchBare = {
  /** One GeoJSON source with the app's place features and one circle layer, filtered as the app's markers are; replaces the last. */
  async addPlaces(url) {
    const places = (await (await fetch(url)).json()) as BarePlaces;
    filters = places.filters;
    if (map.getLayer('bench-places')) map.removeLayer('bench-places');
    if (map.getSource('bench-places')) map.removeSource('bench-places');
    const start = performance.now();
    const done = idle();
    map.addSource('bench-places', {type: 'geojson', data: places.features});
    map.addLayer({
      id: 'bench-places', type: 'circle', source: 'bench-places', filter: filters[0],
      paint: {'circle-radius': ['interpolate', ['linear'], ['zoom'], 2, 5.5, 8, 9], 'circle-color': '#0072b2', 'circle-stroke-color': '#1f2430', 'circle-stroke-width': 1.5}
    });
    return (await done) - start;
  },
  /** Milliseconds from setFilter to the map's next idle. */
  async setFilter(which) {
    if (!filters) throw new Error('addPlaces first');
    const start = performance.now();
    const done = idle();
    map.setFilter('bench-places', filters[which % 2]!);
    return (await done) - start;
  }
};
