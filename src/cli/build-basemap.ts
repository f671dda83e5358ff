/**
 * Builds the offline basemap into public/: `npm run basemap:build` (tsx src/cli/build-basemap.ts).
 *
 *   public/basemap/countries.geojson      Natural Earth 1:50m countries (world-atlas), {name[, palestine]}
 *   public/basemap/country-lines.geojson  borders between countries (TopoJSON mesh, no coastlines)
 *   public/basemap/states.geojson         US states (us-atlas, Census), id = 2-digit FIPS, {id, name}
 *   public/basemap/state-lines.geojson    borders between states (mesh)
 *   public/basemap/county-lines.geojson   county borders inside each state (mesh)
 *   public/basemap/lakes.geojson          the US part of the Great Lakes (see buildUsLakes)
 *   public/basemap/labels.geojson         label points {name, name_ar?, name_es?, kind, rank, abbr?, palestine?};
 *                                         country names in Arabic and Spanish from i18n-iso-countries (CLDR-based)
 *   public/basemap/placement.geojson      simplified states and Palestine, {area: USPS code | "PS"}: where points must lie
 *   public/fonts/{fontstack}/{range}.pbf  SDF glyphs made with fontnik from Debian's Noto fonts
 *
 * Options: --skip-glyphs, --skip-geo.
 */
import {existsSync} from 'node:fs';
import {mkdir, readFile, readdir, rm, stat, writeFile} from 'node:fs/promises';
import {createRequire} from 'node:module';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {
  area as turfArea,
  bboxClip,
  booleanPointInPolygon,
  difference as turfDifference,
  featureCollection,
  multiPolygon as turfMultiPolygon,
  polygon as turfPolygon
} from '@turf/turf';
import type {
  Feature,
  FeatureCollection,
  MultiLineString,
  MultiPolygon,
  Point,
  Polygon,
  Position
} from 'geojson';
import countryNames from 'i18n-iso-countries';
import countryNamesAr from 'i18n-iso-countries/langs/ar.json' with {type: 'json'};
import countryNamesEs from 'i18n-iso-countries/langs/es.json' with {type: 'json'};
import {feature as topoFeature, mesh as topoMesh} from 'topojson-client';
import type {GeometryCollection, Topology} from 'topojson-specification';
import {buildPlacementAreas, PALESTINE_AREA, PLACEMENT_FILE} from '../geo/placement';
import {BASEMAP_FILES, BASEMAP_FONT_STACKS, fontstackDirName} from '../map/basemap-style';

const require = createRequire(import.meta.url);
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const OUT_BASEMAP = path.join(ROOT, 'public/basemap');
const OUT_FONTS = path.join(ROOT, 'public/fonts');

// ---------------------------------------------------------------------------------------------
// Inputs

async function readTopology(specifier: string): Promise<Topology> {
  return JSON.parse(await readFile(require.resolve(specifier), 'utf8')) as Topology;
}

type AreaGeometry = Polygon | MultiPolygon;
interface Named {name: string}

function featuresOf(topology: Topology, object: string): Feature<AreaGeometry, Named>[] {
  const collection = topology.objects[object] as GeometryCollection<Named>;
  const fc = topoFeature(topology, collection) as FeatureCollection<AreaGeometry | null, Named>;
  return fc.features.filter((f): f is Feature<AreaGeometry, Named> => f.geometry !== null);
}

function polygonsOf(geometry: AreaGeometry): Position[][][] {
  return geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
}

// ---------------------------------------------------------------------------------------------
// Coordinates

/**
 * Decimals kept per source. Both atlases are quantized TopoJSON: world-atlas 50m on a grid of
 * 0.0036° x 0.0017°, us-atlas 10m on 0.0036° x 0.00086°. Three decimals move a world-atlas point by
 * at most 0.0005°, under a third of its own grid step, and keep countries.geojson ~10% smaller;
 * the US files keep four.
 */
const WORLD_DECIMALS = 3;
const US_DECIMALS = 4;
const LABEL_DECIMALS = 4;
const round = (v: number, decimals: number): number => {
  const scale = 10 ** decimals;
  return Math.round(v * scale) / scale;
};

