/**
 * data:check's cross-check of the hand-entered Census GEOIDs in data/municipalities.geojson against the Census
 * place list committed in data/census/: a 7-digit id must be a Census place of the same state. An id the list
 * lacks, or a name that differs from the Census name, is a warning: the list is the 2010 one, and places
 * incorporated, renamed or recoded since (Amherst MA became a Census "town city" after 2010) are not in it.
 */
import type {DataIssue} from '../domain/records';
import {message} from '../i18n/message';
import {DATA_FILES} from '../loaders/dataset';
import {jurisdictionProperties} from '../loaders/schemas';
import {validatePointFeatures} from '../loaders/validate';
import {CENSUS_PLACE_COLUMNS, CENSUS_PLACES_FILE, censusPlaceName, censusPlaceRowSchema, nameKeys, type CensusPlace} from './build';
import {readGazetteerCsv} from './format';

export interface GeoidCheck {
  issues: DataIssue[];
  warnings: DataIssue[];
}

interface Jurisdiction {
  row: number;
  record: {id: string; name: string; state: string};
}

export function checkPlaceGeoids(jurisdictions: readonly Jurisdiction[], census: readonly CensusPlace[], file: string): GeoidCheck {
  const byGeoid = new Map(census.map((place) => [place.geoid, place]));
  const result: GeoidCheck = {issues: [], warnings: []};
  for (const {row, record} of jurisdictions) {
    if (!/^\d{7}$/.test(record.id)) continue;
    const place = byGeoid.get(record.id);
    const at = {file, row, column: 'id'};
    if (place === undefined) {
      result.warnings.push({...at, text: message('issue.censusUnknown', {id: record.id, name: record.name, state: record.state, list: `data/${CENSUS_PLACES_FILE}`})});
    } else if (place.state !== record.state) {
      result.issues.push({...at, text: message('issue.censusOtherState', {id: record.id, name: place.name, censusState: place.state, state: record.state})});
    } else {
      const {name, kind} = censusPlaceName(place);
      const censusKeys = new Set(nameKeys(name, kind === 'consolidated'));
      if (!nameKeys(record.name).some((key) => censusKeys.has(key))) {
        result.warnings.push({...at, column: 'name', text: message('issue.censusOtherName', {name: record.name, censusName: place.name, id: record.id})});
      }
    }
  }
  return result;
}

/** Reads both files and runs the check; a bad row in the Census list is an issue too. */
export function censusGeoidCheck(jurisdictionsText: string, censusText: string): GeoidCheck {
  const census = readGazetteerCsv(CENSUS_PLACES_FILE, censusText, CENSUS_PLACE_COLUMNS, censusPlaceRowSchema);
  const jurisdictions = validatePointFeatures(DATA_FILES.jurisdictions, jurisdictionsText, jurisdictionProperties).records;
  const check = checkPlaceGeoids(jurisdictions, census.records.map(({record}) => record), DATA_FILES.jurisdictions);
  return {issues: [...census.issues, ...check.issues], warnings: check.warnings};
}
