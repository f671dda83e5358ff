import {useMemo, useState} from 'react';
import type {Dataset} from '../domain/records';
import {countInView, recordsInView} from '../geo/in-view';
import {useI18n} from '../i18n/use-i18n';
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
  const {t, tm, language} = useI18n();
  const filters = useAppStore((s) => s.filters);
  const bounds = useAppStore((s) => s.viewBounds);
  const stateBounds = useAppStore((s) => s.stateBounds);
  const {select, hover} = useAppStore.getState();
  const [open, setOpen] = useState(keptOpen);
  // Closed, the list is only its count: no names put in order, no lookups made, for a list nobody opened.
  const items = useMemo(() => (bounds && open ? recordsInView(dataset, filters, bounds, stateBounds) : []), [dataset, filters, bounds, stateBounds, open]);
  const count = useMemo(() => (!bounds ? 0 : open ? items.length : countInView(dataset, filters, bounds, stateBounds)), [dataset, filters, bounds, stateBounds, open, items]);
  if (!bounds) return null;
  const index = open ? datasetIndex(dataset) : undefined;
  return (
    <details className="in-view" open={open} onToggle={(e) => setOpen((keptOpen = e.currentTarget.open))}>
      <summary>{t('inView.summary', {count})}</summary>
      {/* Only the count while closed: the rows are made when someone opens the list. */}
      {!index ? null : items.length === 0 ? (
        <p className="muted">{t('inView.empty')}</p>
      ) : (
        <ul>
          {items.slice(0, MAX_ITEMS).map((item) => {
            const words = describeSelection(item, index, language);
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
                  {words.details.length > 0 && <span className="in-view-detail">{words.details.map(tm).join(' · ')}</span>}
                </button>
              </li>
            );
          })}
        </ul>
      )}
      {open && items.length > MAX_ITEMS && <p className="muted">{t('inView.more', {count: items.length - MAX_ITEMS})}</p>}
    </details>
  );
}