/** Rounds a line, dropping points that round onto the previous one. */
function roundLine(line: Position[], decimals: number): Position[] {
  const out: Position[] = [];
  for (const p of line) {
    const q: Position = [round(p[0]!, decimals), round(p[1]!, decimals)];
    const last = out[out.length - 1];
    if (!last || last[0] !== q[0] || last[1] !== q[1]) out.push(q);
  }
  return out;
}

function roundPolygon(rings: Position[][], decimals: number): Position[][] | null {
  const out: Position[][] = [];
  for (const [i, ring] of rings.entries()) {
    // Round the open ring, then close it again: the closing point may round onto its neighbour.
    const r = roundLine(ring.slice(0, -1), decimals);
    const first = r[0];
    const last = r[r.length - 1];
    if (first && last && (first[0] !== last[0] || first[1] !== last[1])) r.push([first[0]!, first[1]!]);
    if (r.length < 4) {
      if (i === 0) return null; // the exterior vanished: so does the polygon
      continue;
    }
    out.push(r);
  }
  return out;
}

function toAreaGeometry(polygons: Position[][][], decimals: number): AreaGeometry | null {
  const rounded = polygons.map((p) => roundPolygon(p, decimals)).filter((p): p is Position[][] => p !== null);
  if (rounded.length === 0) return null;
  return rounded.length === 1
    ? {type: 'Polygon', coordinates: rounded[0]!}
    : {type: 'MultiPolygon', coordinates: rounded};
}

// ---------------------------------------------------------------------------------------------
// Antimeridian: world-atlas keeps Russia, Fiji and Antarctica whole on the sphere, so some rings
// jump from +180 to -180. Drawn flat, such a ring becomes a band across the whole map. Each such
// polygon is unwrapped into continuous longitudes, rings that go round a pole are closed through
// it, and the result is cut into the [-540,-180], [-180,180] and [180,540] windows, shifted home.

function hasJump(ring: Position[]): boolean {
  return ring.some((p, i) => i > 0 && Math.abs(p[0]! - ring[i - 1]![0]!) > 180);
}

function unwrap(ring: Position[]): Position[] {
  const out: Position[] = [];
  for (const p of ring) {
    const prev = out[out.length - 1];
    const x = prev ? p[0]! + 360 * Math.round((prev[0]! - p[0]!) / 360) : p[0]!;
    out.push([x, p[1]!]);
  }
  return out;
}

const mean = (values: number[]): number => values.reduce((a, b) => a + b, 0) / values.length;

function fixAntimeridian(rings: Position[][]): Position[][][] {
  if (!rings.some(hasJump)) return [rings];
  const fixed: Position[][] = [];
  for (const ring of rings) {
    let r = unwrap(ring);
    const first = r[0]!;
    const last = r[r.length - 1]!;
    if (Math.abs(last[0]! - first[0]!) > 180) {
      // The ring goes round a pole. A ring hugging the pole itself is what the sphere needs to
      // close the cap; on a flat map the closing below does that job.
      if (r.every((p) => Math.abs(p[1]!) > 89.9)) continue;
      const pole = mean(r.map((p) => p[1]!)) < 0 ? -90 : 90;
      r = [...r, [last[0]!, pole], [first[0]!, pole], first];
    }
    // Keep every ring of a polygon in the same 360° window as its exterior.
    const anchor = fixed[0] ? mean(fixed[0].map((p) => p[0]!)) : 0;
    const shift = 360 * Math.round((anchor - mean(r.map((p) => p[0]!))) / 360);
    fixed.push(shift === 0 ? r : r.map((p) => [p[0]! + shift, p[1]!]));
  }
  if (fixed.length === 0) return [];
  const out: Position[][][] = [];
  for (const k of [-1, 0, 1]) {
    const bbox: [number, number, number, number] = [-180 + 360 * k, -90, 180 + 360 * k, 90];
    const clipped = bboxClip(turfPolygon(fixed), bbox).geometry as AreaGeometry;
    for (const part of polygonsOf(clipped)) {
      const exterior = part[0];
      if (!exterior || exterior.length < 4) continue;
      const rings = part.filter((ring) => ring.length >= 4);
      out.push(rings.map((ring) => ring.map((p) => [p[0]! - 360 * k, p[1]!])));
    }
  }
  return out;
}

