import {describe, expect, it} from 'vitest';
import {CAMPAIGN_TYPE_IDS} from '../../src/domain/vocabulary';
import {DEFAULT_FILTERS} from '../../src/filters/model';
import {createAppStore} from '../../src/store/store';

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
    store.getState().toggleLayer('police');
    expect(store.getState().filters.layers.police).toBe(false);
    expect(store.getState().filters.statuses).not.toContain('failed');
    store.getState().resetFilters();
    expect(store.getState().filters).toEqual(DEFAULT_FILTERS);
  });

  it('select and clear a selection, and tell subscribers only when it changes', () => {
    const store = createAppStore();
    const seen: unknown[] = [];
    store.subscribe((s) => s.selection, (selection) => seen.push(selection));
    store.getState().select({kind: 'link', id: 'boulder-nablus'});
    store.getState().toggleType('ceasefire');
    store.getState().select(null);
    expect(seen).toEqual([{kind: 'link', id: 'boulder-nablus'}, null]);
  });

  it('keeps separate stores apart', () => {
    const a = createAppStore();
    const b = createAppStore();
    a.getState().toggleLayer('campaigns');
    expect(b.getState().filters.layers.campaigns).toBe(true);
  });
});
