import {bbox, booleanPointInPolygon, point, pointToPolygonDistance, simplify} from '@turf/turf';
import type {Feature, FeatureCollection, MultiPolygon, Polygon} from 'geojson';
import type {DataIssue, LngLat} from '../domain/records';
import {type Message, message} from '../i18n/message';

export type Area = Feature<Polygon | MultiPolygon>;
export type PlacementAreas = ReadonlyMap<string, Area>;

/** The key of the West Bank and Gaza among the areas; every other key is a USPS state code. */
export const PALESTINE_AREA = 'PS';

/**
 * 10 km: the basemap's 1:10m coastlines, simplified for this check, cut off some harbour towns; swapped or
 * wrong-state points miss by far more.
 */
export const PLACEMENT_TOLERANCE_KM = 10;

/** The file both `npm run data:check` and the app read their boundaries from, so the two judge alike. */
export const PLACEMENT_FILE = 'placement.geojson';

/** How far outside an area a point lies, in kilometres; 0 when it is inside. */
export function kilometresOutside(p: LngLat, area: Area): number {
  const [west, south, east, north] = area.bbox ?? [-180, -90, 180, 90];
  const pt = point([...p]);
  const inBox = p[0] >= west! && p[0] <= east! && p[1] >= south! && p[1] <= north!;
  return inBox && booleanPointInPolygon(pt, area) ? 0 : pointToPolygonDistance(pt, area, {units: 'kilometers'});
}

/** Why a point does not lie where its record says, or undefined when it does. */
export function placementProblem(p: LngLat, areaKey: string, areas: PlacementAreas, toleranceKm = PLACEMENT_TOLERANCE_KM): Message | undefined {
  const area = areas.get(areaKey);
  if (!area) return message('issue.noBoundary', {area: areaKey});
  const km = kilometresOutside(p, area);
  if (km <= toleranceKm) return undefined;
  // Written as plain digits, the point as the file gives it: the distance too, so that data:check's English stays as it was.
  const values = {point: p.join(', '), km: String(Math.round(km))};
  return areaKey === PALESTINE_AREA ? message('issue.outsidePalestine', values) : message('issue.outsideArea', {...values, area: areaKey});
}

export interface PlacedRecord {
  file: string;
  row: number;
  point: LngLat;
  /** The area the point must fall in, by key (a USPS state code, or "PS" for Palestine). */
  area: string;
}

/**
 * Checks that each point falls inside the area it claims, allowing for the simplified boundaries.
 * Catches swapped coordinates and wrong states.
 */
export function misplacedRecords(records: readonly PlacedRecord[], areas: PlacementAreas, toleranceKm = PLACEMENT_TOLERANCE_KM): DataIssue[] {
  return records.flatMap((r): DataIssue[] => {
    const text = placementProblem(r.point, r.area, areas, toleranceKm);
    return text ? [{file: r.file, row: r.row, column: 'point', text}] : [];
  });
}

type AreaCollection = FeatureCollection<Polygon | MultiPolygon, {area?: unknown}>;

/** Reads the placement file: one feature per area, keyed by its `area` property, each with its bounding box. */
export function readPlacementAreas(json: unknown): Map<string, Area> {
  const collection = json as AreaCollection;
  const areas = new Map<string, Area>();
  for (const feature of collection?.features ?? []) {
    const key = feature?.properties?.area;
    const type = feature?.geometry?.type;
    if (typeof key === 'string' && (type === 'Polygon' || type === 'MultiPolygon')) areas.set(key, {...feature, bbox: feature.bbox ?? bbox(feature)});
  }
  return areas;
}

/**
 * The placement file from the basemap's state boundaries and Palestine, simplified to about two kilometres: small
 * enough for the app to load beside the data, exact enough for a 10 km tolerance.
 */
export function buildPlacementAreas(areas: readonly {key: string; area: Area}[]): FeatureCollection<Polygon | MultiPolygon, {area: string}> {
  return {
    type: 'FeatureCollection',
    features: areas.map(({key, area}) => {
      const simple = simplify(area, {tolerance: 0.02, highQuality: false});
      const rounded = JSON.parse(JSON.stringify(simple.geometry, (_k, v: unknown) => (typeof v === 'number' ? Math.round(v * 1000) / 1000 : v)));
      // Rounded outwards, so the box still holds the whole area.
      const [west, south, east, north] = bbox(simple).map((n, i) => (i < 2 ? Math.floor(n * 100) : Math.ceil(n * 100)) / 100);
      return {type: 'Feature', properties: {area: key}, geometry: rounded, bbox: [west!, south!, east!, north!]};
    })
  };
}
