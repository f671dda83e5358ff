/**
 * The 2010 list's places as the Census Bureau lists them now. The 2010 Gazetteer is the newest place list with a
 * count for every place, but since 2010 places have incorporated under their CDP's code (Eastvale CA 2010, Tucker
 * GA 2016), towns have become cities (Buckeye AZ), names have been corrected (Avila Beach CA, Española NM), and every
 * place has grown or shrunk. Pure, like the rest of the build (data/README.md, "Which places").
 */
import {editDistance} from '../search/normalize';
import {type CensusPlace, type CensusPlace2025, censusPlaceName, nameKeys} from './build';

export interface CurrentPlaces {
  places: CensusPlace[];
  /** Places whose name, LSAD or functional status the 2025 list changes. */
  changed: number;
  /** Places with a 2019-2023 estimate, which replaces their 2010 count. */
  estimated: number;
  /**
   * 2010 places absent from the 2025 list (merged, dissolved or recoded since), or whose code it gives another
   * place (3736511, Lake Norman of Catawba CDP in 2010, is Lake Norman of Iredell CDP now): kept as in 2010.
   */
  gone: CensusPlace[];
}

/**
 * Spelling corrections are the same place (Avilla Beach -> Avila Beach, Hidden Spring -> Hidden Springs), and so is
 * a name given a second one in parentheses (Hartford village -> Hartford (Croton) village).
 */
const SAME_NAME_EDITS = 2;

function sameName(a: string, b: string): boolean {
  const others = nameKeys(b);
  return nameKeys(a).some((one) => others.some((other) => editDistance(one, other) <= SAME_NAME_EDITS));
}

/**
 * Each 2010 place that the 2025 list has under the same GEOID and name (up to a spelling correction) takes that
 * list's name, LSAD and functional status;
 * each with an ACS 2019-2023 estimate carries it (which the 1,000 floor and places.csv then read: `newestCount`), so
 * that places, towns and places since 2010 share one vintage. The 2010 count stays beside it: GeoNames's figures are
 * mostly of 2010, and the matching compares them with it (`matchPlaces`). The 2010 internal point
 * and land area stay: they place the row and its ZIP circle, as they did. A place the 2025 list lacks keeps its 2010
 * row; the estimates' names are not compared, as their GEOIDs are the 2025 list's.
 */
export function onCurrentList(
  census2010: readonly CensusPlace[],
  census2025: readonly CensusPlace2025[],
  estimates: ReadonlyMap<string, number>
): CurrentPlaces {
  const now = new Map(census2025.map((place) => [place.geoid, place]));
  let changed = 0;
  let estimated = 0;
  const gone: CensusPlace[] = [];
  const places = census2010.map((place): CensusPlace => {
    const current = now.get(place.geoid);
    const formerName = censusPlaceName(place).name;
    const currentName = current?.state === place.state ? censusPlaceName(current).name : undefined;
    if (current === undefined || currentName === undefined || !sameName(formerName, currentName)) {
      gone.push(place);
      return place;
    }
    const {name, lsad, funcstat} = current;
    if (name !== place.name || lsad !== place.lsad || funcstat !== place.funcstat) changed++;
    const estimate = estimates.get(place.geoid);
    if (estimate !== undefined) estimated++;
    return {
      ...place,
      name,
      lsad,
      funcstat,
      ...(estimate === undefined ? {} : {estimate}),
      ...(formerName === currentName ? {} : {formerName})
    };
  });
  return {places, changed, estimated, gone};
}
