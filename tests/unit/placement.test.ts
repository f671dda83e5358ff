import type {Feature, Polygon} from 'geojson';
import {describe, expect, it} from 'vitest';
import {kilometresOutside, misplacedRecords} from '../../src/geo/placement';
import {worded} from '../fixtures/english';

// A 1°×1° square standing in for a state.
const SQUARE: Feature<Polygon> = {
  type: 'Feature',
  properties: {},
  geometry: {type: 'Polygon', coordinates: [[[-100, 40], [-99, 40], [-99, 41], [-100, 41], [-100, 40]]]}
};
const AREAS = new Map([['KS', SQUARE]]);

describe('placement checks', () => {
  it('measures zero inside and the distance outside', () => {
    expect(kilometresOutside([-99.5, 40.5], SQUARE)).toBe(0);
    expect(kilometresOutside([-98.9, 40.5], SQUARE)).toBeCloseTo(8.4, 0);
  });

  it('accepts a point just outside, within the tolerance for simplified coastlines', () => {
    expect(misplacedRecords([{file: 'f', row: 2, point: [-98.95, 40.5], area: 'KS'}], AREAS, 10)).toEqual([]);
  });

  it('reports swapped coordinates with the row and how far off they are', () => {
    const issues = misplacedRecords([{file: 'municipalities.geojson', row: 3, point: [40.5, -99.5], area: 'KS'}], AREAS, 10);
    expect(issues.map(worded)).toEqual([expect.objectContaining({file: 'municipalities.geojson', row: 3, column: 'point', message: expect.stringMatching(/km outside KS/)})]);
  });

  it('reports a claimed area it has no boundary for', () => {
    expect(worded(misplacedRecords([{file: 'f', row: 2, point: [0, 0], area: 'ZZ'}], AREAS, 10)[0]!).message).toContain('"ZZ"');
  });
});
