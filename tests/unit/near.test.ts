import {bbox} from '@turf/turf';
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {DEFAULT_FILTERS} from '../../src/filters/model';
import {milesBetween, radiusArea, recordsByDistance} from '../../src/geo/near';
import {DATA_FILES, type DatasetTexts, parseDataset} from '../../src/loaders/dataset';
import {locationErrorKey, roundedLocation} from '../../src/ui/locate';
import {english} from '../fixtures/english';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'dataset');
const dataset = parseDataset(
  Object.fromEntries(Object.entries(DATA_FILES).map(([k, f]) => [k, readFileSync(join(FIXTURES, f), 'utf8')])) as DatasetTexts
);
const ANN_ARBOR = [-83.74304, 42.28083] as const;

describe('distances and radius', () => {
  it('measures Ann Arbor to Dearborn as about 28 miles', () => {
    expect(milesBetween(ANN_ARBOR, [-83.17631, 42.32226])).toBeCloseTo(28.9, 0);
  });

  it('draws a radius whose edge lies the radius away from the centre', () => {
    const area = radiusArea(ANN_ARBOR, 25);
    for (const p of area.geometry.coordinates[0]!) expect(milesBetween(ANN_ARBOR, p as [number, number])).toBeCloseTo(25, 1);
    const [west, , east] = bbox(area);
    expect(east - west).toBeCloseTo((2 * 25) / (69.17 * Math.cos((ANN_ARBOR[1] * Math.PI) / 180)), 1);
  });
});

describe('records by distance', () => {
  it('sorts every kind of record nearest first, with its distance', () => {
    const items = recordsByDistance(dataset, DEFAULT_FILTERS, ANN_ARBOR);
    expect(items.map((i) => i.kind)).toEqual(['campaign', 'link']);
    expect(items[0]?.jurisdiction.name).toBe('Dearborn');
    expect(items[0]?.miles).toBeCloseTo(28.9, 0);
    expect(items[1]?.jurisdiction.name).toBe('Muscatine');
  });

  it('follows the type and status filters', () => {
    const onlyFailed = recordsByDistance(dataset, {...DEFAULT_FILTERS, statuses: ['failed']}, ANN_ARBOR);
    expect(onlyFailed).toEqual([]);
    const onlySister = recordsByDistance(dataset, {...DEFAULT_FILTERS, types: ['sister-cities']}, ANN_ARBOR);
    expect(onlySister.map((i) => i.kind)).toEqual(['link']);
  });

  it('shows sister-city links with the Sister Cities type, one switch for both', () => {
    const noLinks = recordsByDistance(dataset, {...DEFAULT_FILTERS, types: DEFAULT_FILTERS.types.filter((t) => t !== 'sister-cities')}, ANN_ARBOR);
    expect(noLinks.map((i) => i.kind)).toEqual(['campaign']);
  });

  it('leaves out state-wide records, whose point is only a label', () => {
    // The fixture's only police record belongs to the Vermont State Police.
    expect(recordsByDistance(dataset, DEFAULT_FILTERS, [-72.5, 44]).some((i) => i.kind === 'police')).toBe(false);
  });
});

describe('use my location', () => {
  it('rounds the position to about a kilometre before anything sees it', () => {
    expect(roundedLocation(40.014994, -105.270552)).toEqual({label: 'Your location', point: [-105.27, 40.01], own: true});
  });

  it('explains a denied permission and points to search', () => {
    expect(english(locationErrorKey(1))).toMatch(/denied.*ZIP code or city/);
    expect(english(locationErrorKey('unsupported'))).toMatch(/cannot share a location/);
  });
});
