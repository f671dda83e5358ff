/**
 * Census places the 2010 list lacks (incorporated or first listed since: Brookhaven GA, 2012), from the committed 2025
 * Gazetteer place file: first for the GeoNames-only rows that are them, then the rest of 1,000 people or more. Pure, like the rest of the build
 * (data/README.md, "Places since 2010").
 */
import {
  type CensusPlace,
  type CensusPlace2025,
  censusPlaceName,
  censusRadiusKm,
  comparePlaceRows,
  type CountyIndex,
  kilometres,
  MATCH_MIN_KM,
  MATCH_RADII,
  MIN_POPULATION,
  nameKeys,
  type PlaceBuild,
  PLACE_DECIMALS
} from './build';
import {type PlaceRow, roundTo} from './format';
import {geoNamesRowsOf, withTowns} from './subdivisions';

/**
 * Each GeoNames-only row that is a 2025 Census place absent from the 2010 list (same state, a shared name key, the
 * GeoNames point within the distance places are matched by; inactive places left out) becomes that place: its
 * GEOID, its Census name and kind, its 2019-2023 estimate (`populations`; empty if none), at the GeoNames point and
 * in its county, as a 2010 place matched to GeoNames is. A row whose place has fewer than 1,000 people by the
 * estimate is left out with it, as rows matched to small 2010 places are: GeoNames gave such rows another place's
 * count (Ironville KY, 288,649; Vincentown NJ, its township's). The 2025 list's other new places come after, in
 * `addNewPlaces`.
 */
export function addPlacesSince2010(
  places: PlaceBuild,
  census2010: readonly CensusPlace[],
  census2025: readonly CensusPlace2025[],
  populations: ReadonlyMap<string, number>,
  counties: CountyIndex
): PlaceBuild & {since2010: {place: PlaceRow; geoNames: PlaceRow}[]; leftOut: {place: PlaceRow; geoNames: PlaceRow}[]} {
  const listed = new Set(census2010.map(({geoid}) => geoid));
  const candidates = census2025
    .filter(({geoid, funcstat}) => !listed.has(geoid) && funcstat !== 'I')
    .map((place) => {
      const {name, kind} = censusPlaceName(place);
      const row: PlaceRow = {id: place.geoid, name, state: place.state, kind, county: '', population: populations.get(place.geoid), lon: place.lon, lat: place.lat};
      return {row, radiusKm: censusRadiusKm(place)};
    });
  const pairs = geoNamesRowsOf(candidates, places.rows.filter(({id}) => id.startsWith('gn')));
  // The GeoNames point, where people are, and the county that holds it (the row's own).
  const asFound = new Map<string, PlaceRow>();
  for (const {town, geoNames} of pairs) {
    if (!asFound.has(town.id)) asFound.set(town.id, {...town, lon: geoNames.lon, lat: geoNames.lat, county: counties.countyAt([geoNames.lon, geoNames.lat], geoNames.state).id});
  }
  const small = (row: PlaceRow) => row.population !== undefined && row.population < MIN_POPULATION;
  const added = [...asFound.values()].filter((row) => !small(row)).map((row) => ({row}));
  const matched = pairs.map(({town, geoNames}) => ({place: asFound.get(town.id)!, geoNames}));
  // They name ZIPs as the GeoNames rows did, as points: with their land areas, 2010s incorporations that cover whole
  // former towns (Maine WI, a village since 2015, 50 square miles) took the ZIPs of the cities beside them (Wausau's).
  return {
    ...withTowns(places, added, pairs),
    since2010: matched.filter(({place}) => !small(place)),
    leftOut: matched.filter(({place}) => small(place))
  };
}

/** The 2025 list's new places of 1,000 people or more, and the 2010 places they succeed. */
export interface NewPlaces {
  added: PlaceRow[];
  /** A 2010 place the 2025 list lacks, and the place its point now lies in (Macon GA -> Macon-Bibb County). */
  succeeded: {before: PlaceRow; after: PlaceRow}[];
}

