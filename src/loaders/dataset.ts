import type {
  Campaign,
  CampaignType,
  DataIssue,
  Dataset,
  Jurisdiction,
  PalestinianLocality,
  PoliceExchange,
  SisterCityLink
} from '../domain/records';
import {SISTER_LINK_CAMPAIGN_STATUS} from '../domain/vocabulary';
import {parseCsv} from './csv';
import {
  campaignRow,
  campaignTypeRow,
  jurisdictionProperties,
  localityProperties,
  policeExchangeRow,
  sisterLinkRow,
  stateLawRow
} from './schemas';
import {type Located, validateCsv, validatePointFeatures} from './validate';

/** The files of data/, by role. The names are the public contract documented in data/README.md. */
export const DATA_FILES = {
  campaignTypes: 'campaign-types.csv',
  jurisdictions: 'municipalities.geojson',
  campaigns: 'campaigns.csv',
  sisterLinks: 'sister-cities.csv',
  localities: 'palestinian-localities.geojson',
  policeExchanges: 'police-exchanges.csv',
  stateLaws: 'state-laws.csv'
} as const;

export type DatasetTexts = Record<keyof typeof DATA_FILES, string>;

const COLUMNS = {
  campaignTypes: ['id', 'label', 'description', 'color', 'learn_more_url', 'source_urls', 'checked'],
  campaigns: ['id', 'municipality_id', 'type', 'status', 'title', 'summary', 'introduced', 'decided', 'vote', 'source_urls', 'checked', 'confidence'],
  sisterLinks: ['id', 'municipality_id', 'locality_id', 'status', 'proposed', 'rejected', 'approved', 'signed', 'summary', 'source_urls', 'checked', 'confidence'],
  policeExchanges: ['id', 'agency', 'municipality_id', 'program', 'sponsor', 'years', 'outcome', 'summary', 'source_urls', 'checked', 'confidence'],
  stateLaws: ['id', 'state', 'year', 'type', 'summary', 'source_urls', 'checked', 'confidence']
} as const;

/** Keeps the records whose references resolve; reports the others against the referring column. */
function keepResolved<T>(
  file: string,
  located: Located<T>[],
  issues: DataIssue[],
  checks: readonly {column: string; key: (r: T) => string; known: ReadonlySet<string>; target: string}[]
): T[] {
  return located.flatMap(({row, record}) => {
    const broken = checks.filter((c) => !c.known.has(c.key(record)));
    for (const c of broken) {
      issues.push({file, row, column: c.column, message: `"${c.key(record)}" is not an id in ${c.target}`});
    }
    return broken.length === 0 ? [record] : [];
  });
}

function sisterLinkCampaign(link: SisterCityLink, locality: PalestinianLocality): Campaign {
  const decided = link.signed ?? link.approved ?? link.rejected;
  return {
    id: `sister-${link.id}`,
    jurisdictionId: link.jurisdictionId,
    type: 'sister-cities',
    status: SISTER_LINK_CAMPAIGN_STATUS[link.status],
    title: `Sister city: ${locality.nameEn}`,
    summary: link.summary,
    ...(link.proposed ? {introduced: link.proposed} : {}),
    ...(decided ? {decided} : {}),
    sources: link.sources,
    checked: link.checked,
    confidence: link.confidence,
    sisterLinkId: link.id
  };
}

/**
 * Turns the text of the data files into a validated dataset. Pure: the browser and `npm run data:check`
 * both call it, so the app and the checker can never disagree about what is valid.
 */
export function parseDataset(texts: DatasetTexts): Dataset {
  const issues: DataIssue[] = [];
  const csv = <K extends keyof typeof COLUMNS>(key: K) => parseCsv(DATA_FILES[key], texts[key]);

  const types = validateCsv(csv('campaignTypes'), DATA_FILES.campaignTypes, campaignTypeRow, COLUMNS.campaignTypes);
  const jurisdictions = validatePointFeatures(DATA_FILES.jurisdictions, texts.jurisdictions, jurisdictionProperties);
  const localities = validatePointFeatures(DATA_FILES.localities, texts.localities, localityProperties);
  const campaigns = validateCsv(csv('campaigns'), DATA_FILES.campaigns, campaignRow, COLUMNS.campaigns);
  const links = validateCsv(csv('sisterLinks'), DATA_FILES.sisterLinks, sisterLinkRow, COLUMNS.sisterLinks);
  const police = validateCsv(csv('policeExchanges'), DATA_FILES.policeExchanges, policeExchangeRow, COLUMNS.policeExchanges);
  const laws = validateCsv(csv('stateLaws'), DATA_FILES.stateLaws, stateLawRow, COLUMNS.stateLaws);
  for (const v of [types, jurisdictions, localities, campaigns, links, police, laws]) issues.push(...v.issues);

  const campaignTypes: CampaignType[] = types.records.map((r) => r.record);
  const jurisdictionList: Jurisdiction[] = jurisdictions.records.map((r) => r.record);
  const localityList: PalestinianLocality[] = localities.records.map((r) => r.record);
  const jurisdictionIds = new Set(jurisdictionList.map((j) => j.id));
  const typeIds = new Set<string>(campaignTypes.map((t) => t.id));
  const localityById = new Map(localityList.map((l) => [l.id, l]));
  const inJurisdictions = {column: 'municipality_id', known: jurisdictionIds, target: DATA_FILES.jurisdictions};

  const campaignList: Campaign[] = keepResolved(DATA_FILES.campaigns, campaigns.records, issues, [
    {...inJurisdictions, key: (c) => c.jurisdictionId},
    {column: 'type', key: (c) => c.type, known: typeIds, target: DATA_FILES.campaignTypes}
  ]);
  const sisterLinks: SisterCityLink[] = keepResolved(DATA_FILES.sisterLinks, links.records, issues, [
    {...inJurisdictions, key: (l) => l.jurisdictionId},
    {column: 'locality_id', key: (l) => l.localityId, known: new Set(localityById.keys()), target: DATA_FILES.localities}
  ]);
  const policeExchanges: PoliceExchange[] = keepResolved(DATA_FILES.policeExchanges, police.records, issues, [
    {...inJurisdictions, key: (p) => p.jurisdictionId}
  ]);

  return {
    campaignTypes,
    jurisdictions: jurisdictionList,
    campaigns: [...campaignList, ...sisterLinks.map((l) => sisterLinkCampaign(l, localityById.get(l.localityId)!))],
    localities: localityList,
    sisterLinks,
    policeExchanges,
    stateLaws: laws.records.map((r) => r.record),
    issues
  };
}
