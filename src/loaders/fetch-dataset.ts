import preparedUrls, {sitesUrl, wordsUrls} from 'virtual:prepared-data';
import type {DataKey} from './dataset';

/**
 * Where each data file is served, prepared (src/loaders/prepared.ts). The build emits each as a hashed file, so the
 * built site is self-contained (and never inlines one as a data: URL, which a strict Content-Security-Policy would block).
 */
export const DATA_URLS: Record<DataKey, string> = preparedUrls;

/** Where the shards of the campaigns' words are served (src/loaders/prepared.ts), each fetched when first needed. */
export const CAMPAIGN_WORDS_URLS: readonly string[] = wordsUrls;

/** Where the sites each campaign cites are served (src/loaders/prepared.ts), fetched when About first needs them. */
export const CAMPAIGN_SITES_URL: string = sitesUrl;
