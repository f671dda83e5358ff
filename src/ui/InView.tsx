import {useMemo} from 'react';
import type {Dataset} from '../domain/records';
import {recordsInView} from '../geo/in-view';
import {datasetIndex, describeSelection} from '../store/derived';
import {useAppStore} from '../store/store';

/** Whether the person opened the list: it stays open when they come back from details. */
let keptOpen = false;

/** A long list is cut here; the person can zoom in to see the rest. */
const MAX_ITEMS = 150;

/**
 * Everything the map shows where it is now, as a list: every place, town, link and state act on the map can be
 * reached, heard and opened without a mouse. Focusing an item highlights it on the map.
 */
export function InView({dataset}: {dataset: Dataset}) {
  const filters = useAppStore((s) => s.filters);
  const bounds = useAppStore((s) => s.viewBounds);
  const stateBounds = useAppStore((s) => s.stateBounds);
  const {select, hover} = useAppStore.getState();
  const items = useMemo(() => (bounds ? recordsInView(dataset, filters, bounds, stateBounds) : []), [dataset, filters, bounds, stateBounds]);
  if (!bounds) return null;
  const index = datasetIndex(dataset);
  return (
    <details className="in-view" open={keptOpen} onToggle={(e) => (keptOpen = e.currentTarget.open)}>
      <summary>On the map here: {items.length} {items.length === 1 ? 'thing' : 'things'} to open</summary>
      {items.length === 0 ? (
        <p className="muted">Nothing the filters show lies in this part of the map.</p>
      ) : (
        <ul>
          {items.slice(0, MAX_ITEMS).map((item) => {
            const words = describeSelection(item, index);
            if (!words) return null;
            return (
              <li key={`${item.kind}:${item.id}`}>
                <button
                  type="button"
                  data-focus-key={`in-view:${item.kind}:${item.id}`}
                  onClick={() => select(item)}
                  onFocus={() => hover(item)}
                  onBlur={() => hover(null)}
                  onMouseEnter={() => hover(item)}
                  onMouseLeave={() => hover(null)}
                >
                  <bdi className="in-view-name">{words.title}</bdi>
                  {words.detail && <span className="in-view-detail">{words.detail}</span>}
                </button>
              </li>
            );
          })}
        </ul>
      )}
      {items.length > MAX_ITEMS && <p className="muted">And {items.length - MAX_ITEMS} more: zoom in to list them all.</p>}
    </details>
  );
}