/** The longest east-west step of any segment, leaving out the edges that run along a pole. */
function maxLongitudeJump(lines: Position[][]): number {
  let max = 0;
  for (const l of lines) {
    for (let i = 1; i < l.length; i++) {
      const a = l[i - 1]!;
      const b = l[i]!;
      if (Math.abs(a[1]!) >= 89.9 && Math.abs(b[1]!) >= 89.9) continue;
      max = Math.max(max, Math.abs(b[0]! - a[0]!));
    }
  }
  return max;
}

// ---------------------------------------------------------------------------------------------
// Label points: the pole of inaccessibility (mapbox/polylabel's algorithm) of the largest part,
// found in Web Mercator so that it looks central on the map, and checked to lie inside.

const mercY = (lat: number): number => {
  const clamped = Math.max(-85, Math.min(85, lat));
  return (180 / Math.PI) * Math.log(Math.tan(Math.PI / 4 + (clamped * Math.PI) / 360));
};
const invMercY = (y: number): number => (360 / Math.PI) * Math.atan(Math.exp((y * Math.PI) / 180)) - 90;

type XY = [number, number];

function segmentDistanceSq(p: XY, a: XY, b: XY): number {
  let [x, y] = a;
  let dx = b[0] - x;
  let dy = b[1] - y;
  if (dx !== 0 || dy !== 0) {
    const t = ((p[0] - x) * dx + (p[1] - y) * dy) / (dx * dx + dy * dy);
    if (t > 1) {
      x = b[0];
      y = b[1];
    } else if (t > 0) {
      x += dx * t;
      y += dy * t;
    }
  }
  dx = p[0] - x;
  dy = p[1] - y;
  return dx * dx + dy * dy;
}

/** Signed distance from a point to a polygon's outline: positive inside. */
function signedDistance(p: XY, rings: XY[][]): number {
  let inside = false;
  let minSq = Infinity;
  for (const ring of rings) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const a = ring[i]!;
      const b = ring[j]!;
      if (a[1] > p[1] !== b[1] > p[1] && p[0] < ((b[0] - a[0]) * (p[1] - a[1])) / (b[1] - a[1]) + a[0]) inside = !inside;
      minSq = Math.min(minSq, segmentDistanceSq(p, a, b));
    }
  }
  return (inside ? 1 : -1) * Math.sqrt(minSq);
}

interface Cell {x: number; y: number; h: number; d: number; max: number}

function makeCell(x: number, y: number, h: number, rings: XY[][]): Cell {
  const d = signedDistance([x, y], rings);
  return {x, y, h, d, max: d + h * Math.SQRT2};
}

function poleOfInaccessibility(rings: XY[][], precision: number): XY {
  const exterior = rings[0]!;
  const xs = exterior.map((p) => p[0]);
  const ys = exterior.map((p) => p[1]);
  const minX = Math.min(...xs);
  const minY = Math.min(...ys);
  const width = Math.max(...xs) - minX;
  const height = Math.max(...ys) - minY;
  const cellSize = Math.min(width, height);
  if (cellSize === 0) return [minX, minY];
  const queue: Cell[] = [];
  const push = (c: Cell): void => {
    // Kept sorted by `max`, largest last.
    let lo = 0;
    let hi = queue.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (queue[mid]!.max < c.max) lo = mid + 1;
      else hi = mid;
    }
    queue.splice(lo, 0, c);
  };
  const h = cellSize / 2;
  for (let x = minX; x < minX + width; x += cellSize) {
    for (let y = minY; y < minY + height; y += cellSize) push(makeCell(x + h, y + h, h, rings));
  }
  // Start from the area centroid, which wins ties in round shapes.
  let best = makeCell(mean(xs), mean(ys), 0, rings);
  const bboxCell = makeCell(minX + width / 2, minY + height / 2, 0, rings);
  if (bboxCell.d > best.d) best = bboxCell;
  for (let c = queue.pop(); c; c = queue.pop()) {
    if (c.d > best.d) best = c;
    if (c.max - best.d <= precision) continue;
    const k = c.h / 2;
    push(makeCell(c.x - k, c.y - k, k, rings));
    push(makeCell(c.x + k, c.y - k, k, rings));
    push(makeCell(c.x - k, c.y + k, k, rings));
    push(makeCell(c.x + k, c.y + k, k, rings));
  }
  return [best.x, best.y];
}

