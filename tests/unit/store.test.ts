import {describe, expect, it} from 'vitest';
import {CAMPAIGN_TYPE_IDS} from '../../src/domain/vocabulary';
import {DEFAULT_FILTERS} from '../../src/filters/model';
import {parseDataset} from '../../src/loaders/dataset';
import {createAppStore, type Selection} from '../../src/store/store';
import {fixtureTexts} from '../fixtures/dataset-texts';

function loadedStore() {
  const store = createAppStore();
  const dataset = parseDataset(fixtureTexts());
  store.getState().setLoaded(dataset);
  return store;
}

describe('store actions', () => {
  it('toggle a campaign type off and on again, keeping the vocabulary order', () => {
    const store = createAppStore();
    store.getState().toggleType('ceasefire');
    expect(store.getState().filters.types).not.toContain('ceasefire');
    store.getState().toggleType('ceasefire');
    expect(store.getState().filters.types).toEqual(CAMPAIGN_TYPE_IDS);
  });

  it('clear and select all statuses', () => {
    const store = createAppStore();
    store.getState().setAllStatuses(false);
    expect(store.getState().filters.statuses).toEqual([]);
    store.getState().setAllStatuses(true);
    expect(store.getState().filters.statuses).toEqual(DEFAULT_FILTERS.statuses);
  });

  it('switch a layer without touching the other filters', () => {
    const store = createAppStore();
    store.getState().toggleStatus('failed');
    store.getState().toggleLayer('localities');
    expect(store.getState().filters.layers.localities).toBe(false);
    expect(store.getState().filters.statuses).not.toContain('failed');
    store.getState().resetFilters();
    expect(store.getState().filters).toEqual(DEFAULT_FILTERS);
  });

  it('select and clear a selection, and tell subscribers only when it changes', () => {
    const store = loadedStore();
    const seen: unknown[] = [];
    store.subscribe((s) => s.selection, (selection) => seen.push(selection));
    store.getState().select({kind: 'link', id: 'muscatine-ramallah'});
    store.getState().toggleType('ceasefire');
    store.getState().select(null);
    expect(seen).toEqual([{kind: 'link', id: 'muscatine-ramallah'}, null]);
  });

  it('refuses to select or hover anything the dataset does not hold, prototype names included', () => {
    const store = loadedStore();
    const hostile: Selection[] = ['__proto__', 'constructor', 'toString', 'hasOwnProperty'].flatMap((id) => [
      {kind: 'jurisdiction', id}, {kind: 'link', id}, {kind: 'locality', id}, {kind: 'state', id}
    ]);
    for (const selection of hostile) {
      store.getState().select(selection);
      store.getState().hover(selection);
    }
    expect(store.getState().selection).toBeNull();
    expect(store.getState().hovered).toBeNull();
    store.getState().select({kind: 'state', id: 'IA'});
    expect(store.getState().selection).toEqual({kind: 'state', id: 'IA'});
  });

  it('drops a selection that a newer version of the data no longer holds', () => {
    const store = loadedStore();
    store.getState().select({kind: 'link', id: 'muscatine-ramallah'});
    const newer = parseDataset({...fixtureTexts(), sisterLinks: undefined});
    store.getState().setLoaded(newer);
    expect(store.getState().selection).toBeNull();
  });

  it('keeps separate stores apart', () => {
    const a = createAppStore();
    const b = createAppStore();
    a.getState().toggleLayer('localities');
    expect(b.getState().filters.layers.localities).toBe(true);
  });
});
