import {CAMPAIGN_STATUSES, CAMPAIGN_TYPE_IDS} from '../domain/vocabulary';
import type {CampaignStatus, CampaignTypeId} from '../domain/vocabulary';

/**
 * The layers a person can switch on and off apart from the campaign types. Everything that belongs to a type
 * follows that type's switch instead, so two controls can never disagree: sister-city arcs follow Sister Cities,
 * police exchanges Deadly Exchange, and state anti-boycott acts Right to Boycott.
 */
export const THEMATIC_LAYERS = ['localities'] as const;
export type ThematicLayer = (typeof THEMATIC_LAYERS)[number];

/** The whole filter state, as data: it is stored, put in the URL and compiled to map expressions. */
export interface Filters {
  types: readonly CampaignTypeId[];
  statuses: readonly CampaignStatus[];
  layers: Readonly<Record<ThematicLayer, boolean>>;
}

export const DEFAULT_FILTERS: Filters = {
  types: CAMPAIGN_TYPE_IDS,
  statuses: CAMPAIGN_STATUSES,
  layers: {localities: true}
};
