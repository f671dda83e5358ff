import type {Campaign, Dataset} from '../domain/records';
import type {CampaignStatus, CampaignTypeId} from '../domain/vocabulary';
import type {Filters, ThematicLayer} from './model';

/**
 * The filter semantics in plain code. The map applies the same semantics through the expressions in
 * ./expressions.ts; tests/unit/filters.test.ts checks that the two agree.
 */
export function campaignMatches(campaign: Pick<Campaign, 'type' | 'status'>, filters: Filters): boolean {
  return filters.types.includes(campaign.type) && filters.statuses.includes(campaign.status);
}

/** How many campaigns each type would show under the current status filter (the number beside its box). */
export function countByType(campaigns: readonly Campaign[], filters: Filters): Record<CampaignTypeId, number> {
  const counts = {} as Record<CampaignTypeId, number>;
  for (const c of campaigns) {
    if (filters.statuses.includes(c.status)) counts[c.type] = (counts[c.type] ?? 0) + 1;
  }
  return counts;
}

/** How many campaigns each status would show under the current type filter. */
export function countByStatus(campaigns: readonly Campaign[], filters: Filters): Record<CampaignStatus, number> {
  const counts = {} as Record<CampaignStatus, number>;
  for (const c of campaigns) {
    if (filters.types.includes(c.type)) counts[c.status] = (counts[c.status] ?? 0) + 1;
  }
  return counts;
}

/** What each layer would draw if switched on: places with campaigns, links, localities, agencies. */
export function countByLayer(dataset: Dataset, filters: Filters): Record<ThematicLayer, number> {
  const matching = dataset.campaigns.filter((c) => campaignMatches(c, filters));
  return {
    campaigns: new Set(matching.map((c) => c.jurisdictionId)).size,
    sisterLinks: matching.filter((c) => c.sisterLinkId !== undefined).length,
    localities: dataset.localities.length,
    police: new Set(dataset.policeExchanges.map((p) => p.jurisdictionId)).size,
    stateLaws: new Set(dataset.stateLaws.filter((l) => l.status === 'in-effect').map((l) => l.state)).size
  };
}