/**
 * The 2025 list's places absent from 2010 that are not rows yet, of 1,000 people or more by the estimate: places
 * incorporated since (South Fulton GA, 2017; Fox Crossing WI, 2016), merged (Cahokia Heights IL, 2021) or recoded
 * (Lake Worth Beach FL, Utqiaġvik AK), and CDPs drawn since. Each is at its Census internal point, in the county that
 * holds it. A row of `gone` (a 2010 place the 2025 list lacks) is succeeded by the new place whose land circle holds
 * its point: any incorporated one for an incorporated place (Macon city -> Macon-Bibb County, Helena and McRae ->
 * McRae-Helena), one of its name for a CDP (Gold Canyon AZ, recoded); the 2010 row goes, and its ZIPs go to the
 * successor, through the 2010 place's own circle. Other new places are not ZIP candidates: an incorporation that
 * covers a whole former town (Maine WI, 50 square miles) would take the ZIPs of the cities beside it, and a CDP
 * drawn since 2010 those of the town around it. A new place that is a row's government already (a Massachusetts
 * town-city, Amherst, added from its county subdivision) is not added twice. A successor without an estimate
 * (recoded after 2023: Amesbury MA) is not taken, and the 2010 row stays.
 */
export function addNewPlaces(
  places: PlaceBuild,
  census2010: readonly CensusPlace[],
  gone: readonly CensusPlace[],
  census2025: readonly CensusPlace2025[],
  populations: ReadonlyMap<string, number>,
  counties: CountyIndex
): PlaceBuild & NewPlaces {
  const listed = new Set(census2010.map(({geoid}) => geoid));
  const present = new Set(places.rows.map(({id}) => id));
  const fresh = census2025
    .filter(({geoid, funcstat}) => !listed.has(geoid) && funcstat !== 'I' && (populations.get(geoid) ?? 0) >= MIN_POPULATION)
    .map((place) => {
      const {name, kind} = censusPlaceName(place);
      const [lon, lat] = [roundTo(place.lon, PLACE_DECIMALS), roundTo(place.lat, PLACE_DECIMALS)];
      const county = counties.countyAt([lon, lat], place.state).id;
      const row: PlaceRow = {id: place.geoid, name, state: place.state, kind, county, population: populations.get(place.geoid), lon, lat};
      return {row, radiusKm: censusRadiusKm(place)};
    });
  // The rows a new place could already be, other than the 2010 places it may succeed.
  const goneIds = new Set(gone.map(({geoid}) => geoid));
  const byKey = new Map<string, PlaceRow[]>();
  for (const row of places.rows.filter(({id}) => !goneIds.has(id))) {
    for (const key of nameKeys(row.name, row.kind === 'consolidated')) byKey.set(`${row.state}|${key}`, [...(byKey.get(`${row.state}|${key}`) ?? []), row]);
  }
  const isGovernmentRow = ({row, radiusKm}: {row: PlaceRow; radiusKm: number}) =>
    row.kind !== 'cdp' &&
    nameKeys(row.name, row.kind === 'consolidated').some((key) =>
      (byKey.get(`${row.state}|${key}`) ?? []).some(
        (other) => other.kind !== 'cdp' && other.kind !== 'place' && kilometres([row.lon, row.lat], [other.lon, other.lat]) <= MATCH_MIN_KM + MATCH_RADII * radiusKm
      )
    );
  const candidates = fresh.filter((place) => !isGovernmentRow(place));
  const rowsById = new Map(places.rows.map((row) => [row.id, row]));
  const all = [...candidates.filter(({row}) => !present.has(row.id)), ...fresh.filter(({row}) => present.has(row.id)).map(({row, radiusKm}) => ({row: rowsById.get(row.id)!, radiusKm}))];
  const succeeded = gone.flatMap((place) => {
    const before = rowsById.get(place.geoid);
    if (before === undefined) return [];
    const incorporated = before.kind !== 'cdp';
    const keys = nameKeys(before.name);
    const after = all
      .filter(({row, radiusKm}) => {
        if (row.state !== before.state || kilometres([place.lon, place.lat], [row.lon, row.lat]) > radiusKm) return false;
        return incorporated ? row.kind !== 'cdp' : nameKeys(row.name).some((key) => keys.includes(key));
      })
      .sort((a, b) => kilometres([place.lon, place.lat], [a.row.lon, a.row.lat]) - kilometres([place.lon, place.lat], [b.row.lon, b.row.lat]))[0];
    return after ? [{before, after: after.row}] : [];
  });
  const replaced = new Map(succeeded.map(({before, after}) => [before.id, after]));
  const added = candidates.filter(({row}) => !present.has(row.id)).map(({row}) => row);
  const rows = [...places.rows.filter(({id}) => !replaced.has(id)), ...added].sort(comparePlaceRows);
  const zipCandidates = places.zipCandidates.map((candidate) => {
    const after = replaced.get(candidate.id);
    return after ? {...candidate, id: after.id, name: after.name} : candidate;
  });
  return {...places, rows, census: places.census + added.length - succeeded.length, zipCandidates, added, succeeded};
}
