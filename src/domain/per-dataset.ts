import type {Dataset} from './records';

/**
 * Computes once per dataset object and remembers it: datasets are immutable and replaced whole, so what is
 * derived from one (indexes, counts, sorted lists) is never recomputed for a filter tap, a hover or a render.
 */
export interface PerDataset<T> {
  (dataset: Dataset): T;
  /**
   * Remembers a value computed elsewhere for this dataset: the data worker computes some of them while it still
   * holds the records, so the page does not walk 60,000 of them again in one task on its main thread.
   */
  prime(dataset: Dataset, value: T): void;
}

export function perDataset<T>(compute: (dataset: Dataset) => T): PerDataset<T> {
  const cache = new WeakMap<Dataset, T>();
  const get = (dataset: Dataset): T => {
    let value = cache.get(dataset);
    if (value === undefined) {
      value = compute(dataset);
      cache.set(dataset, value);
    }
    return value;
  };
  return Object.assign(get, {prime: (dataset: Dataset, value: T) => void cache.set(dataset, value)});
}
