import type {Position} from 'geojson';
import {describe, expect, it} from 'vitest';
import {greatCircleArc, splitAtAntimeridian} from '../../src/geo/arcs';
import {boundsOfPair} from '../../src/geo/bounds';

const HONOLULU = [-157.8583, 21.3069] as const;
const ANCHORAGE = [-149.9003, 61.2181] as const;
const MUSCATINE = [-91.04321, 41.42447] as const;
const RAMALLAH = [35.20422, 31.89964] as const;
const BETHLEHEM = [35.20376, 31.70487] as const;

function pieces(from: readonly [number, number], to: readonly [number, number]): Position[][] {
  const g = greatCircleArc(from, to);
  return g.type === 'MultiLineString' ? g.coordinates : [g.coordinates];
}

function maxLongitudeStep(lines: Position[][]): number {
  return Math.max(...lines.flatMap((l) => l.slice(1).map((p, i) => Math.abs(p[0]! - l[i]![0]!))));
}

describe('great-circle arcs', () => {
  it('draws Muscatine to Ramallah as one smooth line from one city to the other', () => {
    const g = greatCircleArc(MUSCATINE, RAMALLAH);
    expect(g.type).toBe('LineString');
    const coords = g.coordinates as Position[];
    expect(coords[0]).toEqual([...MUSCATINE]);
    expect(coords.at(-1)![0]).toBeCloseTo(RAMALLAH[0], 6);
    expect(coords.length).toBeGreaterThanOrEqual(100);
    expect(maxLongitudeStep([coords])).toBeLessThan(5);
  });

  it.each([
    ['Honolulu to Ramallah', HONOLULU, RAMALLAH],
    ['Anchorage to Bethlehem', ANCHORAGE, BETHLEHEM]
  ])('splits %s at the antimeridian into pieces that meet at ±180', (_name, from, to) => {
    const lines = pieces(from, to);
    expect(lines).toHaveLength(2);
    for (const p of lines.flat()) {
      expect(Math.abs(p[0]!)).toBeLessThanOrEqual(180);
      expect(Math.abs(p[1]!)).toBeLessThanOrEqual(90);
    }
    const [west, east] = lines as [Position[], Position[]];
    expect(Math.abs(west.at(-1)![0]!)).toBe(180);
    expect(Math.abs(east[0]![0]!)).toBe(180);
    expect(west.at(-1)![0]).toBe(-east[0]![0]!);
    expect(west.at(-1)![1]).toBeCloseTo(east[0]![1]!, 9);
    // No segment may wrap around the world: that is the band across the map users would see.
    expect(maxLongitudeStep(lines)).toBeLessThan(30); // near the pole longitude turns fast, but never 180°+
    expect(west[0]).toEqual([...from]);
    expect(east.at(-1)![0]).toBeCloseTo(to[0], 6);
  });

  it('leaves a path that never crosses ±180 in one piece', () => {
    expect(splitAtAntimeridian([[10, 0], [20, 1], [30, 2]])).toEqual([[[10, 0], [20, 1], [30, 2]]]);
  });

  it('interpolates the crossing latitude between the two points either side', () => {
    expect(splitAtAntimeridian([[170, 10], [-170, 20]])).toEqual([
      [[170, 10], [180, 15]],
      [[-180, 15], [-170, 20]]
    ]);
  });
});

describe('bounds of a link', () => {
  it('spans Muscatine and Ramallah eastwards', () => {
    expect(boundsOfPair(MUSCATINE, RAMALLAH)).toEqual([[MUSCATINE[0], RAMALLAH[1]], [RAMALLAH[0], MUSCATINE[1]]]);
  });

  it('goes the short way round from Honolulu, across the antimeridian', () => {
    const [[west], [east]] = boundsOfPair(HONOLULU, RAMALLAH);
    expect(west).toBeCloseTo(RAMALLAH[0] - 360, 6);
    expect(east).toBeCloseTo(HONOLULU[0], 6);
    expect(east - west).toBeLessThan(180);
  });
});
