import campaignTypesUrl from '../../data/campaign-types.csv?url';
import campaignsUrl from '../../data/campaigns.csv?url';
import jurisdictionsUrl from '../../data/municipalities.geojson?url';
import localitiesUrl from '../../data/palestinian-localities.geojson?url';
import policeExchangesUrl from '../../data/police-exchanges.csv?url';
import sisterLinksUrl from '../../data/sister-cities.csv?url';
import stateLawsUrl from '../../data/state-laws.csv?url';
import type {Dataset} from '../domain/records';
import {DATA_FILES, type DatasetTexts, parseDataset} from './dataset';
import {fetchText} from './fetch-text';

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

/** Fetches every data file in parallel and validates them together (references cross files). */
export async function fetchDataset(): Promise<Dataset> {
  const keys = Object.keys(URLS) as (keyof DatasetTexts)[];
  const texts = await Promise.all(keys.map((key) => fetchText(URLS[key], DATA_FILES[key])));
  return parseDataset(Object.fromEntries(keys.map((k, i) => [k, texts[i]!])) as DatasetTexts);
}
