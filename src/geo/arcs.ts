import {distance, greatCircle, point} from '@turf/turf';
import type {LineString, MultiLineString, Position} from 'geojson';
import type {LngLat} from '../domain/records';
import {type Message, message} from '../i18n/message';

/** Enough vertices that a transatlantic arc looks smooth at world zoom and stays split-safe (Turf #2226). */
export const ARC_POINTS = 128;

/**
 * Splits a path into pieces wherever it jumps across the antimeridian, adding the crossing point to both
 * sides so the pieces meet exactly at ±180. Turf 7.4's greatCircle leaves gaps at the split, or returns
 * one globe-wrapping LineString for some pairs (Anchorage to Bethlehem; Turf #3030), so we do not rely on it.
 */
export function splitAtAntimeridian(path: readonly Position[]): Position[][] {
  const pieces: Position[][] = [];
  let current: Position[] = [];
  for (const [i, p] of path.entries()) {
    const prev = path[i - 1];
    if (prev && Math.abs(p[0]! - prev[0]!) > 180) {
      const edge = prev[0]! > 0 ? 180 : -180;
      const unwrapped = p[0]! + (edge > 0 ? 360 : -360);
      const t = (edge - prev[0]!) / (unwrapped - prev[0]!);
      const lat = prev[1]! + t * (p[1]! - prev[1]!);
      current.push([edge, lat]);
      pieces.push(current);
      current = [[-edge, lat]];
    }
    current.push([p[0]!, p[1]!]);
  }
  pieces.push(current);
  return pieces.filter((piece) => piece.length >= 2);
}

/** The great-circle path between two places: a LineString, or a MultiLineString when it crosses ±180. */
export function greatCircleArc(from: LngLat, to: LngLat, npoints = ARC_POINTS): LineString | MultiLineString {
  const geometry = greatCircle(point([...from]), point([...to]), {npoints}).geometry;
  const path = geometry.type === 'MultiLineString' ? geometry.coordinates.flat() : geometry.coordinates;
  const pieces = splitAtAntimeridian(path);
  return pieces.length === 1 ? {type: 'LineString', coordinates: pieces[0]!} : {type: 'MultiLineString', coordinates: pieces};
}

/**
 * Why no arc can join two link ends, or undefined when one can: the same point has no direction, and opposite
 * points of the Earth are joined by every great circle at once (Turf's greatCircle throws there).
 */
export function linkEndsProblem(from: LngLat, to: LngLat): Message | undefined {
  if (distance(point([...from]), point([...to]), {units: 'kilometers'}) < 1) {
    return message('issue.arcSamePoint');
  }
  try {
    const arc = greatCircleArc(from, to);
    const positions = arc.type === 'LineString' ? arc.coordinates : arc.coordinates.flat();
    if (positions.length >= 2 && positions.every((p) => p.every(Number.isFinite))) return undefined;
  } catch {
    // Reported below, like a path with no usable points.
  }
  return message('issue.arcAntipodes');
}
