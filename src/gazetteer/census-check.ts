/**
 * data:check's cross-check of the hand-entered Census GEOIDs in data/municipalities.geojson against the Census
 * lists committed in data/census/: a 7-digit id must be a Census place of the same state, in the 2010 list or, for a
 * place incorporated, renamed or recoded since (Brookhaven GA, 2012; Amherst MA, a Census "town city" after 2010),
 * the 2025 one. An id neither list has, or a name that differs from the Census name, is a warning.
 * A 10-digit id of a state a county subdivision list covers (2023 for CT, MA and RI, 2025 for nine more) must be
 * one of its towns: the gazetteer's towns carry those ids, and a record under an older code (Connecticut's before
 * its 2022 planning regions) would not meet its own town in search or in the profile.
 */
import type {DataIssue} from '../domain/records';
import {message} from '../i18n/message';
import {DATA_FILES} from '../loaders/dataset';
import {jurisdictionProperties} from '../loaders/schemas';
import {validatePointFeatures} from '../loaders/validate';
import {
  CENSUS_PLACE_2025_COLUMNS,
  CENSUS_PLACE_COLUMNS,
  CENSUS_PLACES_2025_FILE,
  CENSUS_PLACES_FILE,
  type CensusPlace2025,
  censusPlace2025RowSchema,
  censusPlaceName,
  censusPlaceRowSchema,
  nameKeys
} from './build';
import {readGazetteerCsv} from './format';
import {CENSUS_SUBDIVISION_COLUMNS, censusSubdivisionRowSchema, subdivisionPlainName, type CensusSubdivision} from './subdivisions';

export interface GeoidCheck {
  issues: DataIssue[];
  warnings: DataIssue[];
}

/** A Census county subdivision list, named in messages by its file and year. */
export interface SubdivisionList {
  file: string;
  year: string;
  towns: readonly CensusSubdivision[];
}

interface Jurisdiction {
  row: number;
  record: {id: string; name: string; state: string};
}

export function checkPlaceGeoids(
  jurisdictions: readonly Jurisdiction[],
  census: {'2010': readonly CensusPlace2025[]; '2025': readonly CensusPlace2025[]},
  subdivisions: readonly SubdivisionList[],
  file: string
): GeoidCheck {
  // The 2010 place where it has one, else the 2025 place: a code both share names the same place.
  const byGeoid = new Map([...census['2025'], ...census['2010']].map((place) => [place.geoid, place]));
  const towns = new Map(subdivisions.flatMap((list) => list.towns.map((town) => [town.geoid, town] as const)));
  const listOf = new Map(subdivisions.flatMap((list) => list.towns.map((town) => [town.state, list] as const)));
  const result: GeoidCheck = {issues: [], warnings: []};
  for (const {row, record} of jurisdictions) {
    const list = listOf.get(record.state);
    if (/^\d{10}$/.test(record.id) && list) {
      const town = towns.get(record.id);
      const at = {file, row, column: 'id'};
      if (town === undefined || town.state !== record.state) {
        result.issues.push({...at, text: message('issue.subdivisionUnknown', {id: record.id, name: record.name, state: record.state, year: list.year, list: `data/${list.file}`})});
      } else if (!nameKeys(record.name).some((key) => nameKeys(subdivisionPlainName(town)).includes(key))) {
        result.warnings.push({...at, column: 'name', text: message('issue.censusOtherName', {name: record.name, censusName: town.name, id: record.id})});
      }
      continue;
    }
    if (!/^\d{7}$/.test(record.id)) continue;
    const place = byGeoid.get(record.id);
    const at = {file, row, column: 'id'};
    if (place === undefined) {
      result.warnings.push({...at, text: message('issue.censusUnknown', {id: record.id, name: record.name, state: record.state, list: `data/${CENSUS_PLACES_FILE}, data/${CENSUS_PLACES_2025_FILE}`})});
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
export function censusGeoidCheck(
  jurisdictionsText: string,
  texts: {places: string; places2025: string; subdivisions: readonly {file: string; year: string; text: string}[]}
): GeoidCheck {
  const census = readGazetteerCsv(CENSUS_PLACES_FILE, texts.places, CENSUS_PLACE_COLUMNS, censusPlaceRowSchema);
  const census2025 = readGazetteerCsv(CENSUS_PLACES_2025_FILE, texts.places2025, CENSUS_PLACE_2025_COLUMNS, censusPlace2025RowSchema);
  const lists = texts.subdivisions.map(({file, year, text}) => ({file, year, read: readGazetteerCsv(file, text, CENSUS_SUBDIVISION_COLUMNS, censusSubdivisionRowSchema)}));
  const jurisdictions = validatePointFeatures(DATA_FILES.jurisdictions, jurisdictionsText, jurisdictionProperties).records;
  const records = <T>(read: {records: readonly {record: T}[]}) => read.records.map(({record}) => record);
  const towns = lists.map(({file, year, read}) => ({file, year, towns: records(read)}));
  const check = checkPlaceGeoids(jurisdictions, {'2010': records(census), '2025': records(census2025)}, towns, DATA_FILES.jurisdictions);
  return {issues: [...census.issues, ...census2025.issues, ...lists.flatMap(({read}) => read.issues), ...check.issues], warnings: check.warnings};
}
