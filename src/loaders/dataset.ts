import type {
  Campaign,
  CampaignDetails,
  CampaignRecord,
  CampaignStepRecord,
  CampaignType,
  DataIssue,
  Dataset,
  FullDataset,
  IsraelBondRecord,
  Jurisdiction,
  LngLat,
  PalestinianLocality,
  PoliceExchange,
  SisterCityLink
} from '../domain/records';
import {CAMPAIGN_TYPE_IDS, SISTER_LINK_CAMPAIGN_STATUS, type CampaignTypeId} from '../domain/vocabulary';
import {linkEndsProblem} from '../geo/arcs';
import {PALESTINE_AREA, type PlacementAreas, placementProblem} from '../geo/placement';
import {message} from '../i18n/message';
import type {z} from 'zod';
import {parseCsv} from './csv';
import {lifecycleProblems, orderSteps} from './lifecycle';
import {
  campaignCells,
  campaignRow,
  campaignStepCells,
  campaignStepRow,
  campaignTypeCells,
  campaignTypeRow,
  israelBondCells,
  israelBondRow,
  jurisdictionProperties,
  localityProperties,
  policeExchangeCells,
  policeExchangeRow,
  sisterLinkCells,
  sisterLinkRow,
  stateLawCells,
  stateLawRow
} from './schemas';
import {columnsOf, type Located, type Validated, validateCsv, validatePointFeatures} from './validate';

/** The files of data/, by role. The names are the public contract documented in data/README.md. */
export const DATA_FILES = {
  campaignTypes: 'campaign-types.csv',
  jurisdictions: 'municipalities.geojson',
  campaigns: 'campaigns.csv',
  campaignSteps: 'campaign-steps.csv',
  sisterLinks: 'sister-cities.csv',
  localities: 'palestinian-localities.geojson',
  policeExchanges: 'police-exchanges.csv',
  stateLaws: 'state-laws.csv',
  israelBonds: 'israel-bonds.csv'
} as const;

export type DataKey = keyof typeof DATA_FILES;
export const DATA_KEYS = Object.keys(DATA_FILES) as DataKey[];

/**
 * The text of each file that arrived. A file missing here could not be loaded: the others are still read, and
 * references into the missing file are not judged (the records are kept; only what needs its points goes undrawn).
 */
export type DatasetTexts = Partial<Record<DataKey, string>>;

export interface ParseOptions {
  /** Boundaries to check every point against (public/basemap/placement.geojson); without them, points are not checked. */
  areas?: PlacementAreas;
}

interface Reference<T> {
  column: string;
  key: (record: T) => string;
  target: DataKey;
}

/** What is known of the records a reference may point at. */
interface Targets {
  loaded: ReadonlySet<DataKey>;
  known: Readonly<Partial<Record<DataKey, ReadonlySet<string>>>>;
  /** Ids of rows that were reported and left off, so a reference to one says why it failed. */
  rejected: Readonly<Partial<Record<DataKey, ReadonlySet<string>>>>;
}

/** Keeps the records whose references resolve, with their rows; reports the others against the referring column. */
function keepResolved<T>(key: DataKey, located: readonly Located<T>[], issues: DataIssue[], refs: readonly Reference<T>[], targets: Targets): Located<T>[] {
  const file = DATA_FILES[key];
  return located.filter(({row, record}) => {
    let ok = true;
    for (const ref of refs) {
      if (!targets.loaded.has(ref.target)) continue;
      const id = ref.key(record);
      if (targets.known[ref.target]?.has(id)) continue;
      ok = false;
      const target = DATA_FILES[ref.target];
      const text = message(targets.rejected[ref.target]?.has(id) ? 'issue.refRejected' : 'issue.refUnknown', {id, target});
      issues.push({file, row, column: ref.column, text});
    }
    return ok;
  });
}

const recordsOf = <T>(located: readonly Located<T>[]): T[] => located.map((l) => l.record);

/** "deadly-exchange" → "Deadly exchange": a campaign type named even when campaign-types.csv is missing or lacks it. */
function fallbackType(id: CampaignTypeId): CampaignType {
  const words = id.replace(/-/g, ' ');
  return {id, label: words[0]!.toUpperCase() + words.slice(1), description: '', color: '#6b6b6b', learnMoreUrl: ''};
}

