import type {ExpressionSpecification, FilterSpecification} from '@maplibre/maplibre-gl-style-spec';
import {POLICE_OUTCOME_CAMPAIGN_STATUS, type CampaignStatus, type CampaignTypeId} from '../domain/vocabulary';
import {countSlot, type CountPacking, pairKey} from '../geo/features';
import type {Filters} from './model';

/**
 * The filters compiled to MapLibre expressions over the flat properties built in src/geo/features.ts.
 * A filter change only swaps these expressions on existing layers; the source data is never rebuilt.
 */

/** The colour of a place whose matching campaigns are of several types. */
export const SEVERAL_TYPES_COLOR = '#2b2d42';

// Not ['==', 1, 0]: MapLibre would read that as a legacy filter and reject it.
const NEVER: ExpressionSpecification = ['boolean', false];

function selectedPairKeys(filters: Filters): string[] {
  return filters.types.flatMap((t) => filters.statuses.map((s) => pairKey(t, s)));
}

function hasAny(keys: readonly string[]): ExpressionSpecification {
  if (keys.length === 0) return NEVER;
  return ['any', ...keys.map((k): ExpressionSpecification => ['>', ['coalesce', ['get', k], 0], 0])];
}

function hasType(type: CampaignTypeId, filters: Filters): ExpressionSpecification {
  return hasAny(filters.statuses.map((s) => pairKey(type, s)));
}

/** Places (not clusters) with at least one campaign that passes the filters. */
export function jurisdictionFilter(filters: Filters): FilterSpecification {
  return ['all', ['!', ['has', 'point_count']], hasAny(selectedPairKeys(filters))];
}

/** How many of the selected types a place has a matching campaign of. */
export function matchingTypeCount(filters: Filters): ExpressionSpecification {
  return ['+', 0, 0, ...filters.types.map((t): ExpressionSpecification => ['case', hasType(t, filters), 1, 0])];
}

/** A place of several matching types is drawn apart from single-type places. */
export function severalTypesFilter(filters: Filters): FilterSpecification {
  return ['all', jurisdictionFilter(filters) as ExpressionSpecification, ['>', matchingTypeCount(filters), 1]];
}

export function jurisdictionColor(filters: Filters, colors: Readonly<Partial<Record<CampaignTypeId, string>>>): ExpressionSpecification {
  const byType = filters.types.flatMap((t) => [hasType(t, filters), colors[t] ?? '#888888']);
  return ['case', ['>', matchingTypeCount(filters), 1], SEVERAL_TYPES_COLOR, ...byType, '#888888'] as ExpressionSpecification;
}

/** How many campaigns of one type and status a cluster holds, read from its packed sums (src/geo/features.ts). */
function clusterCount(packing: CountPacking, type: CampaignTypeId, status: CampaignStatus): ExpressionSpecification {
  const {key, factor} = countSlot(packing, type, status);
  const sum: ExpressionSpecification = ['coalesce', ['get', key], 0];
  return ['%', factor === 1 ? sum : ['floor', ['/', sum, factor]], 2 ** packing.bits];
}

/** A cluster's number: the campaigns inside it that pass the filters. */
export function clusterCampaignCount(filters: Filters, packing: CountPacking): ExpressionSpecification {
  return ['+', 0, 0, ...filters.types.flatMap((t) => filters.statuses.map((s) => clusterCount(packing, t, s)))];
}

export function clusterFilter(filters: Filters, packing: CountPacking): FilterSpecification {
  return ['all', ['has', 'point_count'], ['>', clusterCampaignCount(filters, packing), 0]];
}

/** Whether a police point's records that a local act ended or refused are shown (as campaigns that passed). */
export function policeStoppedShown(filters: Filters): ExpressionSpecification {
  const on = filters.types.includes('deadly-exchange') && filters.statuses.includes(POLICE_OUTCOME_CAMPAIGN_STATUS.ended);
  return on ? ['>', ['get', 'stopped'], 0] : NEVER;
}

/** Police points follow Deadly Exchange and the status their records stand for (src/filters/predicates.ts). */
export function policeFilter(filters: Filters): FilterSpecification {
  if (!filters.types.includes('deadly-exchange')) return NEVER;
  const tookPart: ExpressionSpecification = filters.statuses.includes(POLICE_OUTCOME_CAMPAIGN_STATUS.participated) ? ['>', ['get', 'participated'], 0] : NEVER;
  return ['any', tookPart, policeStoppedShown(filters)];
}

/** Sister-city arcs are campaigns of type "sister-cities", filtered by the status their link stands for. */
export function sisterLinkFilter(filters: Filters): FilterSpecification {
  if (!filters.types.includes('sister-cities')) return NEVER;
  return ['in', ['get', 'campaignStatus'], ['literal', [...filters.statuses]]];
}
