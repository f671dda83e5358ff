import {join} from 'node:path';
import {type Plugin, runnerImport} from 'vite';
import type * as Prepare from './prepare-data';
import type {DataKey} from '../loaders/dataset';

/** What the app imports for the addresses of the prepared data files (src/loaders/fetch-dataset.ts). */
export const PREPARED_DATA_MODULE = 'virtual:prepared-data';
const RESOLVED = `\0${PREPARED_DATA_MODULE}`;
/** Where the dev server answers for a prepared file, made from data/ on each request so an edit shows on reload. */
const DEV_PATH = '/prepared-data/';

/**
 * The preparation, through Vite's own module runner: imported by the config directly, the whole loader graph would
 * be bundled into the config (and its extensionless imports are what Vite's coming native config loader refuses).
 */
async function importPreparation(root: string): Promise<typeof Prepare> {
  const {module} = await runnerImport<typeof Prepare>(join(root, 'src', 'build', 'prepare-data.ts'), {configFile: false, root, logLevel: 'silent'});
  return module;
}

/**
 * Prepares data/ for the browser (src/loaders/prepared.ts): at build, each data file is checked and emitted as a
 * hashed asset beside the app, with the campaigns' words in shards of their own and the sites they cite in a file of
 * their own; the dev server prepares them on request (the words in one shard, so that an edit to campaigns.csv never
 * changes how many there are). The module the app imports maps each data key to its file's address, and gives the
 * words' shards' addresses and the sites'.
 */
export function preparedData(dataDir: string): Plugin {
  let serving = false;
  let root = process.cwd();
  // Imported once: each import starts a module runner of its own, and the dev server answers nine files a visit.
  let imported: Promise<typeof Prepare> | undefined;
  const preparation = () => (imported ??= importPreparation(root));
  return {
    name: 'prepared-data',
    configResolved: (config) => {
      serving = config.command === 'serve';
      root = config.root;
    },
    resolveId: (id) => (id === PREPARED_DATA_MODULE ? RESOLVED : undefined),
    async load(id) {
      if (id !== RESOLVED) return undefined;
      const {CAMPAIGN_SITES_FILE, CAMPAIGN_WORDS_FILE, DATA_FILES, DATA_KEYS, preparer, preparedName, prepareSites, prepareWords} = await preparation();
      // Made on the first file the build emits (it reads the placement boundaries once); never when serving.
      let prepare: ((key: DataKey) => string) | undefined;
      const emitted = (name: string, source: () => string) =>
        serving ? JSON.stringify(`${DEV_PATH}${name}`) : `import.meta.ROLLUP_FILE_URL_${this.emitFile({type: 'asset', name, source: source()})}`;
      const urls = DATA_KEYS.map((key) => {
        this.addWatchFile(join(root, dataDir, DATA_FILES[key]));
        return emitted(preparedName(key), () => (prepare ??= preparer(root, dataDir))(key));
      });
      // After campaigns.json, whose reading of campaigns.csv they share.
      const words = serving
        ? [JSON.stringify(`${DEV_PATH}${CAMPAIGN_WORDS_FILE}`)]
        : prepareWords(root, dataDir).map((text, i, all) => emitted(CAMPAIGN_WORDS_FILE.replace('.json', `-${i + 1}-of-${all.length}.json`), () => text));
      const sites = emitted(CAMPAIGN_SITES_FILE, () => prepareSites(root, dataDir));
      return `export default {${DATA_KEYS.map((key, i) => `${key}: ${urls[i]}`).join(', ')}};\nexport const wordsUrls = [${words.join(', ')}];\nexport const sitesUrl = ${sites};`;
    },
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        if (!request.url?.startsWith(DEV_PATH)) return next();
        const name = request.url.slice(DEV_PATH.length);
        preparation().then(({CAMPAIGN_SITES_FILE, CAMPAIGN_WORDS_FILE, DATA_KEYS, preparer, preparedName, prepareSites, prepareWords}) => {
          const key = DATA_KEYS.find((k) => preparedName(k) === name);
          const made = key
            ? () => preparer(root, dataDir)(key)
            : name === CAMPAIGN_WORDS_FILE
              ? () => prepareWords(root, dataDir, Infinity)[0]
              : name === CAMPAIGN_SITES_FILE
                ? () => prepareSites(root, dataDir)
                : undefined;
          if (!made) return next();
          response.setHeader('Content-Type', 'application/json');
          response.end(made());
        }, next);
      });
    }
  };
}