/**
 * Gives each campaign its dated steps and checks the lifecycle rules (src/loaders/lifecycle.ts): a campaign whose
 * status, dates or steps contradict each other is reported and left off.
 */
function withSteps<C extends Campaign>(
  campaigns: readonly Located<C>[],
  steps: Validated<CampaignStepRecord & {campaignId: string}>,
  campaignsLoaded: boolean,
  rejected: ReadonlySet<string>,
  issues: DataIssue[]
): WithSteps<C>[] {
  const byCampaign = new Map<string, (CampaignStepRecord & {campaignId: string})[]>();
  for (const {record} of steps.records) {
    const own = byCampaign.get(record.campaignId);
    if (own) own.push(record);
    else byCampaign.set(record.campaignId, [record]);
  }
  const ids = new Set(campaigns.map((c) => c.record.id));
  if (campaignsLoaded) {
    for (const {row, record} of steps.records) {
      if (ids.has(record.campaignId)) continue;
      const text = message(rejected.has(record.campaignId) ? 'issue.refRejected' : 'issue.refUnknown', {id: record.campaignId, target: DATA_FILES.campaigns});
      issues.push({file: DATA_FILES.campaignSteps, row, column: 'campaign_id', text});
    }
  }
  return campaigns.flatMap(({row, record: campaign}) => {
    const own = byCampaign.get(campaign.id) ?? [];
    const problems = lifecycleProblems(campaign, own);
    for (const p of problems) issues.push({file: DATA_FILES.campaigns, row, ...p});
    if (problems.length > 0) return [];
    return [own.length > 0 ? {...campaign, steps: orderSteps(own)} : campaign];
  });
}

function sisterLinkCampaign(link: SisterCityLink, locality: PalestinianLocality | undefined): CampaignRecord {
  const decided = link.signed ?? link.approved ?? link.rejected;
  return {
    id: `sister-${link.id}`,
    jurisdictionId: link.jurisdictionId,
    type: 'sister-cities',
    status: SISTER_LINK_CAMPAIGN_STATUS[link.status],
    title: locality ? `Sister city: ${locality.nameEn}` : 'Sister city',
    summary: link.summary,
    ...(link.proposed ? {introduced: link.proposed} : {}),
    ...(decided ? {decided} : {}),
    sources: link.sources,
    checked: link.checked,
    confidence: link.confidence,
    sisterLinkId: link.id
  };
}

const empty = <T>(): Validated<T> => ({records: [], issues: [], rejectedIds: new Set()});

function readCsv<S extends z.ZodType>(key: DataKey, text: string, cells: z.ZodObject, row: S): Validated<z.output<S>> {
  const columns = columnsOf(cells);
  return validateCsv(parseCsv(DATA_FILES[key], text, [...columns.required, ...columns.optional]), DATA_FILES[key], row, columns);
}

type Points<S extends z.ZodType> = Validated<z.output<S> & {point: LngLat}>;

/** A row of campaigns.csv as checked: the campaign whole, but for the steps another file gives. */
export type CampaignRow = z.output<typeof campaignRow>;

/** A campaign with its steps joined (campaign-steps.csv). */
export type WithSteps<C extends Campaign> = C & Pick<CampaignDetails, 'steps'>;

/**
 * Each file read and checked on its own: what a file's arrival costs, done once per file. Read from data/, a
 * campaign is its whole row; prepared for the browser, only its facts (src/loaders/prepared.ts).
 */
export interface ReadFiles<C extends Campaign = CampaignRow> {
  campaignTypes?: Validated<z.output<typeof campaignTypeRow>>;
  jurisdictions?: Points<typeof jurisdictionProperties>;
  campaigns?: Validated<C>;
  campaignSteps?: Validated<z.output<typeof campaignStepRow>>;
  sisterLinks?: Validated<z.output<typeof sisterLinkRow>>;
  localities?: Points<typeof localityProperties>;
  policeExchanges?: Validated<z.output<typeof policeExchangeRow>>;
  stateLaws?: Validated<z.output<typeof stateLawRow>>;
  israelBonds?: Validated<z.output<typeof israelBondRow>>;
}

