import {describe, expect, it} from 'vitest';
import {CAMPAIGN_STATUSES, CAMPAIGN_TYPE_IDS} from '../../src/domain/vocabulary';
import {THEMATIC_LAYERS} from '../../src/filters/model';
import {RADII_MILES} from '../../src/geo/near';
import type {Selection} from '../../src/store/store';
import {DEFAULT_VIEW, readSharedView, SHARED_LOCATION, type SharedView, toSearchParams} from '../../src/store/url-state';

const fromSearchParams = (p: URLSearchParams) => readSharedView(p).view;

function random(seed: number) {
  let s = seed;
  return () => ((s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
}

function pick<T>(items: readonly T[], next: () => number): T {
  return items[Math.floor(next() * items.length)]!;
}

const LABELS = ['Boulder, CO', 'ZIP 48126', 'Your location', 'Saint-Jean & "Fils", LA', 'رام الله', 'a=b&c=d?#x'];
const SELECTIONS: (Selection | null)[] = [
  null,
  {kind: 'jurisdiction', id: '0807850'},
  {kind: 'link', id: 'boulder-nablus'},
  {kind: 'locality', id: 'jenin-camp'},
  {kind: 'state', id: 'TX'}
];

/** A random view whose numbers are already at URL precision, so the round trip must be exact. */
function randomView(next: () => number): SharedView {
  const subset = <T,>(all: readonly T[]) => all.filter(() => next() < 0.6);
  const fixed = (n: number, digits: number) => Number(n.toFixed(digits));
  return {
    filters: {
      types: next() < 0.3 ? CAMPAIGN_TYPE_IDS : subset(CAMPAIGN_TYPE_IDS),
      statuses: next() < 0.3 ? CAMPAIGN_STATUSES : subset(CAMPAIGN_STATUSES),
      layers: Object.fromEntries(THEMATIC_LAYERS.map((l) => [l, next() < 0.7])) as SharedView['filters']['layers']
    },
    place: next() < 0.5 ? null : {label: pick(LABELS, next), point: [fixed(next() * 360 - 180, 5), fixed(next() * 180 - 90, 5)]},
    radius: pick(RADII_MILES, next),
    selection: pick(SELECTIONS, next),
    camera: next() < 0.3 ? null : {zoom: fixed(next() * 14, 2), center: [fixed(next() * 360 - 180, 4), fixed(next() * 170 - 85, 4)]},
    projection: next() < 0.5 ? 'mercator' : 'globe',
    compare: next() < 0.7 ? [] : ['1714000', '17031', 'gn5574991'].filter(() => next() < 0.6)
  };
}

describe('the view in the URL', () => {
  it('survives state → URL → state for 500 generated views', () => {
    const next = random(42);
    for (let i = 0; i < 500; i++) {
      const view = randomView(next);
      const url = `https://example.org/map/?${toSearchParams(view).toString()}`;
      expect(fromSearchParams(new URL(url).searchParams), url).toEqual(view);
    }
  });

  it('leaves the default view as a plain link', () => {
    expect(toSearchParams(DEFAULT_VIEW).toString()).toBe('');
    expect(fromSearchParams(new URLSearchParams())).toEqual(DEFAULT_VIEW);
  });

  it('keeps "no type selected" apart from "all types"', () => {
    const none = {...DEFAULT_VIEW, filters: {...DEFAULT_VIEW.filters, types: []}};
    expect(fromSearchParams(toSearchParams(none)).filters.types).toEqual([]);
  });

  it('ignores malformed or hostile values instead of failing', () => {
    const view = fromSearchParams(new URLSearchParams('t=ceasefire,<script>&near=abc,1&r=7&sel=javascript:alert(1)&map=99/0/0'));
    expect(view.filters.types).toEqual(['ceasefire']);
    expect(view.place).toBeNull();
    expect(view.radius).toBe(25);
    expect(view.selection).toBeNull();
    expect(view.camera).toBeNull();
  });

  it('names every part of a hostile link it could not use, and keeps the rest', () => {
    const {view, problems} = readSharedView(new URLSearchParams('t=ceasefire,__proto__,constructor&s=passed,toString&hide=localities,__proto__&r=7&sel=__proto__&map=99/0/0&near=1,2,3'));
    expect(view.filters.types).toEqual(['ceasefire']);
    expect(view.filters.statuses).toEqual(['passed']);
    expect(view.filters.layers.localities).toBe(false);
    expect(Object.keys(view.filters.layers).sort()).toEqual([...THEMATIC_LAYERS].sort());
    expect(view.selection).toBeNull();
    expect(problems).toEqual([
      expect.stringContaining('2 campaign types'),
      expect.stringContaining('1 status'),
      expect.stringContaining('1 layer'),
      expect.stringContaining('place in this link'),
      expect.stringContaining('distance'),
      expect.stringContaining('cannot read'),
      expect.stringContaining('map position')
    ]);
    expect(Object.prototype).not.toHaveProperty('selected');
  });

  it('passes a well-formed selection id on unchecked: the dataset decides whether it exists', () => {
    for (const id of ['__proto__', 'constructor', 'toString']) {
      expect(readSharedView(new URLSearchParams(`sel=jurisdiction:${id}`)).view.selection).toEqual({kind: 'jurisdiction', id});
    }
  });

  it('strips direction controls from a shared place name, and calls a person\u2019s own location a shared one', () => {
    const named = readSharedView(new URLSearchParams('near=-105,40&name=Boulder\u202e%20OC'));
    expect(named.view.place?.label).toBe('Boulder OC');
    const own = toSearchParams({...DEFAULT_VIEW, place: {label: 'Your location', point: [-105.27, 40.01], own: true}});
    expect(own.has('name')).toBe(false);
    expect(readSharedView(own).view.place?.label).toBe(SHARED_LOCATION);
  });

  it('writes places with five decimals, enough for any town, and no more', () => {
    const params = toSearchParams({...DEFAULT_VIEW, place: {label: 'Boulder, CO', point: [-105.123456789, 40.987654321]}});
    expect(params.get('near')).toBe('-105.12346,40.98765');
  });
});
