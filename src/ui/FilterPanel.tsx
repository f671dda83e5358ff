import type {Dataset} from '../domain/records';
import {
  CAMPAIGN_STATUSES,
  CAMPAIGN_STATUS_LABELS,
  LOCALITY_KIND_LABELS,
  SISTER_LINK_STATUSES,
  SISTER_LINK_STATUS_LABELS,
  STATE_LAW_TYPES,
  STATE_LAW_TYPE_LABELS,
  type CampaignTypeId
} from '../domain/vocabulary';
import {SEVERAL_TYPES_COLOR} from '../filters/expressions';
import {THEMATIC_LAYER_LABELS, THEMATIC_LAYERS} from '../filters/model';
import {recordCounts} from '../filters/predicates';
import {
  LINK_STATUS_STYLE,
  LOCALITY_COLOR,
  LOCALITY_SIZE,
  POLICE_STYLE,
  STATE_LAW_COLOR,
  STATE_LAW_DASH,
  STATE_LAW_OPACITY
} from '../map/layers';
import {useAppStore} from '../store/store';
import {plural} from './format';
import {AreaSwatch, DonutSwatch, LineSwatch, MarkerSwatch, RingSwatch} from './Legend';

function AllNone({label, onAll, onNone}: {label: string; onAll: () => void; onNone: () => void}) {
  return (
    <span className="all-none">
      <button type="button" className="link-button" onClick={onAll} aria-label={`All ${label}`}>All</button>
      {' · '}
      <button type="button" className="link-button" onClick={onNone} aria-label={`None of the ${label}`}>None</button>
    </span>
  );
}

/** What the marks of a type look like on the map, under its switch: the map's own colours and line patterns. */
function TypeLegend({type, statesWithActs}: {type: CampaignTypeId; statesWithActs: number}) {
  switch (type) {
    case 'sister-cities':
      return (
        <ul className="legend">
          {SISTER_LINK_STATUSES.map((s) => (
            <li key={s}><LineSwatch {...LINK_STATUS_STYLE[s]} /> {SISTER_LINK_STATUS_LABELS[s]} link</li>
          ))}
        </ul>
      );
    case 'deadly-exchange':
      return (
        <ul className="legend">
          <li><RingSwatch color={POLICE_STYLE.participated} /> police agency took part in an exchange (counted as organizing)</li>
          <li><RingSwatch color={POLICE_STYLE.stopped} double /> exchange ended or refused by a local act (counted as passed)</li>
        </ul>
      );
    case 'right-to-boycott':
      return (
        <ul className="legend">
          {STATE_LAW_TYPES.map((t) => (
            <li key={t}><AreaSwatch color={STATE_LAW_COLOR} opacity={0.15 + STATE_LAW_OPACITY[t]} dash={STATE_LAW_DASH[t]} /> state {STATE_LAW_TYPE_LABELS[t].toLowerCase()} in effect</li>
          ))}
          <li className="legend-note">{plural(statesWithActs, 'state has', 'states have')} an anti-boycott act in effect</li>
        </ul>
      );
    default:
      return null;
  }
}

/** The map's campaign markers, explained once above the types. */
function MarkerLegend({dataset}: {dataset: Dataset}) {
  const colors = dataset.campaignTypes.slice(0, 3).map((t, i) => ({color: t.color, count: 3 - i}));
  return (
    <ul className="legend legend-markers">
      <li><MarkerSwatch color={dataset.campaignTypes[0]?.color ?? SEVERAL_TYPES_COLOR} /> a place, in the colour of its campaign type</li>
      <li><MarkerSwatch color={SEVERAL_TYPES_COLOR} label="2" /> a place with campaigns of several types (how many)</li>
      <li><DonutSwatch parts={colors} label="6" /> a group of places: the ring shows its campaign types, the number its campaigns</li>
    </ul>
  );
}

export function FilterPanel({dataset}: {dataset: Dataset}) {
  const filters = useAppStore((s) => s.filters);
  const {toggleType, toggleStatus, toggleLayer, setAllTypes, setAllStatuses, resetFilters} = useAppStore.getState();
  const counts = recordCounts(dataset, filters);

  return (
    <div className="filters">
      <p className="filter-summary" aria-live="polite">
        {counts.shown === 0
          ? 'The filters hide every record.'
          : `Showing ${plural(counts.shown, 'record')} of ${counts.total}, in ${plural(counts.places, 'place')}${counts.statesWithActs > 0 ? `, and ${plural(counts.statesWithActs, 'state')} with anti-boycott acts` : ''}.`}
      </p>
      {counts.shown === 0 && (
        <button type="button" className="button" onClick={resetFilters}>Show everything again</button>
      )}
      <fieldset>
        <legend>
          Campaign type <AllNone label="campaign types" onAll={() => setAllTypes(true)} onNone={() => setAllTypes(false)} />
        </legend>
        <MarkerLegend dataset={dataset} />
        {dataset.campaignTypes.map((t) => (
          <div key={t.id} className="type-row">
            <label className="check" title={t.description}>
              <input type="checkbox" checked={filters.types.includes(t.id)} onChange={() => toggleType(t.id)} />
              <span className="swatch dot" style={{background: t.color}} aria-hidden="true" />
              <span className="check-label">{t.label}</span>
              <span className="count">{counts.byType[t.id]}<span className="visually-hidden"> records</span></span>
            </label>
            {filters.types.includes(t.id) && <TypeLegend type={t.id} statesWithActs={counts.statesWithActs} />}
          </div>
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
            <span className="count">{counts.byStatus[s]}<span className="visually-hidden"> records</span></span>
          </label>
        ))}
      </fieldset>

      <fieldset>
        <legend>On the map</legend>
        {THEMATIC_LAYERS.map((layer) => (
          <div key={layer} className="layer">
            <label className="check">
              <input type="checkbox" checked={filters.layers[layer]} onChange={() => toggleLayer(layer)} />
              <span className="check-label">{THEMATIC_LAYER_LABELS[layer]}</span>
              <span className="count">{dataset.localities.length}<span className="visually-hidden"> places</span></span>
            </label>
            <ul className="legend">
              {(['city', 'town', 'village'] as const).map((kind) => (
                <li key={kind}>
                  <span className="swatch dot" style={{background: LOCALITY_COLOR, width: LOCALITY_SIZE[kind] * 1.6, height: LOCALITY_SIZE[kind] * 1.6}} aria-hidden="true" />
                  {LOCALITY_KIND_LABELS[kind].toLowerCase()}
                </li>
              ))}
              <li><RingSwatch color={LOCALITY_COLOR} /> refugee camp</li>
            </ul>
          </div>
        ))}
      </fieldset>

      <button type="button" className="button secondary" onClick={resetFilters}>Reset filters</button>
    </div>
  );
}
