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
 * One point per gazetteer place of some size, with its name (`n`), population (`p`, 0 where unknown) and the zoom
 * it is named from (`z`); short keys and three decimals (about 100 m) keep the file small.
 */
export function placeLabelFeatures(
  places: readonly {id: string; name: string; state?: string; county?: string; population?: number; lon: number; lat: number}[]
): FeatureCollection<Point> {
  const key = (p: {name: string; state?: string; county?: string}) => `${p.name}|${p.state ?? ''}|${p.county ?? ''}`;
  // One name, once, in a county: a town and the village or CDP of its name in it (Hempstead town and village NY,
  // Brookline town and CDP MA) are named by the more populous of the two.
  const largest = new Map<string, {id: string; name: string; state?: string; county?: string; population: number; lon: number; lat: number}>();
  for (const p of places) {
    if (p.population === undefined || p.population < MIN_LABEL_POPULATION) continue;
    const held = largest.get(key(p));
    if (!held || p.population > held.population) largest.set(key(p), {...p, population: p.population});
  }
  const sized = [...largest.values()];
  // A place whose population is unknown (a town from a Gazetteer file without counts) is a municipality all the same:
  // it is named from the closest zoom, as the smallest labelled places are, with `p` 0, so that every place of
  // known size wins where labels collide; unless a place of its name in its county is named already.
  const named = new Set(sized.map(key));
  const unsized = places.flatMap((p) => (p.population === undefined && !named.has(key(p)) ? [{...p, population: 0}] : []));
  const labelled = [...sized, ...unsized];
  return {
    type: 'FeatureCollection',
    features: labelled
      .sort((a, b) => b.population - a.population || (a.id < b.id ? -1 : 1))
      .map((p) => ({
        type: 'Feature',
        geometry: {type: 'Point', coordinates: [round3(p.lon), round3(p.lat)]},
        properties: {id: p.id, n: p.name, p: p.population, z: labelZoom(p.population)}
      }))
  };
}
