/**
 * data:check's cross-check of the hand-entered Census GEOIDs in data/municipalities.geojson against the Census
 * lists committed in data/census/: a 7-digit id must be a Census place of the same state. An id the list
 * lacks, or a name that differs from the Census name, is a warning: the list is the 2010 one, and places
 * incorporated, renamed or recoded since (Amherst MA became a Census "town city" after 2010) are not in it.
 * A 10-digit id of a state the 2023 county subdivision list covers must be one of its towns: the gazetteer's
 * towns carry those ids, and a record under an older code (Connecticut's before its 2022 planning regions) would
 * not meet its own town in search or in the profile.
 */
import type {DataIssue} from '../domain/records';
import {message} from '../i18n/message';
import {DATA_FILES} from '../loaders/dataset';
import {jurisdictionProperties} from '../loaders/schemas';
import {validatePointFeatures} from '../loaders/validate';
import {CENSUS_PLACE_COLUMNS, CENSUS_PLACES_FILE, censusPlaceName, censusPlaceRowSchema, nameKeys, type CensusPlace} from './build';
import {readGazetteerCsv} from './format';
import {CENSUS_SUBDIVISION_COLUMNS, CENSUS_SUBDIVISIONS_FILE, censusSubdivisionRowSchema, subdivisionName, type CensusSubdivision} from './subdivisions';

export interface GeoidCheck {
  issues: DataIssue[];
  warnings: DataIssue[];
}

interface Jurisdiction {
  row: number;
  record: {id: string; name: string; state: string};
}

export function checkPlaceGeoids(
  jurisdictions: readonly Jurisdiction[],
  census: readonly CensusPlace[],
  subdivisions: readonly CensusSubdivision[],
  file: string
): GeoidCheck {
  const byGeoid = new Map(census.map((place) => [place.geoid, place]));
  const towns = new Map(subdivisions.map((town) => [town.geoid, town]));
  const townStates = new Set(subdivisions.map((town) => town.state));
  const result: GeoidCheck = {issues: [], warnings: []};
  for (const {row, record} of jurisdictions) {
    if (/^\d{10}$/.test(record.id) && townStates.has(record.state)) {
      const town = towns.get(record.id);
      const at = {file, row, column: 'id'};
      if (town === undefined) {
        result.issues.push({...at, text: message('issue.subdivisionUnknown', {id: record.id, name: record.name, state: record.state, list: `data/${CENSUS_SUBDIVISIONS_FILE}`})});
      } else if (!nameKeys(record.name).some((key) => nameKeys(subdivisionName(town)?.name ?? town.name).includes(key))) {
        result.warnings.push({...at, column: 'name', text: message('issue.censusOtherName', {name: record.name, censusName: town.name, id: record.id})});
      }
      continue;
    }
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

/** Reads the files and runs the check; a bad row in a Census list is an issue too. */
export function censusGeoidCheck(jurisdictionsText: string, texts: {places: string; subdivisions: string}): GeoidCheck {
  const census = readGazetteerCsv(CENSUS_PLACES_FILE, texts.places, CENSUS_PLACE_COLUMNS, censusPlaceRowSchema);
  const towns = readGazetteerCsv(CENSUS_SUBDIVISIONS_FILE, texts.subdivisions, CENSUS_SUBDIVISION_COLUMNS, censusSubdivisionRowSchema);
  const jurisdictions = validatePointFeatures(DATA_FILES.jurisdictions, jurisdictionsText, jurisdictionProperties).records;
  const records = <T>(read: {records: readonly {record: T}[]}) => read.records.map(({record}) => record);
  const check = checkPlaceGeoids(jurisdictions, records(census), records(towns), DATA_FILES.jurisdictions);
  return {issues: [...census.issues, ...towns.issues, ...check.issues], warnings: check.warnings};
}
