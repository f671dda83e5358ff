import type {Dataset} from './records';

/**
 * Computes once per dataset object and remembers it: datasets are immutable and replaced whole, so what is
 * derived from one (indexes, counts, sorted lists) is never recomputed for a filter tap, a hover or a render.
 */
export function perDataset<T>(compute: (dataset: Dataset) => T): (dataset: Dataset) => T {
  const cache = new WeakMap<Dataset, T>();
  return (dataset) => {
    let value = cache.get(dataset);
    if (value === undefined) {
      value = compute(dataset);
      cache.set(dataset, value);
    }
    return value;
  };
}
