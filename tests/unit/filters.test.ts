import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {expression, featureFilter} from '@maplibre/maplibre-gl-style-spec';
import type {FilterSpecification} from '@maplibre/maplibre-gl-style-spec';
import {describe, expect, it} from 'vitest';
import type {Campaign} from '../../src/domain/records';
import {CAMPAIGN_STATUSES, CAMPAIGN_TYPE_IDS, SISTER_LINK_STATUSES, SISTER_LINK_CAMPAIGN_STATUS} from '../../src/domain/vocabulary';
import {clusterFilter, jurisdictionFilter, matchingTypeCount, policeFilter, sisterLinkFilter} from '../../src/filters/expressions';
import {DEFAULT_FILTERS, type Filters} from '../../src/filters/model';
import {campaignMatches, policeMatches, recordCounts, tally} from '../../src/filters/predicates';
import {recordsInView} from '../../src/geo/in-view';
import {recordsByDistance} from '../../src/geo/near';
import {DATA_FILES, parseDataset} from '../../src/loaders/dataset';
import {fixtureTexts} from '../fixtures/dataset-texts';
import {countPacking, type CountPacking, packCounts, unpackCount} from '../../src/geo/features';

/** A small deterministic generator, so a failure names a reproducible case. */
function random(seed: number) {
  let s = seed;
  return () => ((s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
}

function subset<T>(all: readonly T[], next: () => number): T[] {
  return all.filter(() => next() < 0.5);
}

function randomFilters(next: () => number): Filters {
  return {...DEFAULT_FILTERS, types: subset(CAMPAIGN_TYPE_IDS, next), statuses: subset(CAMPAIGN_STATUSES, next)};
}

function randomPlace(next: () => number): Pick<Campaign, 'type' | 'status'>[] {
  const n = 1 + Math.floor(next() * 4);
  return Array.from({length: n}, () => ({
    type: CAMPAIGN_TYPE_IDS[Math.floor(next() * CAMPAIGN_TYPE_IDS.length)]!,
    status: CAMPAIGN_STATUSES[Math.floor(next() * CAMPAIGN_STATUSES.length)]!
  }));
}

/** What MapLibre's clusterProperties make of some places: each packed property summed over them. */
function clusterSums(places: Pick<Campaign, 'type' | 'status'>[][], packing: CountPacking): Record<string, number> {
  const sums: Record<string, number> = {};
  for (const place of places) for (const [key, n] of Object.entries(packCounts(place, packing))) sums[key] = (sums[key] ?? 0) + n;
  return sums;
}

/** A place as the map has it: its packed counts, packed as for a dataset of these campaigns. */
function asFeature(campaigns: Pick<Campaign, 'type' | 'status'>[], packing = countPacking({campaigns})) {
  return {type: 1 as const, properties: packCounts(campaigns, packing), geometry: [], id: 1};
}

function evaluate(filter: FilterSpecification, feature: object): boolean {
  return featureFilter(filter, 'layers[0].filter').filter({zoom: 4}, feature as never);
}

describe('the map filter expressions and the list predicates agree', () => {
  it('on which places are drawn, over 300 random places and filters', () => {
    const next = random(7);
    for (let i = 0; i < 300; i++) {
      const filters = randomFilters(next);
      const place = randomPlace(next);
      const expected = place.some((c) => campaignMatches(c, filters));
      expect(evaluate(jurisdictionFilter(filters, countPacking({campaigns: place})), asFeature(place)), JSON.stringify({filters, place})).toBe(expected);
    }
  });

  it('on how many matching types a place has, which picks its colour and its number', () => {
    const next = random(13);
    for (let i = 0; i < 200; i++) {
      const filters = randomFilters(next);
      const place = randomPlace(next);
      const expected = new Set(place.filter((c) => campaignMatches(c, filters)).map((c) => c.type)).size;
      const count = expression.createExpression(matchingTypeCount(filters, countPacking({campaigns: place})), 'text-field');
      if (count.result !== 'success') throw new Error(JSON.stringify(count.value));
      expect(count.value.evaluate({zoom: 4}, asFeature(place) as never), JSON.stringify({filters, place})).toBe(expected);
    }
  });

  it('on which clusters are drawn: a cluster shows when any campaign inside it matches', () => {
    const next = random(11);
    for (let i = 0; i < 100; i++) {
      const filters = randomFilters(next);
      const places = [randomPlace(next), randomPlace(next)];
      const campaigns = places.flat();
      const feature = {...asFeature([]), properties: {...clusterSums(places, countPacking({campaigns})), point_count: 2, cluster: true}};
      expect(evaluate(clusterFilter(filters, countPacking({campaigns})), feature)).toBe(campaigns.some((c) => campaignMatches(c, filters)));
    }
  });

  it('packs each type and status into the clusters exactly, however many campaigns a dataset holds', () => {
    const next = random(5);
    for (const scale of [1, 40, 3000]) {
      const places = Array.from({length: 30}, () => Array.from({length: scale}, () => randomPlace(next)).flat());
      const campaigns = places.flat();
      const packing = countPacking({campaigns});
      const sums = clusterSums(places, packing);
      for (const type of CAMPAIGN_TYPE_IDS) {
        for (const status of CAMPAIGN_STATUSES) {
          expect(unpackCount(sums, packing, type, status)).toBe(campaigns.filter((c) => c.type === type && c.status === status).length);
        }
      }
    }
  });

  it('on which sister-city arcs are drawn', () => {
    const next = random(3);
    for (let i = 0; i < 100; i++) {
      const filters = randomFilters(next);
      for (const status of SISTER_LINK_STATUSES) {
        const campaignStatus = SISTER_LINK_CAMPAIGN_STATUS[status];
        const feature = {type: 2 as const, properties: {status, campaignStatus}, geometry: [], id: 1};
        expect(evaluate(sisterLinkFilter(filters), feature)).toBe(campaignMatches({type: 'sister-cities', status: campaignStatus}, filters));
      }
    }
  });

  it('hides every place when no type is selected', () => {
    const campaigns = [{type: 'ceasefire', status: 'passed'}] as const;
    expect(evaluate(jurisdictionFilter({...DEFAULT_FILTERS, types: []}, countPacking({campaigns})), asFeature([...campaigns]))).toBe(false);
  });
});

describe('police exchanges follow Deadly Exchange and the status filter', () => {
  it('on the map as in the lists, for every filter', () => {
    const next = random(5);
    for (let i = 0; i < 200; i++) {
      const filters = randomFilters(next);
      const participated = Math.floor(next() * 2);
      const stopped = Math.floor(next() * 2);
      if (participated + stopped === 0) continue;
      const feature = {type: 1 as const, properties: {participated, stopped}, geometry: [], id: 1};
      const records = [
        ...Array.from({length: participated}, () => ({outcome: 'participated' as const})),
        ...Array.from({length: stopped}, () => ({outcome: 'ended' as const}))
      ];
      expect(evaluate(policeFilter(filters), feature), JSON.stringify({filters, participated, stopped})).toBe(records.some((r) => policeMatches(r, filters)));
    }
  });
});

describe('the counts everywhere agree', () => {
  const dataset = parseDataset(fixtureTexts());

  it('add up the same by type, by status and in total, for any filter', () => {
    const next = random(13);
    for (let i = 0; i < 100; i++) {
      const filters = randomFilters(next);
      const counts = recordCounts(dataset, filters);
      const typesOn = filters.types.reduce((sum, t) => sum + counts.byType[t], 0);
      const statusesOn = filters.statuses.reduce((sum, s) => sum + counts.byStatus[s], 0);
      expect(typesOn).toBe(counts.shown);
      expect(statusesOn).toBe(counts.shown);
      // The results list counts the same records: every one the filters show, near or far.
      const listed = recordsByDistance(dataset, filters, [-90, 40]).length + dataset.policeExchanges.filter((p) => p.jurisdictionId.length === 2 && policeMatches(p, filters)).length;
      expect(listed, JSON.stringify(filters)).toBe(counts.shown);
    }
  });

  it('count the places the filters show, and list the same places in view as record by record, with the tally sent from the data worker or not', () => {
    const data = join(import.meta.dirname, '..', '..', 'data');
    const committed = parseDataset(Object.fromEntries(Object.entries(DATA_FILES).map(([key, file]) => [key, readFileSync(join(data, file), 'utf8')])));
    // What the data worker sends: the page primes its cache with the copy (src/app/load-dataset.ts).
    const received = structuredClone(tally(committed));
    const copy = {...committed};
    tally.prime(copy, received);
    const records = [
      ...committed.campaigns.map((c) => ({place: c.jurisdictionId, local: !c.sisterLinkId, shows: (f: Filters) => campaignMatches(c, f)})),
      ...committed.policeExchanges.map((p) => ({place: p.jurisdictionId, local: true, shows: (f: Filters) => policeMatches(p, f)}))
    ];
    const next = random(29);
    for (let i = 0; i < 100; i++) {
      const filters = randomFilters(next);
      const withRecords = new Set(records.filter((r) => r.shows(filters)).map((r) => r.place));
      const marked = new Set(records.filter((r) => r.local && r.shows(filters)).map((r) => r.place));
      for (const d of [committed, copy]) {
        expect(recordCounts(d, filters).places, JSON.stringify(filters)).toBe(withRecords.size);
        const listed = recordsInView(d, filters, [[-180, -90], [180, 90]], new Map()).filter((item) => item.kind === 'jurisdiction').map((item) => item.id);
        expect(new Set(listed)).toEqual(new Set(committed.jurisdictions.filter((j) => j.kind !== 'state' && marked.has(j.id)).map((j) => j.id)));
      }
    }
    expect(received.cellSets.length, 'places share their combinations of types and statuses').toBeLessThan(new Set(records.map((r) => r.place)).size);
  });

  it('count every record when nothing is filtered, as "About the data" does', () => {
    const counts = recordCounts(dataset, DEFAULT_FILTERS);
    expect(counts.shown).toBe(counts.total);
    expect(counts.total).toBe(dataset.campaigns.length + dataset.policeExchanges.length);
    expect(counts.statesWithActs).toBe(2);
  });

  it('count each type under the selected statuses, police exchanges as Deadly Exchange', () => {
    const counts = recordCounts(dataset, {...DEFAULT_FILTERS, statuses: ['passed']});
    expect(counts.byType.ceasefire).toBe(1);
    expect(counts.byType['deadly-exchange']).toBe(1);
    expect(counts.byType['sister-cities']).toBe(1);
  });
});
