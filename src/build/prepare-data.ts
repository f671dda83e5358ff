import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {PLACEMENT_FILE, readPlacementAreas} from '../geo/placement';
import {DATA_FILES, DATA_KEYS, type DataKey} from '../loaders/dataset';
import {CAMPAIGN_SITES_FILE, CAMPAIGN_WORDS_FILE, prepareCampaignSites, prepareCampaignWords, prepareDataFile} from '../loaders/prepared';

/** What the build's plugin (src/build/prepared-data.ts) needs, loaded through Vite's module runner. */
export {CAMPAIGN_SITES_FILE, CAMPAIGN_WORDS_FILE, DATA_FILES, DATA_KEYS};

/** The name of a data file's prepared form: campaigns.csv → campaigns.json (hashed by the build). */
export const preparedName = (key: DataKey) => `${DATA_FILES[key].replace(/\.[a-z]+$/, '')}.json`;

/**
 * Prepares the files of a data folder as the site ships them, their points placed with the boundaries the site is
 * built with (read once, for every file prepared with the returned function).
 */
export function preparer(root: string, dataDir: string): (key: DataKey) => string {
  const areas = readPlacementAreas(JSON.parse(readFileSync(join(root, 'public', 'basemap', PLACEMENT_FILE), 'utf8')));
  return (key) => prepareDataFile(key, readFileSync(join(root, dataDir, DATA_FILES[key]), 'utf8'), areas);
}

const campaignsText = (root: string, dataDir: string) => readFileSync(join(root, dataDir, DATA_FILES.campaigns), 'utf8');

/** The shards of the campaigns' words (src/loaders/prepared.ts), from the data folder's campaigns.csv. */
export function prepareWords(root: string, dataDir: string, shardBytes?: number): string[] {
  return prepareCampaignWords(campaignsText(root, dataDir), shardBytes);
}

/** The sites each campaign cites (src/loaders/prepared.ts), from the data folder's campaigns.csv. */
export function prepareSites(root: string, dataDir: string): string {
  return prepareCampaignSites(campaignsText(root, dataDir));
}
