import type {ExpressionSpecification, FilterSpecification} from '@maplibre/maplibre-gl-style-spec';
import {POLICE_OUTCOME_CAMPAIGN_STATUS, type CampaignStatus, type CampaignTypeId} from '../domain/vocabulary';
import {countSlot, type CountPacking} from '../geo/features';
import type {Filters} from './model';

/**
 * The filters compiled to MapLibre expressions over the packed counts built in src/geo/features.ts.
 * A filter change only swaps these expressions on existing layers; the source data is never rebuilt.
 */

/** The colour of a place whose matching campaigns are of several types. */
export const SEVERAL_TYPES_COLOR = '#2b2d42';

// Not ['==', 1, 0]: MapLibre would read that as a legacy filter and reject it.
const NEVER: ExpressionSpecification = ['boolean', false];

/** How many campaigns of one type and status a place or cluster holds, read from its packed counts (src/geo/features.ts). */
function packedCount(packing: CountPacking, type: CampaignTypeId, status: CampaignStatus): ExpressionSpecification {
  const {key, factor} = countSlot(packing, type, status);
  const sum: ExpressionSpecification = ['coalesce', ['get', key], 0];
  return ['%', factor === 1 ? sum : ['floor', ['/', sum, factor]], 2 ** packing.bits];
}

/** How many campaigns of the given types pass the statuses the filters keep. */
function matchingCount(types: readonly CampaignTypeId[], filters: Filters, packing: CountPacking): ExpressionSpecification {
  return ['+', 0, 0, ...types.flatMap((t) => filters.statuses.map((s) => packedCount(packing, t, s)))];
}

/** Whether a place has a campaign of one of these types that passes the filters' statuses. */
function hasMatch(types: readonly CampaignTypeId[], filters: Filters, packing: CountPacking): ExpressionSpecification {
  return types.length === 0 || filters.statuses.length === 0 ? NEVER : ['>', matchingCount(types, filters, packing), 0];
}

/** Places (not clusters) with at least one campaign that passes the filters. */
export function jurisdictionFilter(filters: Filters, packing: CountPacking): FilterSpecification {
  return ['all', ['!', ['has', 'point_count']], hasMatch(filters.types, filters, packing)];
}

/**
 * An expression that reads each selected type's matching count once: the counts are bound with `let` and the body
 * reads them by name. Written out, a test of "several types" repeats every type's sum again and again; at national
 * scale the places' paint grew to 27 KB, which MapLibre parses on the main thread when the layer is added and on
 * every filter tap.
 */
function withTypeCounts(filters: Filters, packing: CountPacking, body: (count: (type: CampaignTypeId) => ExpressionSpecification) => ExpressionSpecification): ExpressionSpecification {
  if (filters.types.length === 0 || filters.statuses.length === 0) return body(() => ['number', 0]);
  const name = (type: CampaignTypeId) => `n_${type.replace(/-/g, '_')}`;
  return ['let', ...filters.types.flatMap((t) => [name(t), matchingCount([t], filters, packing)]), body((t) => ['var', name(t)])] as unknown as ExpressionSpecification;
}

function typeCount(types: readonly CampaignTypeId[], count: (type: CampaignTypeId) => ExpressionSpecification): ExpressionSpecification {
  return ['+', 0, 0, ...types.map((t): ExpressionSpecification => ['case', ['>', count(t), 0], 1, 0])];
}

/** How many of the selected types a place has a matching campaign of. */
export function matchingTypeCount(filters: Filters, packing: CountPacking): ExpressionSpecification {
  return withTypeCounts(filters, packing, (count) => typeCount(filters.types, count));
}

/** Whether a place's matching campaigns are of several types, for an expression that also tells one type from several. */
export function withSeveralTypes(filters: Filters, packing: CountPacking, body: (several: ExpressionSpecification) => ExpressionSpecification): ExpressionSpecification {
  return withTypeCounts(filters, packing, (count) => ['let', 'several', ['>', typeCount(filters.types, count), 1], body(['var', 'several'])] as unknown as ExpressionSpecification);
}

/** A place of several matching types is drawn apart from single-type places (a place of several types has a match). */
export function severalTypesFilter(filters: Filters, packing: CountPacking): FilterSpecification {
  return ['all', ['!', ['has', 'point_count']], ['>', matchingTypeCount(filters, packing), 1]];
}

export function jurisdictionColor(filters: Filters, colors: Readonly<Partial<Record<CampaignTypeId, string>>>, packing: CountPacking): ExpressionSpecification {
  return withTypeCounts(filters, packing, (count) => {
    const byType = filters.types.flatMap((t) => [['>', count(t), 0], colors[t] ?? '#888888']);
    return ['case', ['>', typeCount(filters.types, count), 1], SEVERAL_TYPES_COLOR, ...byType, '#888888'] as ExpressionSpecification;
  });
}

/** A cluster's number: the campaigns inside it that pass the filters. */
export function clusterCampaignCount(filters: Filters, packing: CountPacking): ExpressionSpecification {
  return matchingCount(filters.types, filters, packing);
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
