import {mkdirSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {performance} from 'node:perf_hooks';
import {gzipSync} from 'node:zlib';
import {GeoJSONVT, type GeoJSONVTTile} from '@maplibre/geojson-vt';
import {fromGeojsonVt} from '@maplibre/vt-pbf';
import {bbox} from '@turf/turf';
import type {Feature, FeatureCollection, Geometry, Point} from 'geojson';
import {jurisdictionFeatures, sisterLinkFeatures} from '../../geo/features';
import {describe, generateDataset, type Scale} from './generate';

/**
 * Past one browser: the campaign layers as static vector tiles, made at build time with MapLibre's own
 * geojson-vt (clustered with its Supercluster) and vt-pbf, so any static host or CDN can serve a national or larger
 * dataset and a phone downloads only the tiles in view. This demonstrates it on generated data and prints what a
 * host would hold and what a phone would fetch; the app itself still loads GeoJSON (README, "Performance").
 */

/** Campaign points are tiled to this zoom; MapLibre over-zooms the last level, as it does for a GeoJSON source. */
const POINT_MAX_ZOOM = 10;
/** The arcs span the globe: past this zoom each tile holds a sliver of a few lines, so they stop here. */
const ARC_MAX_ZOOM = 6;
/** vector-tile spec version 2, at geojson-vt's default extent. */
const TILE_FORMAT = {version: 2, extent: 4096};

/** The view a phone opens on: the contiguous US (the app's US_BOUNDS), at the zoom a 390 px map shows it. */
const US_VIEW = {west: -125, south: 24, east: -66, north: 50, zoom: 3};

function tileX(lon: number, z: number): number {
  return Math.min(2 ** z - 1, Math.max(0, Math.floor(((lon + 180) / 360) * 2 ** z)));
}

function tileY(lat: number, z: number): number {
  const rad = (Math.max(-85.0511, Math.min(85.0511, lat)) * Math.PI) / 180;
  return Math.min(2 ** z - 1, Math.max(0, Math.floor(((1 - Math.log(Math.tan(rad) + 1 / Math.cos(rad)) / Math.PI) / 2) * 2 ** z)));
}

/** Every tile from zoom 0 to maxZoom that a feature's bounding box touches. */
function tilesTouched(features: Feature<Geometry>[], maxZoom: number): Set<string> {
  const keys = new Set<string>();
  for (const feature of features) {
    const [west, south, east, north] = bbox(feature);
    for (let z = 0; z <= maxZoom; z++) {
      for (let x = tileX(west, z); x <= tileX(east, z); x++) {
        for (let y = tileY(north, z); y <= tileY(south, z); y++) keys.add(`${z}/${x}/${y}`);
      }
    }
  }
  return keys;
}

/** Supercluster's per-cluster totals: every count a place feature carries is summed, so a cluster keeps its mix. */
function sumCounts(properties: Record<string, unknown> | null): Record<string, number> {
  return Object.fromEntries(Object.entries(properties ?? {}).filter(([, v]) => typeof v === 'number')) as Record<string, number>;
}

interface TileSet {
  tiles: number;
  bytes: number;
  gzip: number;
  largestGzip: number;
}

function writeTiles(dir: string, layers: {name: string; index: GeoJSONVT; keys: Set<string>}[]): TileSet {
  const all = new Set(layers.flatMap((l) => [...l.keys]));
  const sizes: number[] = [];
  let bytes = 0;
  for (const key of all) {
    const [z, x, y] = key.split('/').map(Number) as [number, number, number];
    const found: Record<string, GeoJSONVTTile> = {};
    for (const layer of layers) {
      const tile = layer.keys.has(key) ? layer.index.getTile(z, x, y) : null;
      if (tile && tile.features.length > 0) found[layer.name] = tile;
    }
    if (Object.keys(found).length === 0) continue;
    const pbf = fromGeojsonVt(found, TILE_FORMAT);
    const gz = gzipSync(pbf);
    mkdirSync(join(dir, String(z), String(x)), {recursive: true});
    writeFileSync(join(dir, String(z), String(x), `${y}.pbf`), pbf);
    bytes += pbf.byteLength;
    sizes.push(gz.byteLength);
  }
  return {tiles: sizes.length, bytes, gzip: sizes.reduce((a, b) => a + b, 0), largestGzip: Math.max(0, ...sizes)};
}

/** The tiles of the opening view at one zoom, and what they weigh gzipped. */
function openingView(index: GeoJSONVT, arcs: GeoJSONVT): {tiles: number; gzip: number} {
  let tiles = 0;
  let gzip = 0;
  const {zoom} = US_VIEW;
  for (let x = tileX(US_VIEW.west, zoom); x <= tileX(US_VIEW.east, zoom); x++) {
    for (let y = tileY(US_VIEW.north, zoom); y <= tileY(US_VIEW.south, zoom); y++) {
      const found: Record<string, GeoJSONVTTile> = {};
      const places = index.getTile(zoom, x, y);
      const lines = arcs.getTile(zoom, x, y);
      if (places && places.features.length > 0) found.places = places;
      if (lines && lines.features.length > 0) found.arcs = lines;
      if (Object.keys(found).length === 0) continue;
      tiles += 1;
      gzip += gzipSync(fromGeojsonVt(found, TILE_FORMAT)).byteLength;
    }
  }
  return {tiles, gzip};
}

const mib = (n: number) => `${(n / 1048576).toFixed(2)} MiB`;
const kib = (n: number) => `${(n / 1024).toFixed(1)} KiB`;

/** Generates the dataset, tiles it into a temporary folder (or `keepIn`), and prints what it made. */
export function tilesBench(scale: Scale, keepIn?: string): void {
  const generated = generateDataset(scale);
  console.log(`## Static vector tiles: ${describe(generated)}`);
  const places = jurisdictionFeatures(generated.dataset);
  const arcs = sisterLinkFeatures(generated.dataset);
  const geojsonGzip = gzipSync(JSON.stringify(places)).byteLength + gzipSync(JSON.stringify(arcs)).byteLength;
  const detailsGzip = Object.values(generated.files).reduce((sum, text) => sum + gzipSync(text).byteLength, 0);

  const started = performance.now();
  const placeIndex = new GeoJSONVT(places as FeatureCollection<Point>, {
    maxZoom: POINT_MAX_ZOOM,
    indexMaxZoom: 5,
    cluster: true,
    clusterOptions: {radius: 40, maxZoom: 8, map: sumCounts, reduce: (sum, props) => {
      for (const [key, value] of Object.entries(props)) if (typeof value === 'number') sum[key] = ((sum[key] as number | undefined) ?? 0) + value;
    }}
  });
  const arcIndex = new GeoJSONVT(arcs, {maxZoom: ARC_MAX_ZOOM, indexMaxZoom: ARC_MAX_ZOOM});
  const dir = keepIn ?? join(tmpdir(), `campaign-map-tiles-${process.pid}`);
  rmSync(dir, {recursive: true, force: true});
  const made = writeTiles(dir, [
    {name: 'places', index: placeIndex, keys: tilesTouched(places.features, POINT_MAX_ZOOM)},
    {name: 'arcs', index: arcIndex, keys: tilesTouched(arcs.features, ARC_MAX_ZOOM)}
  ]);
  const seconds = (performance.now() - started) / 1000;
  const view = openingView(placeIndex, arcIndex);
  if (!keepIn) rmSync(dir, {recursive: true, force: true});

  console.log(`tiles made (zoom 0–${POINT_MAX_ZOOM} places, 0–${ARC_MAX_ZOOM} arcs)  ${made.tiles} files, ${mib(made.bytes)} (${mib(made.gzip)} gzip), largest ${kib(made.largestGzip)} gzip, in ${seconds.toFixed(1)} s`);
  console.log(`opening US view on a phone (zoom ${US_VIEW.zoom})     ${view.tiles} tiles, ${kib(view.gzip)} gzip`);
  console.log(`the same layers as GeoJSON today             ${mib(geojsonGzip)} gzip (places and arcs), and ${mib(detailsGzip)} gzip for every data file`);
  console.log(`opening view / GeoJSON                       ${(view.gzip / geojsonGzip).toFixed(3)}×`);
  if (keepIn) console.log(`tiles kept in ${keepIn} ({z}/{x}/{y}.pbf)`);
}