function largestPolygon(geometry: AreaGeometry): Position[][] {
  const polygons = polygonsOf(geometry);
  let best = polygons[0]!;
  let bestArea = -1;
  for (const p of polygons) {
    const a = turfArea(turfPolygon(p));
    if (a > bestArea) {
      bestArea = a;
      best = p;
    }
  }
  return best;
}

/** The area centroid of a ring (shoelace formula). */
function ringCentroid(ring: XY[]): XY {
  let a = 0;
  let cx = 0;
  let cy = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const p = ring[i]!;
    const q = ring[j]!;
    const f = p[0] * q[1] - q[0] * p[1];
    a += f;
    cx += (p[0] + q[0]) * f;
    cy += (p[1] + q[1]) * f;
  }
  return a === 0 ? ring[0]! : [cx / (3 * a), cy / (3 * a)];
}

/**
 * The centroid when it sits well inside (it looks most central in long shapes such as the Gaza
 * Strip or Chile), else the pole of inaccessibility (for shapes like Canada or Croatia).
 */
function labelPoint(rings: Position[][]): Position {
  const projected = rings.map((ring) => ring.map((p): XY => [p[0]!, mercY(p[1]!)]));
  const xs = projected[0]!.map((p) => p[0]);
  const precision = Math.max(1e-4, (Math.max(...xs) - Math.min(...xs)) / 200);
  const pole = poleOfInaccessibility(projected, precision);
  const centroid = ringCentroid(projected[0]!);
  const [x, y] = signedDistance(centroid, projected) >= 0.3 * signedDistance(pole, projected) ? centroid : pole;
  const point: Position = [round(x, LABEL_DECIMALS), round(invMercY(y), LABEL_DECIMALS)];
  if (!booleanPointInPolygon(point, turfPolygon(rings))) {
    throw new Error(`label point ${point.join(',')} is outside its polygon`);
  }
  return point;
}

// ---------------------------------------------------------------------------------------------
// Countries

const PALESTINE_ID = '275';
const PALESTINE_AR = 'فلسطين';
const REGIONS = {
  westBank: {name: 'West Bank', name_ar: 'الضفة الغربية', name_es: 'Cisjordania'},
  gaza: {name: 'Gaza Strip', name_ar: 'قطاع غزة', name_es: 'Franja de Gaza'}
} as const;

countryNames.registerLocale(countryNamesAr);
countryNames.registerLocale(countryNamesEs);

/** A country's name in Arabic and Spanish, by its ISO 3166 numeric code (world-atlas ids); none for a feature without one. */
function translatedNames(numericId: string | number | undefined): Pick<LabelProps, 'name_ar' | 'name_es'> {
  const alpha2 = numericId === undefined ? undefined : countryNames.numericToAlpha2(String(numericId));
  if (!alpha2) return {};
  const ar = countryNames.getName(alpha2, 'ar');
  const es = countryNames.getName(alpha2, 'es');
  return {...(ar ? {name_ar: ar} : {}), ...(es ? {name_es: es} : {})};
}

/** Natural Earth's short names, spelled out where a label has the room. */
const COUNTRY_NAMES: Record<string, string> = {
  'United States of America': 'United States',
  'Bosnia and Herz.': 'Bosnia and Herzegovina',
  'Central African Rep.': 'Central African Republic',
  'Dominican Rep.': 'Dominican Republic',
  'Eq. Guinea': 'Equatorial Guinea',
  'S. Sudan': 'South Sudan',
  'W. Sahara': 'Western Sahara',
  'Dem. Rep. Congo': 'DR Congo',
  'Solomon Is.': 'Solomon Islands',
  'Falkland Is.': 'Falkland Islands'
};

