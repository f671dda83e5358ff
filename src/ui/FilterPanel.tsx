import type {Dataset} from '../domain/records';
import {
  CAMPAIGN_STATUSES,
  CAMPAIGN_STATUS_LABELS,
  LOCALITY_KIND_LABELS,
  SISTER_LINK_STATUSES,
  SISTER_LINK_STATUS_LABELS,
  STATE_LAW_TYPES,
  STATE_LAW_TYPE_LABELS
} from '../domain/vocabulary';
import {SEVERAL_TYPES_COLOR} from '../filters/expressions';
import {THEMATIC_LAYER_LABELS, THEMATIC_LAYERS, type ThematicLayer} from '../filters/model';
import {countByLayer, countByStatus, countByType} from '../filters/predicates';
import {useAppStore} from '../store/store';
import {LINK_STATUS_STYLE, LOCALITY_COLOR, LOCALITY_SIZE, POLICE_STYLE, STATE_LAW_COLOR, STATE_LAW_OPACITY} from '../map/layers';

function Count({n}: {n: number}) {
  return <span className="count" aria-label={`${n} matching`}>{n}</span>;
}

function AllNone({label, onAll, onNone}: {label: string; onAll: () => void; onNone: () => void}) {
  return (
    <span className="all-none">
      <button type="button" className="link-button" onClick={onAll} aria-label={`Select all ${label}`}>All</button>
      {' · '}
      <button type="button" className="link-button" onClick={onNone} aria-label={`Clear all ${label}`}>None</button>
    </span>
  );
}

/** What each thematic layer's symbols mean, shown under its switch. */
function LayerLegend({layer}: {layer: ThematicLayer}) {
  switch (layer) {
    case 'campaigns':
      return (
        <ul className="legend">
          <li><span className="swatch dot" style={{background: SEVERAL_TYPES_COLOR}}>2</span> several types (the number says how many)</li>
          <li><span className="swatch cluster">12</span> a group of places; the number counts campaigns</li>
        </ul>
      );
    case 'sisterLinks':
      return (
        <ul className="legend">
          {SISTER_LINK_STATUSES.map((s) => (
            <li key={s}>
              <span className={`swatch line${LINK_STATUS_STYLE[s].dashed ? ' dashed' : ''}`} style={{color: LINK_STATUS_STYLE[s].color}} />
              {SISTER_LINK_STATUS_LABELS[s]}
            </li>
          ))}
        </ul>
      );
    case 'localities':
      return (
        <ul className="legend">
          {(['city', 'town', 'village'] as const).map((kind) => (
            <li key={kind}>
              <span className="swatch dot" style={{background: LOCALITY_COLOR, width: LOCALITY_SIZE[kind] * 1.6, height: LOCALITY_SIZE[kind] * 1.6}} />
              {LOCALITY_KIND_LABELS[kind].toLowerCase()}
            </li>
          ))}
          <li><span className="swatch ring" style={{color: LOCALITY_COLOR}} /> refugee camp</li>
        </ul>
      );
    case 'police':
      return (
        <ul className="legend">
          <li><span className="swatch ring" style={{color: POLICE_STYLE.participated}} /> agency took part in an exchange</li>
          <li><span className="swatch ring" style={{color: POLICE_STYLE.stopped}} /> ended or refused by local action</li>
        </ul>
      );
    case 'stateLaws':
      return (
        <ul className="legend">
          {STATE_LAW_TYPES.map((t) => (
            <li key={t}>
              <span className="swatch area" style={{background: STATE_LAW_COLOR, opacity: 0.25 + STATE_LAW_OPACITY[t]}} />
              {STATE_LAW_TYPE_LABELS[t]}
            </li>
          ))}
        </ul>
      );
  }
}

export function FilterPanel({dataset}: {dataset: Dataset}) {
  const filters = useAppStore((s) => s.filters);
  const {toggleType, toggleStatus, toggleLayer, setAllTypes, setAllStatuses, resetFilters} = useAppStore.getState();
  const typeCounts = countByType(dataset.campaigns, filters);
  const statusCounts = countByStatus(dataset.campaigns, filters);
  const layerCounts = countByLayer(dataset, filters);

  return (
    <div className="filters">
      <fieldset>
        <legend>
          Campaign type <AllNone label="campaign types" onAll={() => setAllTypes(true)} onNone={() => setAllTypes(false)} />
        </legend>
        {dataset.campaignTypes.map((t) => (
          <label key={t.id} className="check" title={t.description}>
            <input type="checkbox" checked={filters.types.includes(t.id)} onChange={() => toggleType(t.id)} />
            <span className="swatch dot" style={{background: t.color}} aria-hidden="true" />
            <span className="check-label">{t.label}</span>
            <Count n={typeCounts[t.id] ?? 0} />
          </label>
        ))}
      </fieldset>

      <fieldset>
        <legend>
          Status <AllNone label="statuses" onAll={() => setAllStatuses(true)} onNone={() => setAllStatuses(false)} />
        </legend>
        {CAMPAIGN_STATUSES.map((s) => (
          <label key={s} className="check">
            <input type="checkbox" checked={filters.statuses.includes(s)} onChange={() => toggleStatus(s)} />
            <span className="check-label">{CAMPAIGN_STATUS_LABELS[s]}</span>
            <Count n={statusCounts[s] ?? 0} />
          </label>
        ))}
      </fieldset>

      <fieldset>
        <legend>Layers</legend>
        {THEMATIC_LAYERS.map((layer) => (
          <div key={layer} className="layer">
            <label className="check">
              <input type="checkbox" checked={filters.layers[layer]} onChange={() => toggleLayer(layer)} />
              <span className="check-label">{THEMATIC_LAYER_LABELS[layer]}</span>
              <Count n={layerCounts[layer]} />
            </label>
            <LayerLegend layer={layer} />
          </div>
        ))}
      </fieldset>

      <button type="button" className="button secondary" onClick={resetFilters}>Reset filters</button>
    </div>
  );
}
