import {bbox} from '@turf/turf';
import type {LngLat} from '../domain/records';
import {radiusArea} from '../geo/near';
import {boundsOfPair, type Bounds} from '../geo/bounds';
import type {DatasetIndex} from '../store/derived';
import type {AppState, Camera, Focus, Region} from '../store/store';

export type CameraTarget = {bounds: Bounds} | {center: LngLat; minZoom: number};

/** The contiguous US, where almost every record is; arcs run east from it to Palestine. */
export const US_BOUNDS: Bounds = [[-125, 24.5], [-66.5, 49.5]];

/**
 * The places a "Go to" button shows: the contiguous US; Alaska, which the US view leaves out (Anchorage and
 * Juneau have records; the Aleutians west of 170° W are cut so the box does not span the antimeridian); and the
 * West Bank and Gaza, where the arcs arrive.
 */
export const REGIONS: Readonly<Record<Region, {label: string; bounds: Bounds}>> = {
  us: {label: 'US', bounds: US_BOUNDS},
  alaska: {label: 'Alaska', bounds: [[-170, 54], [-130, 71.5]]},
  palestine: {label: 'Palestine', bounds: [[34.2, 31.2], [35.6, 32.6]]}
};

/** The box of the chosen place's radius. */
export function areaBounds(center: LngLat, miles: number): Bounds {
  const [west, south, east, north] = bbox(radiusArea(center, miles));
  return [[west, south], [east, north]];
}

/** Where the map opens: a shared link's camera, else its chosen area, else the contiguous US. */
export function initialView(state: Pick<AppState, 'camera' | 'place' | 'radius'>): {camera: Camera} | {bounds: Bounds} {
  if (state.camera) return {camera: state.camera};
  return {bounds: state.place ? areaBounds(state.place.point, state.radius) : US_BOUNDS};
}

/** Camera positions are kept at URL precision, so a restored link compares equal to the map it made. */
export function roundedCamera(center: LngLat, zoom: number): Camera {
  return {center: [Number(center[0].toFixed(4)), Number(center[1].toFixed(4))], zoom: Number(zoom.toFixed(2))};
}

/**
 * Where the camera should go so the focused thing is in view: the chosen area whole, a link's both ends, a Palestinian
 * locality is shown close enough to read its neighbours, and a US place is only panned to when off screen.
 */
export function cameraTargetFor(focus: Focus, index: DatasetIndex, state: Pick<AppState, 'place' | 'radius' | 'stateBounds'>): CameraTarget | null {
  switch (focus.kind) {
    case 'area':
      return state.place ? {bounds: areaBounds(state.place.point, state.radius)} : null;
    case 'region':
      return {bounds: REGIONS[focus.id].bounds};
    case 'link': {
      const link = index.link.get(focus.id);
      const from = link && index.jurisdiction.get(link.jurisdictionId);
      const to = link && index.locality.get(link.localityId);
      return from && to ? {bounds: boundsOfPair(from.point, to.point)} : null;
    }
    case 'locality': {
      const locality = index.locality.get(focus.id);
      return locality ? {center: locality.point, minZoom: 7.5} : null;
    }
    case 'jurisdiction': {
      const place = index.jurisdiction.get(focus.id);
      return place ? {center: place.point, minZoom: 0} : null;
    }
    case 'state': {
      const bounds = state.stateBounds.get(focus.id);
      return bounds ? {bounds} : null;
    }
    case 'point':
      return {center: focus.center, minZoom: focus.minZoom};
    case 'county':
    case 'ps-place':
    case 'place':
      // Their points are in the gazetteer: whoever selects one passes a point focus with it.
      return null;
  }
}