const READERS: {[K in DataKey]-?: (text: string) => NonNullable<ReadFiles[K]>} = {
  campaignTypes: (text) => readCsv('campaignTypes', text, campaignTypeCells, campaignTypeRow),
  jurisdictions: (text) => validatePointFeatures(DATA_FILES.jurisdictions, text, jurisdictionProperties),
  campaigns: (text) => readCsv('campaigns', text, campaignCells, campaignRow),
  campaignSteps: (text) => readCsv('campaignSteps', text, campaignStepCells, campaignStepRow),
  sisterLinks: (text) => readCsv('sisterLinks', text, sisterLinkCells, sisterLinkRow),
  localities: (text) => validatePointFeatures(DATA_FILES.localities, text, localityProperties),
  policeExchanges: (text) => readCsv('policeExchanges', text, policeExchangeCells, policeExchangeRow),
  stateLaws: (text) => readCsv('stateLaws', text, stateLawCells, stateLawRow),
  israelBonds: (text) => readCsv('israelBonds', text, israelBondCells, israelBondRow)
};

/** Reads and checks one file's text on its own; assembleDataset then joins the files. */
export function readDataFile<K extends DataKey>(key: K, text: string): NonNullable<ReadFiles[K]> {
  return (READERS[key] as (text: string) => NonNullable<ReadFiles[K]>)(text);
}

/** The files of points, and the area each of their points claims to lie in. */
const AREA_OF = {
  jurisdictions: (j: Jurisdiction) => j.state,
  localities: () => PALESTINE_AREA
} as const;

export type PointsKey = keyof typeof AREA_OF;

export const isPointsKey = (key: DataKey): key is PointsKey => Object.hasOwn(AREA_OF, key);

/**
 * Drops a file's points that lie outside the area they claim, each reported among the file's own problems; their ids
 * join the rejected ones. A new value: a file read once serves every dataset assembled from it. The build places the
 * bundled files (src/loaders/prepared.ts), so the browser does not need the boundaries to do it again.
 */
export function placeFile<K extends PointsKey>(key: K, validated: NonNullable<ReadFiles[K]>, areas: PlacementAreas): NonNullable<ReadFiles[K]> {
  const file = DATA_FILES[key];
  const area = AREA_OF[key] as (record: Jurisdiction | PalestinianLocality) => string;
  const issues = [...validated.issues];
  const rejectedIds = new Set(validated.rejectedIds);
  const records = (validated.records as Located<Jurisdiction | PalestinianLocality>[]).filter(({row, record}) => {
    const text = placementProblem(record.point, area(record), areas);
    if (text) {
      issues.push({file, row, column: 'geometry', text});
      rejectedIds.add(record.id);
    }
    return !text;
  });
  return {records, issues, rejectedIds} as NonNullable<ReadFiles[K]>;
}

/**
 * Turns the text of the data files into a validated dataset. Pure: the browser and `npm run data:check`
 * both call it, so the app and the checker can never disagree about what is valid. Each file is judged on
 * its own first; one file's failure never hides another file's records.
 */
export function parseDataset(texts: DatasetTexts, options: ParseOptions = {}): FullDataset {
  const files: ReadFiles = {};
  for (const key of DATA_KEYS) {
    const text = texts[key];
    if (text !== undefined) (files as Record<DataKey, unknown>)[key] = readDataFile(key, text);
  }
  return assembleDataset(files, options);
}

/**
 * Joins the files read on their own into a dataset: points checked against their areas (when `options.areas` are
 * given; prepared files were placed at build), references resolved, campaigns given their steps. A file missing
 * from `files` could not be loaded; references into it are not judged.
 */
