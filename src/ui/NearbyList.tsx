import {useMemo} from 'react';
import type {Dataset} from '../domain/records';
import {CAMPAIGN_STATUS_LABELS, POLICE_OUTCOME_LABELS, SISTER_LINK_STATUS_LABELS} from '../domain/vocabulary';
import {itemId, type NearbyItem, RADII_MILES, type RadiusMiles, recordsByDistance} from '../geo/near';
import {POLICE_STYLE} from '../map/layers';
import {datasetIndex} from '../store/derived';
import {type NearPlace, sameSelection, type Selection, useAppStore} from '../store/store';
import {plural} from './format';

export function formatMiles(miles: number): string {
  if (miles < 0.5) return 'here';
  return `${miles < 10 ? miles.toFixed(1) : Math.round(miles)} mi`;
}

function selectionOf(item: NearbyItem): Selection {
  return item.kind === 'link' ? {kind: 'link', id: item.link.id} : {kind: 'jurisdiction', id: item.jurisdiction.id};
}

function ItemText({item, dataset}: {item: NearbyItem; dataset: Dataset}) {
  const index = datasetIndex(dataset);
  const place = `${item.jurisdiction.name}, ${item.jurisdiction.state}`;
  switch (item.kind) {
    case 'campaign':
      return (
        <>
          <span className="swatch dot" style={{background: index.typeColors[item.campaign.type]}} aria-hidden="true" />
          <span className="result-main">
            <span className="result-title">{index.typeLabels[item.campaign.type]}: {CAMPAIGN_STATUS_LABELS[item.campaign.status]}</span>
            <span className="result-place"><bdi>{place}</bdi>{item.campaign.decided ? ` · ${item.campaign.decided.slice(0, 4)}` : ''}</span>
          </span>
        </>
      );
    case 'link':
      return (
        <>
          <span className="swatch dot" style={{background: index.typeColors['sister-cities']}} aria-hidden="true" />
          <span className="result-main">
            <span className="result-title">Sister city: <bdi>{index.locality.get(item.link.localityId)?.nameEn}</bdi></span>
            <span className="result-place"><bdi>{place}</bdi> · {SISTER_LINK_STATUS_LABELS[item.link.status]}</span>
          </span>
        </>
      );
    case 'police':
      return (
        <>
          <span className="swatch ring" style={{color: item.record.outcome === 'participated' ? POLICE_STYLE.participated : POLICE_STYLE.stopped}} aria-hidden="true" />
          <span className="result-main">
            <span className="result-title"><bdi>{item.record.agency}</bdi></span>
            <span className="result-place">{POLICE_OUTCOME_LABELS[item.record.outcome]} · {item.record.program}</span>
          </span>
        </>
      );
  }
}

/** A list of records that works without the map: each row is a button a keyboard and a screen reader reach. */
function Results({items, dataset, label}: {items: readonly NearbyItem[]; dataset: Dataset; label: string}) {
  const {select, hover} = useAppStore.getState();
  // Hovering a marker on the map highlights its rows here too: the list and the map point at the same thing.
  const hovered = useAppStore((s) => s.hovered);
  return (
    <ol className="results" aria-label={label}>
      {items.map((item) => (
        <li key={itemId(item)}>
          <button
            type="button"
            data-focus-key={itemId(item)}
            className={sameSelection(selectionOf(item), hovered) ? 'result is-hovered' : 'result'}
            onClick={() => select(selectionOf(item))}
            onMouseEnter={() => hover(selectionOf(item))}
            onMouseLeave={() => hover(null)}
            onFocus={() => hover(selectionOf(item))}
            onBlur={() => hover(null)}
          >
            <ItemText item={item} dataset={dataset} />
            <span className="result-distance">{formatMiles(item.miles)}</span>
          </button>
        </li>
      ))}
    </ol>
  );
}

function RadiusPicker({radius}: {radius: RadiusMiles}) {
  const setRadius = useAppStore((s) => s.setRadius);
  return (
    <fieldset className="radius">
      <legend className="visually-hidden">Distance</legend>
      <span aria-hidden="true">Within</span>
      {RADII_MILES.map((r) => (
        <label key={r} className={r === radius ? 'chip on' : 'chip'}>
          <input type="radio" name="radius" value={r} checked={r === radius} onChange={() => setRadius(r)} />
          {r} mi
        </label>
      ))}
    </fieldset>
  );
}

/** Nothing nearby is a place to start: say so, show the nearest records anyway, and how to begin. */
function NothingNearby({items, dataset, place, radius}: {items: readonly NearbyItem[]; dataset: Dataset; place: NearPlace; radius: number}) {
  return (
    <div className="nothing-nearby">
      <p>
        No campaign is recorded within {radius} miles of <bdi>{place.label}</bdi> yet.
        {items.length > 0 && ' The nearest ones:'}
      </p>
      {items.length > 0 && <Results items={items.slice(0, 3)} dataset={dataset} label={`Nearest records to ${place.label}`} />}
      <p className="start-one">Start one in your city:</p>
      <ul className="start-links">
        {dataset.campaignTypes.filter((t) => t.learnMoreUrl).map((t) => (
          <li key={t.id}>
            <a href={t.learnMoreUrl} target="_blank" rel="noopener noreferrer" title={t.description}>{t.label}</a>
          </li>
        ))}
      </ul>
    </div>
  );
}

export function NearbyPanel({dataset, place}: {dataset: Dataset; place: NearPlace}) {
  const radius = useAppStore((s) => s.radius);
  const filters = useAppStore((s) => s.filters);
  const setPlace = useAppStore((s) => s.setPlace);
  const items = useMemo(() => recordsByDistance(dataset, filters, place.point), [dataset, filters, place]);
  const within = items.filter((i) => i.miles <= radius);
  return (
    <section className="nearby" aria-label={`Near ${place.label}`}>
      <div className="nearby-head">
        <h2>Near <bdi>{place.label}</bdi></h2>
        <button type="button" className="link-button" onClick={() => setPlace(null)}>Clear</button>
      </div>
      <RadiusPicker radius={radius} />
      {within.length > 0 ? (
        <>
          <p className="muted" aria-live="polite">{plural(within.length, 'record')} within {radius} miles, nearest first</p>
          <Results items={within} dataset={dataset} label={`Records within ${radius} miles of ${place.label}`} />
        </>
      ) : (
        <NothingNearby items={items} dataset={dataset} place={place} radius={radius} />
      )}
    </section>
  );
}
