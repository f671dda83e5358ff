import countiesUrl from '../../data/gazetteer/counties.csv?url';
import placesUrl from '../../data/gazetteer/places.csv?url';
import zipsUrl from '../../data/gazetteer/zips.csv?url';
import {COUNTY_COLUMNS, PLACE_COLUMNS, ZIP_COLUMNS, countyRowSchema, placeRowSchema, readGazetteerCsv, zipRowSchema} from '../gazetteer/format';
import {fetchText} from '../loaders/fetch-text';
import type {Gazetteer} from './search-index';

let loading: Promise<Gazetteer> | undefined;

/** The nationwide gazetteer (about 2 MB of CSV), fetched once, the first time someone uses search. */
export function loadGazetteer(): Promise<Gazetteer> {
  loading ??= Promise.all([
    fetchText(placesUrl, 'gazetteer/places.csv'),
    fetchText(countiesUrl, 'gazetteer/counties.csv'),
    fetchText(zipsUrl, 'gazetteer/zips.csv')
  ])
    .then(([places, counties, zips]) => ({
      places: readGazetteerCsv('gazetteer/places.csv', places, PLACE_COLUMNS, placeRowSchema).records.map((r) => r.record),
      counties: readGazetteerCsv('gazetteer/counties.csv', counties, COUNTY_COLUMNS, countyRowSchema).records.map((r) => r.record),
      zips: readGazetteerCsv('gazetteer/zips.csv', zips, ZIP_COLUMNS, zipRowSchema).records.map((r) => r.record)
    }))
    .catch((error: unknown) => {
      loading = undefined; // let the next attempt try again
      throw error;
    });
  return loading;
}
