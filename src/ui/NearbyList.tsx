import {defaultRangeExtractor, type Range, useVirtualizer} from '@tanstack/react-virtual';
import {memo, useCallback, useLayoutEffect, useMemo, useRef, useState} from 'react';
import type {Dataset} from '../domain/records';
import {itemId, type NearbyItem, RADII_MILES, type RadiusMiles, recordsByDistance} from '../geo/near';
import {POLICE_STYLE} from '../map/layers';
import {datasetIndex} from '../store/derived';
import {type NearPlace, sameSelection, type Selection, useAppStore} from '../store/store';
import {typeText} from '../i18n/type-text';
import {type I18nTools, useI18n} from '../i18n/use-i18n';
import {DataText} from './DataText';
import {placeLabel} from './labels';
import {PANEL_SCROLLER_CLASS} from './Sheet';

/** How far a record is, in the person's language: "here" under half a mile, else miles. */
export function distanceText(miles: number, {t, f}: Pick<I18nTools, 't' | 'f'>): string {
  return miles < 0.5 ? t('nearby.here') : f.miles(miles);
}

function selectionOf(item: NearbyItem): Selection {
  return item.kind === 'link' ? {kind: 'link', id: item.link.id} : {kind: 'jurisdiction', id: item.jurisdiction.id};
}

function ItemText({item, dataset}: {item: NearbyItem; dataset: Dataset}) {
  const {t, tr, f, language} = useI18n();
  const index = datasetIndex(dataset);
  const place = t('nearby.place', {name: item.jurisdiction.name, state: item.jurisdiction.state});
  switch (item.kind) {
    case 'campaign':
      return (
        <>
          <span className="swatch dot" style={{background: index.typeColors[item.campaign.type]}} aria-hidden="true" />
          <span className="result-main">
            <span className="result-title">
              {t('nearby.campaignTitle', {type: typeText(index.types.get(item.campaign.type), language).label, status: t(`status.${item.campaign.status}`)})}
            </span>
            <span className="result-place"><bdi>{place}</bdi>{item.campaign.decided ? ` · ${f.date(item.campaign.decided.slice(0, 4))}` : ''}</span>
          </span>
        </>
      );
    case 'link': {
      const locality = index.locality.get(item.link.localityId);
      // Arabic first for a person reading Arabic, where the town has an Arabic name; its English name as today otherwise.
      const name =
        language === 'ar' && locality?.nameAr ? (
          <><bdi lang="ar">{locality.nameAr}</bdi> <bdi lang="en">{locality.nameEn}</bdi></>
        ) : (
          <bdi>{locality?.nameEn}</bdi>
        );
      return (
        <>
          <span className="swatch dot" style={{background: index.typeColors['sister-cities']}} aria-hidden="true" />
          <span className="result-main">
            <span className="result-title">{tr('nearby.sisterCity', {name})}</span>
            <span className="result-place"><bdi>{place}</bdi> · {t(`linkStatus.${item.link.status}`)}</span>
          </span>
        </>
      );
    }
    case 'police':
      return (
        <>
          <span className="swatch ring" style={{color: item.record.outcome === 'participated' ? POLICE_STYLE.participated : POLICE_STYLE.stopped}} aria-hidden="true" />
          <span className="result-main">
            <span className="result-title"><DataText>{item.record.agency}</DataText></span>
            <span className="result-place">{t(`policeOutcome.${item.record.outcome}`)} · <DataText>{item.record.program}</DataText></span>
          </span>
        </>
      );
  }
}

/** The row that last had focus, by its key: kept rendered while scrolled away, and found again after details close. */
let lastFocusKey: string | undefined;

/** About one row's height with its gap (measured once drawn): where rows not yet drawn are expected to be. */
const ROW_ESTIMATE_PX = 62;

/** One row: it re-renders when its own hover changes, not when another row's does. */
const ResultRow = memo(function ResultRow({item, dataset}: {item: NearbyItem; dataset: Dataset}) {
  const i18n = useI18n();
  const {select, hover} = useAppStore.getState();
  // Hovering a marker on the map highlights its row here too: the list and the map point at the same thing.
  const hovered = useAppStore((s) => sameSelection(selectionOf(item), s.hovered));
  return (
    <button
      type="button"
      data-focus-key={itemId(item)}
      className={hovered ? 'result is-hovered' : 'result'}
      onClick={() => select(selectionOf(item))}
      onMouseEnter={() => hover(selectionOf(item))}
      onMouseLeave={() => hover(null)}
      onFocus={() => {
        lastFocusKey = itemId(item);
        hover(selectionOf(item));
      }}
      onBlur={() => hover(null)}
    >
      <ItemText item={item} dataset={dataset} />
      <span className="result-distance">{distanceText(item.miles, i18n)}</span>
    </button>
  );
});

/**
 * A list of records that works without the map: each row is a button a keyboard and a screen reader reach. Only
 * the rows near the panel's view are in the page (hundreds are near a big city at national scale); each says its
 * place in the whole list, and the row with focus stays in the page wherever the panel scrolls.
 */
