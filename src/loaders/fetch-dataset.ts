import campaignTypesUrl from '../../data/campaign-types.csv?url';
import campaignStepsUrl from '../../data/campaign-steps.csv?url';
import campaignsUrl from '../../data/campaigns.csv?url';
import israelBondsUrl from '../../data/israel-bonds.csv?url';
import jurisdictionsUrl from '../../data/municipalities.geojson?url';
import localitiesUrl from '../../data/palestinian-localities.geojson?url';
import policeExchangesUrl from '../../data/police-exchanges.csv?url';
import sisterLinksUrl from '../../data/sister-cities.csv?url';
import stateLawsUrl from '../../data/state-laws.csv?url';
import type {DataKey} from './dataset';

/**
 * Where each data file is served. Vite copies each into the build with a content hash, so the built site is
 * self-contained (and never inlines one as a data: URL, which a strict Content-Security-Policy would block).
 */
export const DATA_URLS: Record<DataKey, string> = {
  campaignTypes: campaignTypesUrl,
  jurisdictions: jurisdictionsUrl,
  campaigns: campaignsUrl,
  campaignSteps: campaignStepsUrl,
  sisterLinks: sisterLinksUrl,
  localities: localitiesUrl,
  policeExchanges: policeExchangesUrl,
  stateLaws: stateLawsUrl,
  israelBonds: israelBondsUrl
};
