/** The addresses of the prepared data files, by data key (src/build/prepared-data.ts makes this module). */
declare module 'virtual:prepared-data' {
  import type {DataKey} from './dataset';

  const urls: Record<DataKey, string>;
  export default urls;
  /** The shards of campaign-words.json, in order (src/loaders/prepared.ts). */
  export const wordsUrls: readonly string[];
  /** campaign-sites.json (src/loaders/prepared.ts). */
  export const sitesUrl: string;
}