function Results({items, dataset, label}: {items: readonly NearbyItem[]; dataset: Dataset; label: string}) {
  const list = useRef<HTMLOListElement>(null);
  const [scrollMargin, setScrollMargin] = useState(0);
  const focused = items.findIndex((item) => itemId(item) === lastFocusKey);
  // No React Compiler builds this app; the rule only warns that the virtualizer's functions are not memoizable.
  // eslint-disable-next-line react-hooks/incompatible-library -- see above
  const virtualizer = useVirtualizer({
    count: items.length,
    getScrollElement: () => list.current?.closest<HTMLElement>(`.${PANEL_SCROLLER_CLASS}`) ?? null,
    estimateSize: () => ROW_ESTIMATE_PX,
    // Rows in the very first render, before the panel is measured: focus can come back to one at once.
    initialRect: {width: 0, height: window.innerHeight},
    overscan: 8,
    scrollMargin,
    getItemKey: (i) => itemId(items[i]!),
    rangeExtractor: useCallback(
      (range: Range) => {
        const rows = defaultRangeExtractor(range);
        return focused < 0 || rows.includes(focused) ? rows : [...rows, focused].sort((a, b) => a - b);
      },
      [focused]
    )
  });
  // Where the list starts in the scrolling panel: what is above it (the heading, the count) can change.
  useLayoutEffect(() => {
    const scroller = virtualizer.scrollElement;
    if (!list.current || !scroller) return;
    const top = list.current.getBoundingClientRect().top - scroller.getBoundingClientRect().top + scroller.scrollTop;
    if (Math.abs(top - scrollMargin) > 0.5) setScrollMargin(top);
  }, [virtualizer.scrollElement, scrollMargin, label, items.length]);
  return (
    <ol ref={list} className="results" aria-label={label} style={{height: virtualizer.getTotalSize(), position: 'relative'}}>
      {virtualizer.getVirtualItems().map((row) => (
        <li
          key={row.key}
          ref={virtualizer.measureElement}
          data-index={row.index}
          aria-setsize={items.length}
          aria-posinset={row.index + 1}
          className="result-slot"
          style={{transform: `translateY(${row.start - scrollMargin}px)`}}
        >
          <ResultRow item={items[row.index]!} dataset={dataset} />
        </li>
      ))}
    </ol>
  );
}

function RadiusPicker({radius}: {radius: RadiusMiles}) {
  const {t, f} = useI18n();
  const setRadius = useAppStore((s) => s.setRadius);
  return (
    <fieldset className="radius">
      <legend className="visually-hidden">{t('nearby.distance')}</legend>
      <span aria-hidden="true">{t('nearby.within')}</span>
      {RADII_MILES.map((r) => (
        <label key={r} className={r === radius ? 'chip on' : 'chip'}>
          <input type="radio" name="radius" value={r} checked={r === radius} onChange={() => setRadius(r)} />
          {f.miles(r)}
        </label>
      ))}
    </fieldset>
  );
}

/** Nothing nearby is a place to start: say so, show the nearest records anyway, and how to begin. */
function NothingNearby({items, dataset, place, radius}: {items: readonly NearbyItem[]; dataset: Dataset; place: NearPlace; radius: number}) {
  const {t, tr, language} = useI18n();
  const label = placeLabel(place, t);
  return (
    <div className="nothing-nearby">
      <p>{tr(items.length > 0 ? 'nearby.nothingNearest' : 'nearby.nothing', {place: <bdi>{label}</bdi>}, {radius})}</p>
      {items.length > 0 && <Results items={items.slice(0, 3)} dataset={dataset} label={t('nearby.nearestLabel', {place: label})} />}
      <p className="start-one">{t('nearby.startOne')}</p>
      <ul className="start-links">
        {dataset.campaignTypes.filter((type) => type.learnMoreUrl).map((type) => {
          const text = typeText(type, language);
          return (
            <li key={type.id}>
              <a href={type.learnMoreUrl} target="_blank" rel="noopener noreferrer" title={text.description}>{text.label}</a>
            </li>
          );
        })}
      </ul>
    </div>
  );
}

export function NearbyPanel({dataset, place}: {dataset: Dataset; place: NearPlace}) {
  const {t, tr} = useI18n();
  const label = placeLabel(place, t);
  const radius = useAppStore((s) => s.radius);
  const filters = useAppStore((s) => s.filters);
  const setPlace = useAppStore((s) => s.setPlace);
  const items = useMemo(() => recordsByDistance(dataset, filters, place.point), [dataset, filters, place]);
  const within = items.filter((i) => i.miles <= radius);
  return (
    <section className="nearby" aria-label={t('nearby.heading', {place: label})}>
      <div className="nearby-head">
        <h2>{tr('nearby.heading', {place: <bdi>{label}</bdi>})}</h2>
        <button type="button" className="link-button" onClick={() => setPlace(null)}>{t('nearby.clear')}</button>
      </div>
      <RadiusPicker radius={radius} />
      {within.length > 0 ? (
        <>
          <p className="muted" aria-live="polite">{t('nearby.count', {count: within.length, radius})}</p>
          <Results items={within} dataset={dataset} label={t('nearby.listLabel', {radius, place: label})} />
        </>
      ) : (
        <NothingNearby items={items} dataset={dataset} place={place} radius={radius} />
      )}
    </section>
  );
}