/** The lowest zoom a country's name shows at, from its area. */
function countryRank(km2: number): number {
  if (km2 >= 1_500_000) return 1;
  if (km2 >= 250_000) return 2;
  if (km2 >= 40_000) return 3;
  if (km2 >= 5_000) return 4;
  if (km2 >= 500) return 5;
  return 6;
}

interface LabelProps {
  name: string;
  name_ar?: string;
  name_es?: string;
  kind: 'country' | 'state' | 'region';
  rank: number;
  abbr?: string;
  palestine?: true;
}

type CountryProps = {name: string; palestine?: true};

function buildCountries(world: Topology): {
  countries: FeatureCollection<AreaGeometry, CountryProps>;
  labels: Feature<Point, LabelProps>[];
} {
  const countries: Feature<AreaGeometry, CountryProps>[] = [];
  const labels: Feature<Point, LabelProps>[] = [];
  for (const f of featuresOf(world, 'countries')) {
    const raw = f.properties.name;
    const name = COUNTRY_NAMES[raw] ?? raw;
    const isPalestine = f.id === PALESTINE_ID;
    if (isPalestine && name !== 'Palestine') throw new Error(`world-atlas id 275 is "${name}", expected Palestine`);
    const geometry = toAreaGeometry(polygonsOf(f.geometry).flatMap(fixAntimeridian), WORLD_DECIMALS);
    if (!geometry) continue;
    const jump = maxLongitudeJump(polygonsOf(geometry).flat());
    if (jump > 180) throw new Error(`${name}: a ring still jumps ${jump}° in longitude`);
    const props: CountryProps = isPalestine ? {name, palestine: true} : {name};
    countries.push({type: 'Feature', properties: props, geometry});

    if (f.id === '010') continue; // Antarctica: no label on a map of the US and the Levant
    const km2 = turfArea(f.geometry) / 1e6;
    const label: LabelProps = isPalestine
      ? {name, ...translatedNames(f.id), name_ar: PALESTINE_AR, kind: 'country', rank: 1, palestine: true}
      : {name, ...translatedNames(f.id), kind: 'country', rank: countryRank(km2)};
    labels.push(pointFeature(labelPoint(largestPolygon(geometry)), label));

    if (isPalestine) {
      // The larger part is the West Bank, the smaller the Gaza Strip.
      const parts = polygonsOf(geometry)
        .map((p) => ({p, a: turfArea(turfPolygon(p))}))
        .sort((x, y) => y.a - x.a);
      if (parts.length !== 2) throw new Error(`Palestine has ${parts.length} parts, expected 2`);
      labels.push(pointFeature(labelPoint(parts[0]!.p), {...REGIONS.westBank, kind: 'region', rank: 7}));
      labels.push(pointFeature(labelPoint(parts[1]!.p), {...REGIONS.gaza, kind: 'region', rank: 7}));
    }
  }
  return {countries: {type: 'FeatureCollection', features: countries}, labels};
}

function pointFeature(coordinates: Position, properties: LabelProps): Feature<Point, LabelProps> {
  return {type: 'Feature', properties, geometry: {type: 'Point', coordinates}};
}

type MeshFilter = (a: {id?: string | number}, b: {id?: string | number}) => boolean;

function meshLines(topology: Topology, object: string, decimals: number, keep: MeshFilter): MultiLineString {
  const m = topoMesh(topology, topology.objects[object] as GeometryCollection, keep);
  const lines = m.coordinates.map((l) => roundLine(l, decimals)).filter((l) => l.length >= 2);
  if (maxLongitudeJump(lines) > 180) throw new Error(`${object}: a border line jumps across the antimeridian`);
  return {type: 'MultiLineString', coordinates: lines};
}

// ---------------------------------------------------------------------------------------------
// US states and counties

