import {featureFilter} from '@maplibre/maplibre-gl-style-spec';
import type {FilterSpecification} from '@maplibre/maplibre-gl-style-spec';
import {describe, expect, it} from 'vitest';
import type {Campaign} from '../../src/domain/records';
import {CAMPAIGN_STATUSES, CAMPAIGN_TYPE_IDS, SISTER_LINK_STATUSES, SISTER_LINK_CAMPAIGN_STATUS} from '../../src/domain/vocabulary';
import {clusterFilter, jurisdictionFilter, sisterLinkFilter} from '../../src/filters/expressions';
import {DEFAULT_FILTERS, type Filters} from '../../src/filters/model';
import {campaignMatches, countByStatus, countByType} from '../../src/filters/predicates';
import {pairKey} from '../../src/geo/features';

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

function asFeature(campaigns: Pick<Campaign, 'type' | 'status'>[]) {
  const properties: Record<string, number> = {};
  for (const c of campaigns) properties[pairKey(c.type, c.status)] = (properties[pairKey(c.type, c.status)] ?? 0) + 1;
  return {type: 1 as const, properties, geometry: [], id: 1};
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
      expect(evaluate(jurisdictionFilter(filters), asFeature(place)), JSON.stringify({filters, place})).toBe(expected);
    }
  });

  it('on which clusters are drawn: a cluster shows when any campaign inside it matches', () => {
    const next = random(11);
    for (let i = 0; i < 100; i++) {
      const filters = randomFilters(next);
      const campaigns = [...randomPlace(next), ...randomPlace(next)];
      const cluster = asFeature(campaigns);
      // Clusters carry every pair key (clusterProperties), zero where absent.
      for (const t of CAMPAIGN_TYPE_IDS) for (const s of CAMPAIGN_STATUSES) cluster.properties[pairKey(t, s)] ??= 0;
      const feature = {...cluster, properties: {...cluster.properties, point_count: 2, cluster: true}};
      expect(evaluate(clusterFilter(filters), feature)).toBe(campaigns.some((c) => campaignMatches(c, filters)));
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
    const feature = asFeature([{type: 'ceasefire', status: 'passed'}]);
    expect(evaluate(jurisdictionFilter({...DEFAULT_FILTERS, types: []}), feature)).toBe(false);
  });
});

describe('control counts', () => {
  const campaigns = [
    {type: 'ceasefire', status: 'passed'},
    {type: 'ceasefire', status: 'failed'},
    {type: 'divestment', status: 'passed'}
  ] as Campaign[];

  it('count each type under the selected statuses', () => {
    expect(countByType(campaigns, {...DEFAULT_FILTERS, statuses: ['passed']})).toEqual({ceasefire: 1, divestment: 1});
  });

  it('count each status under the selected types', () => {
    expect(countByStatus(campaigns, {...DEFAULT_FILTERS, types: ['ceasefire']})).toEqual({passed: 1, failed: 1});
  });
});
