import {booleanPointInPolygon, point, pointToPolygonDistance} from '@turf/turf';
import type {Feature, MultiPolygon, Polygon} from 'geojson';
import type {DataIssue, LngLat} from '../domain/records';

export type Area = Feature<Polygon | MultiPolygon>;

/** How far outside an area a point lies, in kilometres; 0 when it is inside. */
export function kilometresOutside(p: LngLat, area: Area): number {
  const pt = point([...p]);
  return booleanPointInPolygon(pt, area) ? 0 : pointToPolygonDistance(pt, area, {units: 'kilometers'});
}

export interface PlacedRecord {
  file: string;
  row: number;
  point: LngLat;
  /** The area the point must fall in, by key (a USPS state code, or "PS" for Palestine). */
  area: string;
}

/**
 * Checks that each point falls inside the area it claims, allowing for the simplified boundaries of the
 * basemap (a coastal city can sit just off a 1:10m coastline). Catches swapped coordinates and wrong states.
 */
export function misplacedRecords(records: readonly PlacedRecord[], areas: ReadonlyMap<string, Area>, toleranceKm: number): DataIssue[] {
  return records.flatMap((r): DataIssue[] => {
    const area = areas.get(r.area);
    if (!area) return [{file: r.file, row: r.row, column: 'point', message: `no boundary known for "${r.area}" to check the point against`}];
    const km = kilometresOutside(r.point, area);
    if (km <= toleranceKm) return [];
    return [{file: r.file, row: r.row, column: 'point', message: `[${r.point.join(', ')}] lies ${Math.round(km)} km outside ${r.area}`}];
  });
}
