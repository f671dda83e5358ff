import countiesUrl from '../../data/gazetteer/counties.csv?url';
import placesUrl from '../../data/gazetteer/places.csv?url';
import zipsUrl from '../../data/gazetteer/zips.csv?url';
import {COUNTY_COLUMNS, PLACE_COLUMNS, ZIP_COLUMNS, countyRowSchema, placeRowSchema, readGazetteerCsv, zipRowSchema} from '../gazetteer/format';
import {fetchText} from '../loaders/fetch-text';
import type {Gazetteer} from './search-index';

export type GazetteerReply = {ok: true; gazetteer: Gazetteer} | {ok: false; message: string};

/**
 * Fetches and parses the nationwide gazetteer (about 2 MB of CSV, some 200 ms of parsing on a laptop and far
 * more on a phone) off the main thread, so the page keeps answering while the first search gets ready.
 */
async function load(): Promise<Gazetteer> {
  const [places, counties, zips] = await Promise.all([
    fetchText(placesUrl, 'gazetteer/places.csv'),
    fetchText(countiesUrl, 'gazetteer/counties.csv'),
    fetchText(zipsUrl, 'gazetteer/zips.csv')
  ]);
  return {
    places: readGazetteerCsv('gazetteer/places.csv', places, PLACE_COLUMNS, placeRowSchema).records.map((r) => r.record),
    counties: readGazetteerCsv('gazetteer/counties.csv', counties, COUNTY_COLUMNS, countyRowSchema).records.map((r) => r.record),
    zips: readGazetteerCsv('gazetteer/zips.csv', zips, ZIP_COLUMNS, zipRowSchema).records.map((r) => r.record)
  };
}

load().then(
  (gazetteer) => postMessage({ok: true, gazetteer} satisfies GazetteerReply),
  (error: unknown) => postMessage({ok: false, message: error instanceof Error ? error.message : String(error)} satisfies GazetteerReply)
);
