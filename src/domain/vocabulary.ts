/**
 * The controlled vocabularies of the dataset. data/README.md documents each value; the schemas in
 * src/loaders reject anything else, so a typo in a CSV becomes a reported issue instead of a silent gap.
 */

export const CAMPAIGN_TYPE_IDS = [
  'ceasefire',
  'divestment',
  'deadly-exchange',
  'skip-the-trip',
  'end-weapons',
  'stand-with-refugees',
  'right-to-boycott',
  'sister-cities',
  'break-the-bonds',
  'apartheid-free'
] as const;
export type CampaignTypeId = (typeof CAMPAIGN_TYPE_IDS)[number];

/** A campaign's lifecycle, from first organizing to its last official act. */
export const CAMPAIGN_STATUSES = [
  'organizing',
  'introduced',
  'passed',
  'overridden',
  'failed',
  'vetoed',
  'withdrawn',
  'rescinded',
  'ended'
] as const;
export type CampaignStatus = (typeof CAMPAIGN_STATUSES)[number];

/** A dated step in a campaign's history; its latest step gives the campaign its status. */
export const CAMPAIGN_STEPS = ['introduced', 'referred', 'tabled', 'passed', 'failed', 'vetoed', 'overridden', 'withdrawn', 'rescinded'] as const;
export type CampaignStep = (typeof CAMPAIGN_STEPS)[number];

/** The status a campaign has while a step is its latest: a measure sent to committee or tabled is still before the body. */
export const STEP_STATUS: Record<CampaignStep, CampaignStatus> = {
  introduced: 'introduced',
  referred: 'introduced',
  tabled: 'introduced',
  passed: 'passed',
  failed: 'failed',
  vetoed: 'vetoed',
  overridden: 'overridden',
  withdrawn: 'withdrawn',
  rescinded: 'rescinded'
};

export const SISTER_LINK_STATUSES = ['official', 'unofficial', 'proposed', 'rejected'] as const;
export type SisterLinkStatus = (typeof SISTER_LINK_STATUSES)[number];

/**
 * A sister-city link is also a campaign of type "sister-cities"; this is the campaign status its
 * link status stands for, so the status filter treats links and other campaigns alike.
 */
export const SISTER_LINK_CAMPAIGN_STATUS: Record<SisterLinkStatus, CampaignStatus> = {
  official: 'passed',
  unofficial: 'organizing',
  proposed: 'introduced',
  rejected: 'failed'
};

export const JURISDICTION_KINDS = ['city', 'town', 'village', 'borough', 'township', 'county', 'state'] as const;
export type JurisdictionKind = (typeof JURISDICTION_KINDS)[number];

export const LOCALITY_KINDS = ['city', 'town', 'village', 'camp'] as const;
export type LocalityKind = (typeof LOCALITY_KINDS)[number];

export const PALESTINIAN_REGIONS = ['west-bank', 'gaza'] as const;
export type PalestinianRegion = (typeof PALESTINIAN_REGIONS)[number];

/** participated: the agency took part; ended / refused: a local act stopped or declined it. */
export const POLICE_OUTCOMES = ['participated', 'ended', 'refused'] as const;
export type PoliceOutcome = (typeof POLICE_OUTCOMES)[number];

/**
 * A police exchange record is part of the Deadly Exchange picture, so the status filter treats it as the campaign
 * status it stands for: an agency that took part is where a campaign has yet to begin (organizing); one that a
 * local act ended or refused is a campaign that passed.
 */
export const POLICE_OUTCOME_CAMPAIGN_STATUS: Record<PoliceOutcome, CampaignStatus> = {
  participated: 'organizing',
  ended: 'passed',
  refused: 'passed'
};

/** State acts against boycotts of Israel: the backdrop of Right to Boycott campaigns. */
export const STATE_LAW_TYPES = ['law', 'executive-order', 'resolution'] as const;
export type StateLawType = (typeof STATE_LAW_TYPES)[number];

/**
 * Where a state act stands: in effect (signed, issued or adopted and still standing), or a bill that is pending,
 * failed, was vetoed, expired, repealed or blocked by a court. Bills that never became law are records too.
 */
export const STATE_LAW_STATUSES = ['in-effect', 'pending', 'failed', 'vetoed', 'expired', 'repealed', 'enjoined'] as const;
export type StateLawStatus = (typeof STATE_LAW_STATUSES)[number];

/** What a public body did with Israel Bonds: held them on a date, bought them, sold or let them go, or refused to buy. */
export const BOND_STATUSES = ['held', 'bought', 'divested', 'refused'] as const;
export type BondStatus = (typeof BOND_STATUSES)[number];

export const CONFIDENCE_LEVELS = ['high', 'medium', 'low'] as const;
export type Confidence = (typeof CONFIDENCE_LEVELS)[number];
