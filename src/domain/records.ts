import type {Message} from '../i18n/message';
import type {
  CampaignStatus,
  CampaignStep,
  CampaignTypeId,
  Confidence,
  JurisdictionKind,
  LocalityKind,
  PalestinianRegion,
  PoliceOutcome,
  SisterLinkStatus,
  BondStatus,
  StateLawStatus,
  StateLawType
} from './vocabulary';

/** [longitude, latitude] in WGS84 degrees. */
export type LngLat = readonly [number, number];

/** Every record of fact carries where it comes from and when a person last checked it. */
export interface Sourced {
  sources: readonly string[];
  /** ISO date (YYYY-MM-DD) the sources were last checked. */
  checked: string;
  confidence: Confidence;
}

export interface CampaignType {
  id: CampaignTypeId;
  /** In English; the other languages in `translations`, where campaign-types.csv gives them. */
  label: string;
  description: string;
  translations?: Readonly<Partial<Record<'ar' | 'es', {label: string; description: string}>>>;
  /** Where a translation is an organization's own name for the campaign, its page; otherwise the translations are the project's. */
  translationSources?: readonly string[];
  /** CSS hex colour, #rrggbb. */
  color: string;
  learnMoreUrl: string;
}

/** A US public body that can act: a city, town, county, or a state (for state agencies and laws). */
export interface Jurisdiction {
  /** Census GEOID: 2 digits for a state, 5 for a county, 7 for a place, 10 for a county subdivision (a New England town, a township). */
  id: string;
  name: string;
  /** USPS state code, e.g. "MI". */
  state: string;
  kind: JurisdictionKind;
  point: LngLat;
  population?: number;
}

/** A date as precise as its source: YYYY, YYYY-MM or YYYY-MM-DD. */
export type PartialDate = string;

/**
 * What the map, the counts, the lists and the profile read of a campaign: the page holds this much of every
 * campaign, and asks for the rest (CampaignDetails) when a card shows it.
 */
export interface Campaign extends Omit<Sourced, 'sources'> {
  id: string;
  jurisdictionId: string;
  type: CampaignTypeId;
  status: CampaignStatus;
  introduced?: PartialDate;
  decided?: PartialDate;
  /** Why no source gives a decided date, for a campaign that was decided. */
  noDateReason?: string;
  /** Set when the campaign is derived from a sister-city link rather than a campaigns.csv row. */
  sisterLinkId?: string;
}

/**
 * What only a campaign's card reads: its words, vote and sources, nine tenths of the data's bytes, which the build
 * puts in a file of their own (src/loaders/prepared.ts) that is fetched when a card first needs it.
 */
export interface CampaignWords {
  title: string;
  summary: string;
  vote?: string;
  sources: readonly string[];
}

/** A card's campaign beyond its facts: its words, and its history (campaign-steps.csv), which the data worker joins. */
export interface CampaignDetails extends CampaignWords {
  /** Its history, oldest first, each step with its own source. */
  steps?: readonly CampaignStepRecord[];
}

/** A campaign whole, as the data files give it. */
export interface CampaignRecord extends Campaign, CampaignDetails {}

export interface CampaignStepRecord {
  date: PartialDate;
  step: CampaignStep;
  vote?: string;
  /** The body that acted, when it is not the council ("Board of Supervisors", "Town Meeting"). */
  body?: string;
  summary: string;
  sources: readonly string[];
  checked: string;
}

export interface PalestinianLocality {
  /** A lowercase slug, e.g. "ramallah", "jenin-camp". */
  id: string;
  nameEn: string;
  nameAr: string;
  /** Other spellings people search for ("Janin", "Jenine"). */
  aliases: readonly string[];
  kind: LocalityKind;
  governorate: string;
  region: PalestinianRegion;
  point: LngLat;
  sources: readonly string[];
  checked: string;
  confidence: Confidence;
}

export interface SisterCityLink extends Sourced {
  id: string;
  jurisdictionId: string;
  localityId: string;
  status: SisterLinkStatus;
  proposed?: PartialDate;
  rejected?: PartialDate;
  approved?: PartialDate;
  signed?: PartialDate;
  summary: string;
}

export interface PoliceExchange extends Sourced {
  id: string;
  agency: string;
  /** The jurisdiction the agency serves (a state's GEOID for a state agency). */
  jurisdictionId: string;
  program: string;
  sponsor: string;
  /** As the source gives them, e.g. "2002" or "2008 2015"; absent when the source gives no year. */
  years?: string;
  outcome: PoliceOutcome;
  summary: string;
}

/** A state's act penalising or condemning boycotts of Israel. */
export interface StateLaw extends Sourced {
  id: string;
  /** USPS state code, e.g. "IL". */
  state: string;
  year?: string;
  /** Signed, issued, adopted or failed, as precise as the source. */
  date?: PartialDate;
  type: StateLawType;
  status: StateLawStatus;
  /** The bill, order or resolution number, e.g. "H 3583". */
  act?: string;
  summary: string;
}

/** A public body's holding of, or decision on, Israel Bonds: what Break the Bonds campaigns ask about. */
export interface IsraelBondRecord extends Sourced {
  id: string;
  /** The state, county or city whose treasury or pension fund it is. */
  jurisdictionId: string;
  /** The fund or treasury as the source names it. */
  holder: string;
  status: BondStatus;
  /** US dollars, as the source gives them. */
  amountUsd?: number;
  asOf?: PartialDate;
  summary: string;
}

/** One problem found while loading the data: where it is, and what is wrong, in words a person can act on. */
export interface DataIssue {
  file: string;
  /** Spreadsheet row (the header is row 1) for CSV; the feature's 1-based position for GeoJSON. */
  row: number;
  column: string;
  /** What is wrong, as a catalog key (issue.*) and its values: the app words it in the reader's language, data:check in English. */
  text: Message;
  /** The cell's value as the file gives it, when showing it helps: written after the problem ("… (found "x")"). */
  found?: string;
}

/**
 * The records of every file, joined. The page holds campaigns without their details (`Dataset`); the data worker,
 * `data:check` and the tests read them whole (`FullDataset`), which every function of a `Dataset` accepts too.
 */
export interface Dataset<C extends Campaign = Campaign> {
  campaignTypes: readonly CampaignType[];
  jurisdictions: readonly Jurisdiction[];
  /** Rows of campaigns.csv plus one campaign per sister-city link. */
  campaigns: readonly C[];
  localities: readonly PalestinianLocality[];
  sisterLinks: readonly SisterCityLink[];
  policeExchanges: readonly PoliceExchange[];
  stateLaws: readonly StateLaw[];
  israelBonds: readonly IsraelBondRecord[];
  issues: readonly DataIssue[];
}

export type FullDataset = Dataset<CampaignRecord>;