const USPS: Record<string, string> = {
  '01': 'AL', '02': 'AK', '04': 'AZ', '05': 'AR', '06': 'CA', '08': 'CO', '09': 'CT', '10': 'DE',
  '11': 'DC', '12': 'FL', '13': 'GA', '15': 'HI', '16': 'ID', '17': 'IL', '18': 'IN', '19': 'IA',
  '20': 'KS', '21': 'KY', '22': 'LA', '23': 'ME', '24': 'MD', '25': 'MA', '26': 'MI', '27': 'MN',
  '28': 'MS', '29': 'MO', '30': 'MT', '31': 'NE', '32': 'NV', '33': 'NH', '34': 'NJ', '35': 'NM',
  '36': 'NY', '37': 'NC', '38': 'ND', '39': 'OH', '40': 'OK', '41': 'OR', '42': 'PA', '44': 'RI',
  '45': 'SC', '46': 'SD', '47': 'TN', '48': 'TX', '49': 'UT', '50': 'VT', '51': 'VA', '53': 'WA',
  '54': 'WV', '55': 'WI', '56': 'WY', '60': 'AS', '66': 'GU', '69': 'MP', '72': 'PR', '78': 'VI'
};

/** The lowest zoom a state's name (or abbreviation) shows at. */
function stateRank(id: string, km2: number): number {
  if (id === '11') return 7; // DC sits on Maryland's label at lower zooms
  if (km2 >= 20_000) return 3;
  return 4;
}

type StateProps = {id: string; name: string};

function buildStates(us: Topology): {
  states: FeatureCollection<AreaGeometry, StateProps>;
  labels: Feature<Point, LabelProps>[];
} {
  const states: Feature<AreaGeometry, StateProps>[] = [];
  const labels: Feature<Point, LabelProps>[] = [];
  for (const f of featuresOf(us, 'states')) {
    const id = String(f.id);
    const name = f.properties.name;
    const abbr = USPS[id];
    if (!abbr) throw new Error(`us-atlas state ${id} (${name}) has no USPS code here`);
    const geometry = toAreaGeometry(polygonsOf(f.geometry).flatMap(fixAntimeridian), US_DECIMALS);
    if (!geometry) continue;
    states.push({type: 'Feature', id, properties: {id, name}, geometry});
    const km2 = turfArea(f.geometry) / 1e6;
    labels.push(pointFeature(labelPoint(largestPolygon(geometry)), {name, kind: 'state', rank: stateRank(id, km2), abbr}));
  }
  return {states: {type: 'FeatureCollection', features: states}, labels};
}

// ---------------------------------------------------------------------------------------------
// The US side of the Great Lakes. Natural Earth's country polygons run across lakes, so on their
// own the lakes are land and Michigan has no shape. The Census states stop at the shore: the US
// polygon of Natural Earth minus the Census nation, around the lakes, is the US part of the lakes.
// (No input here has the Canadian shore, so the Canadian part stays land.)

const GREAT_LAKES_BBOX: [number, number, number, number] = [-93, 40.5, -75, 49.5];
const MIN_LAKE_KM2 = 300;

function clippedMultiPolygon(geometry: AreaGeometry, bbox: [number, number, number, number]): Feature<MultiPolygon> {
  const clipped = bboxClip(geometry, bbox).geometry as AreaGeometry;
  const polygons = polygonsOf(clipped)
    .map((p) => p.filter((ring) => ring.length >= 4))
    .filter((p) => p.length > 0);
  return turfMultiPolygon(polygons);
}

function buildUsLakes(world: Topology, us: Topology): FeatureCollection<Polygon, {name: string}> {
  const usNe = featuresOf(world, 'countries').find((f) => f.id === '840');
  const nation = featuresOf(us, 'nation')[0];
  if (!usNe || !nation) throw new Error('no US polygon in world-atlas or us-atlas');
  const wider: [number, number, number, number] = [
    GREAT_LAKES_BBOX[0] - 1, GREAT_LAKES_BBOX[1] - 1, GREAT_LAKES_BBOX[2] + 1, GREAT_LAKES_BBOX[3] + 1
  ];
  const water = turfDifference(
    featureCollection([clippedMultiPolygon(usNe.geometry, GREAT_LAKES_BBOX), clippedMultiPolygon(nation.geometry, wider)])
  );
  if (!water) throw new Error('no Great Lakes water found');
  const lakes: Feature<Polygon, {name: string}>[] = [];
  for (const p of polygonsOf(water.geometry)) {
    if (turfArea(turfPolygon(p)) / 1e6 < MIN_LAKE_KM2) continue; // slivers where the two coastlines differ
    const rounded = roundPolygon(p, US_DECIMALS);
    if (rounded) lakes.push({type: 'Feature', properties: {name: 'Great Lakes (US part)'}, geometry: {type: 'Polygon', coordinates: rounded}});
  }
  if (lakes.length < 4) throw new Error(`expected the US parts of at least 4 Great Lakes, found ${lakes.length}`);
  return {type: 'FeatureCollection', features: lakes};
}

