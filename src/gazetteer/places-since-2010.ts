/**
 * Census places the 2010 list lacks (incorporated or first listed since: Brookhaven GA, 2012) for the GeoNames-only
 * rows that are them, from the committed 2025 Gazetteer place file. Pure, like the rest of the build
 * (data/README.md, "Places since 2010").
 */
import {type CensusPlace, type CensusPlace2025, censusPlaceName, censusRadiusKm, type CountyIndex, MIN_POPULATION, type PlaceBuild} from './build';
import type {PlaceRow} from './format';
import {geoNamesRowsOf, withTowns} from './subdivisions';

/**
 * Each GeoNames-only row that is a 2025 Census place absent from the 2010 list (same state, a shared name key, the
 * GeoNames point within the distance places are matched by; inactive places left out) becomes that place: its
 * GEOID, its Census name and kind, its 2019-2023 estimate (`populations`; empty if none), at the GeoNames point and
 * in its county, as a 2010 place matched to GeoNames is. A row whose place has fewer than 1,000 people by the
 * estimate is left out with it, as rows matched to small 2010 places are: GeoNames gave such rows another place's
 * count (Ironville KY, 288,649; Vincentown NJ, its township's). The 2025 list's other new places are not taken: most
 * are CDPs drawn since 2010, which would need a floor of their own.
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
