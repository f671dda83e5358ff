import campaignTypesUrl from '../../data/campaign-types.csv?url';
import campaignsUrl from '../../data/campaigns.csv?url';
import jurisdictionsUrl from '../../data/municipalities.geojson?url';
import localitiesUrl from '../../data/palestinian-localities.geojson?url';
import policeExchangesUrl from '../../data/police-exchanges.csv?url';
import sisterLinksUrl from '../../data/sister-cities.csv?url';
import stateLawsUrl from '../../data/state-laws.csv?url';
import type {Dataset} from '../domain/records';
import {DATA_FILES, type DatasetTexts, parseDataset} from './dataset';

// Vite copies each data file into the build with a content hash, so the built site is self-contained.
const URLS: Record<keyof DatasetTexts, string> = {
  campaignTypes: campaignTypesUrl,
  jurisdictions: jurisdictionsUrl,
  campaigns: campaignsUrl,
  sisterLinks: sisterLinksUrl,
  localities: localitiesUrl,
  policeExchanges: policeExchangesUrl,
  stateLaws: stateLawsUrl
};

async function fetchText(key: keyof DatasetTexts): Promise<string> {
  const response = await fetch(URLS[key]);
  if (!response.ok) throw new Error(`Could not load ${DATA_FILES[key]} (HTTP ${response.status}).`);
  return response.text();
}

/** Fetches every data file in parallel and validates them together (references cross files). */
export async function fetchDataset(): Promise<Dataset> {
  const keys = Object.keys(URLS) as (keyof DatasetTexts)[];
  const texts = await Promise.all(keys.map(fetchText));
  return parseDataset(Object.fromEntries(keys.map((k, i) => [k, texts[i]!])) as DatasetTexts);
}