export function assembleDataset<C extends Campaign>(files: ReadFiles<C>, options: ParseOptions = {}): Dataset<WithSteps<C> | CampaignRecord> {
  const loaded = new Set(DATA_KEYS.filter((k) => files[k] !== undefined));
  const types = files.campaignTypes ?? empty();
  const points = <K extends PointsKey>(key: K): NonNullable<ReadFiles[K]> => {
    const read = files[key] as ReadFiles[K];
    if (!read) return empty() as NonNullable<ReadFiles[K]>;
    return options.areas ? placeFile(key, read, options.areas) : read;
  };
  const jurisdictions = points('jurisdictions');
  const localities = points('localities');
  const campaigns = files.campaigns ?? empty();
  const steps = files.campaignSteps ?? empty();
  const links = files.sisterLinks ?? empty();
  const police = files.policeExchanges ?? empty();
  const laws = files.stateLaws ?? empty();
  const bonds = files.israelBonds ?? empty();
  const issues: DataIssue[] = [types, jurisdictions, localities, campaigns, steps, links, police, laws, bonds].flatMap((f) => f.issues);

  const jurisdictionList: Jurisdiction[] = recordsOf(jurisdictions.records);
  const localityList: PalestinianLocality[] = recordsOf(localities.records);
  const targets: Targets = {
    loaded,
    known: {jurisdictions: new Set(jurisdictionList.map((j) => j.id)), localities: new Set(localityList.map((l) => l.id))},
    rejected: {jurisdictions: jurisdictions.rejectedIds, localities: localities.rejectedIds}
  };
  const inJurisdictions = {column: 'municipality_id', target: 'jurisdictions'} as const;

  const resolvedCampaigns = keepResolved('campaigns', campaigns.records, issues, [{...inJurisdictions, key: (c) => c.jurisdictionId}], targets);
  const campaignList = withSteps(resolvedCampaigns, steps, loaded.has('campaigns'), campaigns.rejectedIds, issues);
  const resolvedLinks = recordsOf(keepResolved('sisterLinks', links.records, issues, [
    {...inJurisdictions, key: (l) => l.jurisdictionId},
    {column: 'locality_id', key: (l) => l.localityId, target: 'localities'}
  ], targets));
  const policeExchanges: PoliceExchange[] = recordsOf(keepResolved('policeExchanges', police.records, issues, [{...inJurisdictions, key: (p) => p.jurisdictionId}], targets));
  const israelBonds: IsraelBondRecord[] = recordsOf(keepResolved('israelBonds', bonds.records, issues, [{...inJurisdictions, key: (b) => b.jurisdictionId}], targets));

  const jurisdictionById = new Map(jurisdictionList.map((j) => [j.id, j]));
  const localityById = new Map(localityList.map((l) => [l.id, l]));
  // A link whose two ends cannot be joined by one great circle would take the arc layer down: report it instead.
  const rowOfLink = new Map(links.records.map(({row, record}) => [record.id, row]));
  const sisterLinks = resolvedLinks.filter((link) => {
    const from = jurisdictionById.get(link.jurisdictionId);
    const to = localityById.get(link.localityId);
    const problem = from && to ? linkEndsProblem(from.point, to.point) : undefined;
    if (problem) issues.push({file: DATA_FILES.sisterLinks, row: rowOfLink.get(link.id) ?? 0, column: 'locality_id', text: problem});
    return !problem;
  });

  // Types are a vocabulary of the code; the file gives them names and colours. A type it does not describe
  // (or every type, when the file is missing) is still shown, in grey, so its campaigns are not lost.
  const described = types.records.map((r) => r.record.type as CampaignType);
  for (const {row, record} of types.records) {
    for (const {column, text} of record.incomplete) issues.push({file: DATA_FILES.campaignTypes, row, column, text});
  }
  const used = new Set<string>(campaignList.map((c) => c.type));
  if (sisterLinks.length > 0) used.add('sister-cities');
  const undescribed = CAMPAIGN_TYPE_IDS.filter((id) => !described.some((t) => t.id === id) && (!loaded.has('campaignTypes') || used.has(id)));

  return {
    campaignTypes: [...described, ...undescribed.map(fallbackType)],
    jurisdictions: jurisdictionList,
    campaigns: [...campaignList, ...sisterLinks.map((l) => sisterLinkCampaign(l, localityById.get(l.localityId)))],
    localities: localityList,
    sisterLinks,
    policeExchanges,
    stateLaws: laws.records.map((r) => r.record),
    israelBonds,
    issues
  };
}
