import type {LngLat} from '../domain/records';

export type Bounds = [[number, number], [number, number]];

/**
 * The box around two places, the short way round the world: for Honolulu to Ramallah the west edge runs
 * past −180, which MapLibre's fitBounds accepts, so the whole arc fits on screen instead of the globe.
 */
export function boundsOfPair(a: LngLat, b: LngLat): Bounds {
  let [west, east] = a[0] <= b[0] ? [a[0], b[0]] : [b[0], a[0]];
  if (east - west > 180) [west, east] = [east - 360, west];
  return [[west, Math.min(a[1], b[1])], [east, Math.max(a[1], b[1])]];
}
