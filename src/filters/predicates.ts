import type {Campaign, Dataset, PoliceExchange} from '../domain/records';
import {CAMPAIGN_STATUSES, CAMPAIGN_TYPE_IDS, POLICE_OUTCOME_CAMPAIGN_STATUS} from '../domain/vocabulary';
import type {CampaignStatus, CampaignTypeId} from '../domain/vocabulary';
import type {Filters} from './model';

/**
 * The filter semantics in plain code. The map applies the same semantics through the expressions in
 * ./expressions.ts; tests/unit/filters.test.ts checks that the two agree.
 */
export function campaignMatches(campaign: Pick<Campaign, 'type' | 'status'>, filters: Filters): boolean {
  return filters.types.includes(campaign.type) && filters.statuses.includes(campaign.status);
}

/** A police exchange shows with Deadly Exchange, under the campaign status it stands for. */
export function policeMatches(record: Pick<PoliceExchange, 'outcome'>, filters: Filters): boolean {
  return campaignMatches({type: 'deadly-exchange', status: POLICE_OUTCOME_CAMPAIGN_STATUS[record.outcome]}, filters);
}

/** State anti-boycott acts are the backdrop of Right to Boycott: they show with that type. */
export function stateActsShown(filters: Filters): boolean {
  return filters.types.includes('right-to-boycott');
}

interface Tally {
  /** Records per type and status. */
  counts: Map<CampaignTypeId, Map<CampaignStatus, number>>;
  /** The places that have a record of each type and status. */
  places: Map<CampaignTypeId, Map<CampaignStatus, Set<string>>>;
  total: number;
  statesWithActs: number;
}

const tallies = new WeakMap<Dataset, Tally>();

/** Counts per type and status, made once per dataset: a filter change then only adds up 81 cells. */
function tally(dataset: Dataset): Tally {
  const cached = tallies.get(dataset);
  if (cached) return cached;
  const counts = new Map<CampaignTypeId, Map<CampaignStatus, number>>();
  const places = new Map<CampaignTypeId, Map<CampaignStatus, Set<string>>>();
  let total = 0;
  const add = (type: CampaignTypeId, status: CampaignStatus, place: string) => {
    const byStatus = counts.get(type) ?? new Map<CampaignStatus, number>();
    byStatus.set(status, (byStatus.get(status) ?? 0) + 1);
    counts.set(type, byStatus);
    const placesByStatus = places.get(type) ?? new Map<CampaignStatus, Set<string>>();
    placesByStatus.set(status, (placesByStatus.get(status) ?? new Set<string>()).add(place));
    places.set(type, placesByStatus);
    total += 1;
  };
  for (const c of dataset.campaigns) add(c.type, c.status, c.jurisdictionId);
  for (const p of dataset.policeExchanges) add('deadly-exchange', POLICE_OUTCOME_CAMPAIGN_STATUS[p.outcome], p.jurisdictionId);
  const statesWithActs = new Set(dataset.stateLaws.filter((l) => l.status === 'in-effect').map((l) => l.state)).size;
  const result = {counts, places, total, statesWithActs};
  tallies.set(dataset, result);
  return result;
}

/**
 * What the filter panel, the results list and "About the data" count, in one place so they always agree:
 * records (campaigns, sister-city links and police exchanges) by type and by status, the records the current
 * filters show, the places they are in, and the states whose anti-boycott acts in effect are shown.
 */
export interface RecordCounts {
  /** Records of each type under the selected statuses (the number beside a type's box). */
  byType: Record<CampaignTypeId, number>;
  /** Records of each status under the selected types. */
  byStatus: Record<CampaignStatus, number>;
  /** Records the filters show. */
  shown: number;
  /** Every record, whatever the filters. */
  total: number;
  /** US places (cities, towns, counties, states) with a record the filters show. */
  places: number;
  /** States with an anti-boycott act in effect, shown with Right to Boycott. */
  statesWithActs: number;
}

export function recordCounts(dataset: Dataset, filters: Filters): RecordCounts {
  const {counts, places, total, statesWithActs} = tally(dataset);
  const byType = Object.fromEntries(CAMPAIGN_TYPE_IDS.map((t) => [t, 0])) as Record<CampaignTypeId, number>;
  const byStatus = Object.fromEntries(CAMPAIGN_STATUSES.map((s) => [s, 0])) as Record<CampaignStatus, number>;
  const types = new Set(filters.types);
  const statuses = new Set(filters.statuses);
  const shownPlaces = new Set<string>();
  let shown = 0;
  for (const [type, byStatusCounts] of counts) {
    for (const [status, n] of byStatusCounts) {
      if (statuses.has(status)) byType[type] += n;
      if (types.has(type)) byStatus[status] += n;
      if (types.has(type) && statuses.has(status)) {
        shown += n;
        for (const place of places.get(type)?.get(status) ?? []) shownPlaces.add(place);
      }
    }
  }
  return {byType, byStatus, shown, total, places: shownPlaces.size, statesWithActs: stateActsShown(filters) ? statesWithActs : 0};
}
