import {GAZETTEER_FILES, type Gazetteer, type GazetteerTexts, gazetteerRows, readGazetteer} from '../gazetteer/format';
import {fetchFileText} from '../loaders/fetch-file';

export type GazetteerReply = {ok: true; gazetteer: Gazetteer} | {ok: false; message: string};

/**
 * Fetches and parses the nationwide gazetteer (about 2 MB of CSV, some 200 ms of parsing on a laptop and far
 * more on a phone) off the main thread, so the page keeps answering while the first search gets ready.
 * The page sends the site's base URL: the files are in public/gazetteer/, served wherever the site is.
 */
async function load(base: string): Promise<Gazetteer> {
  const keys = Object.keys(GAZETTEER_FILES) as (keyof GazetteerTexts)[];
  const texts = await Promise.all(keys.map((k) => fetchFileText(new URL(`gazetteer/${GAZETTEER_FILES[k]}`, base).href, `gazetteer/${GAZETTEER_FILES[k]}`)));
  return gazetteerRows(readGazetteer(Object.fromEntries(keys.map((k, i) => [k, texts[i]!])) as GazetteerTexts));
}

onmessage = (event: MessageEvent<{base: string}>) => {
  load(event.data.base).then(
    (gazetteer) => postMessage({ok: true, gazetteer} satisfies GazetteerReply),
    (error: unknown) => postMessage({ok: false, message: error instanceof Error ? error.message : String(error)} satisfies GazetteerReply)
  );
};
