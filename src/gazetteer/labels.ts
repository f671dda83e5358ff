import type {FeatureCollection, Point} from 'geojson';

/** The names the map shows once zoomed in, from the gazetteer's places (public/gazetteer/, made by data:build). */
export const PLACE_LABELS_FILE = 'place-labels.geojson';

/**
 * Smaller places are left out: the file loads whenever a person zooms in, so it must stay small (places with
 * records are named by the campaign layer whatever their size).
 */
export const MIN_LABEL_POPULATION = 5000;

/** The zoom from which a place of this population is named: the largest from farthest out. */
export function labelZoom(population: number): number {
  if (population >= 250_000) return 6;
  if (population >= 50_000) return 7;
  if (population >= 20_000) return 8;
  return 9;
}

const round3 = (n: number) => Math.round(n * 1000) / 1000;

/**
 * One point per gazetteer place of some size, with its name (`n`), population (`p`) and the zoom it is named from
 * (`z`); short keys and three decimals (about 100 m) keep the file small.
 */
export function placeLabelFeatures(places: readonly {id: string; name: string; population: number; lon: number; lat: number}[]): FeatureCollection<Point> {
  return {
    type: 'FeatureCollection',
    features: places
      .filter((p) => p.population >= MIN_LABEL_POPULATION)
      .sort((a, b) => b.population - a.population || (a.id < b.id ? -1 : 1))
      .map((p) => ({
        type: 'Feature',
        geometry: {type: 'Point', coordinates: [round3(p.lon), round3(p.lat)]},
        properties: {id: p.id, n: p.name, p: p.population, z: labelZoom(p.population)}
      }))
  };
}