// ---------------------------------------------------------------------------------------------
// Output

function lineFeature(geometry: MultiLineString): FeatureCollection<MultiLineString> {
  return {type: 'FeatureCollection', features: [{type: 'Feature', properties: {}, geometry}]};
}

async function writeJson(file: string, value: unknown): Promise<void> {
  const text = JSON.stringify(value);
  await writeFile(path.join(OUT_BASEMAP, file), text);
  console.log(`  ${file.padEnd(24)} ${(text.length / 1024).toFixed(0).padStart(6)} KB`);
}

async function buildGeo(): Promise<void> {
  const world = await readTopology('world-atlas/countries-50m.json');
  const us = await readTopology('us-atlas/counties-10m.json');
  await mkdir(OUT_BASEMAP, {recursive: true});

  const {countries, labels: countryLabels} = buildCountries(world);
  const {states, labels: stateLabels} = buildStates(us);
  const countryLines = meshLines(world, 'countries', WORLD_DECIMALS, (a, b) => a !== b);
  const stateLines = meshLines(us, 'states', US_DECIMALS, (a, b) => a !== b);
  // Borders between two counties of the same state: state borders are drawn by their own layer.
  const countyLines = meshLines(us, 'counties', US_DECIMALS, (a, b) => a !== b && String(a.id).slice(0, 2) === String(b.id).slice(0, 2));

  const lakes = buildUsLakes(world, us);

  const labels: FeatureCollection<Point, LabelProps> = {
    type: 'FeatureCollection',
    features: [...countryLabels, ...stateLabels].sort((a, b) => a.properties.rank - b.properties.rank)
  };

  console.log('public/basemap:');
  await writeJson(BASEMAP_FILES.countries, countries);
  await writeJson(BASEMAP_FILES.countryLines, lineFeature(countryLines));
  await writeJson(BASEMAP_FILES.states, states);
  await writeJson(BASEMAP_FILES.stateLines, lineFeature(stateLines));
  await writeJson(BASEMAP_FILES.countyLines, lineFeature(countyLines));
  await writeJson(BASEMAP_FILES.lakes, lakes);
  await writeJson(BASEMAP_FILES.labels, labels);
  // The app and `npm run data:check` check every record's point against the same boundaries.
  const palestine = countries.features.find((f) => f.properties.palestine);
  if (!palestine) throw new Error('no Palestine feature among the countries');
  await writeJson(PLACEMENT_FILE, buildPlacementAreas([
    ...states.features.map((f) => ({key: USPS[f.properties.id]!, area: f})),
    {key: PALESTINE_AREA, area: palestine}
  ]));
  await writeNotice(OUT_BASEMAP, [
      'Generated by `npm run basemap:build` (src/cli/build-basemap.ts). Do not edit by hand.',
      'Countries: Natural Earth 1:50m (public domain), via the world-atlas package (ISC).',
      'US states, counties and the US part of the Great Lakes: US Census Bureau cartographic boundaries (public domain), via the us-atlas package (ISC).'
  ]);
}

// ---------------------------------------------------------------------------------------------
// Glyphs

interface Fontnik {
  range(options: {font: Buffer; start: number; end: number}, callback: (err: Error | null, pbf?: Buffer) => void): void;
}
interface GlyphComposite {
  combine(buffers: Buffer[], fontstack?: string): Buffer | undefined;
}

/** Debian's fonts-noto-core; NOTO_FONT_DIR overrides it. */
const FONT_DIR = process.env.NOTO_FONT_DIR ?? '/usr/share/fonts/truetype/noto';
const FONT_FILES: Record<string, string> = {
  'Noto Sans Regular': 'NotoSans-Regular.ttf',
  'Noto Sans Bold': 'NotoSans-Bold.ttf',
  'Noto Naskh Arabic Regular': 'NotoNaskhArabic-Regular.ttf',
  'Noto Naskh Arabic Bold': 'NotoNaskhArabic-Bold.ttf'
};

