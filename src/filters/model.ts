import {CAMPAIGN_STATUSES, CAMPAIGN_TYPE_IDS} from '../domain/vocabulary';
import type {CampaignStatus, CampaignTypeId} from '../domain/vocabulary';

/** The map's thematic layers, each of which a person can switch off. */
export const THEMATIC_LAYERS = ['campaigns', 'sisterLinks', 'localities', 'police', 'stateLaws'] as const;
export type ThematicLayer = (typeof THEMATIC_LAYERS)[number];

export const THEMATIC_LAYER_LABELS: Record<ThematicLayer, string> = {
  campaigns: 'Municipal campaigns',
  sisterLinks: 'Sister-city links',
  localities: 'Palestinian towns and camps',
  police: 'Police exchange programs',
  stateLaws: 'State anti-boycott laws'
};

/** The whole filter state, as data: it is stored, put in the URL and compiled to map expressions. */
export interface Filters {
  types: readonly CampaignTypeId[];
  statuses: readonly CampaignStatus[];
  layers: Readonly<Record<ThematicLayer, boolean>>;
}

export const DEFAULT_FILTERS: Filters = {
  types: CAMPAIGN_TYPE_IDS,
  statuses: CAMPAIGN_STATUSES,
  layers: {campaigns: true, sisterLinks: true, localities: true, police: true, stateLaws: true}
};