/**
 * Only the ranges the map uses: Latin and Latin-1, Latin Extended-A (ā ī ū), Latin Extended
 * Additional (ḩ ţ), punctuation, Arabic, and the Arabic presentation forms MapLibre's shaping
 * (or the RTL text plugin) turns Arabic letters into.
 */
const GLYPH_RANGE_STARTS = [0, 256, 1536, 7680, 8192, 64256, 64512, 64768, 65024] as const;

function fontnikRange(fontnik: Fontnik, font: Buffer, start: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    fontnik.range({font, start, end: start + 255}, (err, pbf) => (err || !pbf ? reject(err ?? new Error('no pbf')) : resolve(pbf)));
  });
}

function checkFonts(): void {
  const missing = Object.values(FONT_FILES).filter((f) => !existsSync(path.join(FONT_DIR, f)));
  if (missing.length > 0) {
    console.error(`Missing fonts in ${FONT_DIR}: ${missing.join(', ')}`);
    console.error('Install them with: apt-get install fonts-noto-core');
    process.exit(1);
  }
}

async function buildGlyphs(): Promise<void> {
  checkFonts();
  const fontnik = require('fontnik') as Fontnik;
  const composite = require('@mapbox/glyph-pbf-composite') as GlyphComposite;
  const fonts = new Map<string, Buffer>();
  for (const [name, file] of Object.entries(FONT_FILES)) fonts.set(name, await readFile(path.join(FONT_DIR, file)));

  await mkdir(OUT_FONTS, {recursive: true});
  console.log('public/fonts:');
  for (const stack of BASEMAP_FONT_STACKS) {
    const dirName = fontstackDirName(stack);
    const dir = path.join(OUT_FONTS, dirName);
    await rm(dir, {recursive: true, force: true});
    await mkdir(dir, {recursive: true});
    let bytes = 0;
    for (const start of GLYPH_RANGE_STARTS) {
      const buffers = await Promise.all(
        stack.map((name) => {
          const font = fonts.get(name);
          if (!font) throw new Error(`no font file for "${name}"`);
          return fontnikRange(fontnik, font, start);
        })
      );
      const combined = composite.combine(buffers, dirName);
      if (!combined) throw new Error(`could not combine ${dirName} ${start}`);
      await writeFile(path.join(dir, `${start}-${start + 255}.pbf`), combined);
      bytes += combined.length;
    }
    console.log(`  ${dirName.padEnd(48)} ${(bytes / 1024).toFixed(0).padStart(6)} KB`);
  }
  await writeNotice(OUT_FONTS, [
      'Generated by `npm run basemap:build` (src/cli/build-basemap.ts) with fontnik. Do not edit by hand.',
      'Glyphs rendered from Noto Sans and Noto Naskh Arabic (Debian fonts-noto-core),',
      'Copyright The Noto Project Authors, licensed under the SIL Open Font License 1.1 (https://openfontlicense.org).'
  ]);
}

/** Where generated files come from and under which licences, next to the files themselves. */
async function writeNotice(dir: string, lines: readonly string[]): Promise<void> {
  await writeFile(path.join(dir, 'NOTICE.txt'), `${lines.join('\n')}\n`);
}

async function dirSize(dir: string): Promise<number> {
  let total = 0;
  for (const entry of await readdir(dir, {withFileTypes: true})) {
    const p = path.join(dir, entry.name);
    total += entry.isDirectory() ? await dirSize(p) : (await stat(p)).size;
  }
  return total;
}

async function main(): Promise<void> {
  const args = new Set(process.argv.slice(2));
  if (!args.has('--skip-glyphs')) checkFonts(); // fail before writing anything
  if (!args.has('--skip-geo')) await buildGeo();
  if (!args.has('--skip-glyphs')) await buildGlyphs();
  for (const dir of [OUT_BASEMAP, OUT_FONTS]) {
    if (existsSync(dir)) console.log(`${path.relative(ROOT, dir)}: ${((await dirSize(dir)) / 1024 / 1024).toFixed(2)} MB`);
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
