import type {Dataset} from '../domain/records';
import {CAMPAIGN_STATUSES, SISTER_LINK_STATUSES, STATE_LAW_TYPES, type CampaignTypeId} from '../domain/vocabulary';
import {SEVERAL_TYPES_COLOR} from '../filters/expressions';
import {THEMATIC_LAYERS} from '../filters/model';
import {typeText} from '../i18n/type-text';
import {useI18n} from '../i18n/use-i18n';
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
import {AreaSwatch, DonutSwatch, LineSwatch, MarkerSwatch, RingSwatch} from './Legend';

function AllNone({allLabel, noneLabel, onAll, onNone}: {allLabel: string; noneLabel: string; onAll: () => void; onNone: () => void}) {
  const {t} = useI18n();
  return (
    <span className="all-none">
      <button type="button" className="link-button" onClick={onAll} aria-label={allLabel}>{t('filter.all')}</button>
      {' · '}
      <button type="button" className="link-button" onClick={onNone} aria-label={noneLabel}>{t('filter.none')}</button>
    </span>
  );
}

/** What the marks of a type look like on the map, under its switch: the map's own colours and line patterns. */
function TypeLegend({type, statesWithActs}: {type: CampaignTypeId; statesWithActs: number}) {
  const {t} = useI18n();
  switch (type) {
    case 'sister-cities':
      return (
        <ul className="legend">
          {SISTER_LINK_STATUSES.map((s) => (
            <li key={s}><LineSwatch {...LINK_STATUS_STYLE[s]} /> {t(`legend.link.${s}`)}</li>
          ))}
        </ul>
      );
    case 'deadly-exchange':
      return (
        <ul className="legend">
          <li><RingSwatch color={POLICE_STYLE.participated} /> {t('legend.policeParticipated')}</li>
          <li><RingSwatch color={POLICE_STYLE.stopped} double /> {t('legend.policeStopped')}</li>
        </ul>
      );
    case 'right-to-boycott':
      return (
        <ul className="legend">
          {STATE_LAW_TYPES.map((law) => (
            <li key={law}><AreaSwatch color={STATE_LAW_COLOR} opacity={0.15 + STATE_LAW_OPACITY[law]} dash={STATE_LAW_DASH[law]} /> {t(`legend.stateAct.${law}`)}</li>
          ))}
          <li className="legend-note">{t('legend.statesWithActs', {count: statesWithActs})}</li>
        </ul>
      );
    default:
      return null;
  }
}

/** The map's campaign markers, explained once above the types. */
function MarkerLegend({dataset}: {dataset: Dataset}) {
  const {t} = useI18n();
  const colors = dataset.campaignTypes.slice(0, 3).map((t, i) => ({color: t.color, count: 3 - i}));
  return (
    <ul className="legend legend-markers">
      <li><MarkerSwatch color={dataset.campaignTypes[0]?.color ?? SEVERAL_TYPES_COLOR} /> {t('legend.markerPlace')}</li>
      <li><MarkerSwatch color={SEVERAL_TYPES_COLOR} label="2" /> {t('legend.markerSeveral')}</li>
      <li><DonutSwatch parts={colors} label="6" /> {t('legend.markerGroup')}</li>
    </ul>
  );
}

/** A count beside a switch: the number is seen, the number with its unit is heard (the test reads the count first). */
function Count({n, unit}: {n: number; unit: 'filter.records' | 'filter.places'}) {
  const {t, f} = useI18n();
  return (
    <span className="count">
      <span className="visually-hidden">{t(unit, {count: n})}</span>
      <span aria-hidden="true">{f.number(n)}</span>
    </span>
  );
}

export function FilterPanel({dataset}: {dataset: Dataset}) {
  const {t, language} = useI18n();
  const filters = useAppStore((s) => s.filters);
  const {toggleType, toggleStatus, toggleLayer, setAllTypes, setAllStatuses, resetFilters} = useAppStore.getState();
  const counts = recordCounts(dataset, filters);
  const summary = {shown: counts.shown, total: counts.total, places: counts.places, states: counts.statesWithActs};
  // With nothing loaded yet (or nothing that could be), the filters hide nothing: the load status says what is missing.
  const allHidden = counts.total > 0 && counts.shown === 0;

  return (
    <div className="filters">
      <p className="filter-summary" aria-live="polite">
        {counts.total > 0 && (allHidden
          ? t('filter.summaryNone')
          : t(counts.statesWithActs > 0 ? 'filter.summaryWithStates' : 'filter.summary', summary))}
      </p>
      {allHidden && (
        <button type="button" className="button" onClick={resetFilters}>{t('filter.showEverything')}</button>
      )}
      <fieldset>
        <legend>
          {t('filter.type')}{' '}
          <AllNone allLabel={t('filter.allTypes')} noneLabel={t('filter.noTypes')} onAll={() => setAllTypes(true)} onNone={() => setAllTypes(false)} />
        </legend>
        <MarkerLegend dataset={dataset} />
        {dataset.campaignTypes.map((type) => {
          const text = typeText(type, language);
          return (
            <div key={type.id} className="type-row">
              <label className="check" title={text.description}>
                <input type="checkbox" checked={filters.types.includes(type.id)} onChange={() => toggleType(type.id)} />
                <span className="swatch dot" style={{background: type.color}} aria-hidden="true" />
                <span className="check-label">{text.label}</span>
                <Count n={counts.byType[type.id] ?? 0} unit="filter.records" />
              </label>
              {filters.types.includes(type.id) && <TypeLegend type={type.id} statesWithActs={counts.statesWithActs} />}
            </div>
          );
        })}
      </fieldset>

      <fieldset>
        <legend>
          {t('filter.status')}{' '}
          <AllNone allLabel={t('filter.allStatuses')} noneLabel={t('filter.noStatuses')} onAll={() => setAllStatuses(true)} onNone={() => setAllStatuses(false)} />
        </legend>
        {CAMPAIGN_STATUSES.map((s) => (
          <label key={s} className="check">
            <input type="checkbox" checked={filters.statuses.includes(s)} onChange={() => toggleStatus(s)} />
            <span className="check-label">{t(`status.${s}`)}</span>
            <Count n={counts.byStatus[s] ?? 0} unit="filter.records" />
          </label>
        ))}
      </fieldset>

      <fieldset>
        <legend>{t('filter.onMap')}</legend>
        {THEMATIC_LAYERS.map((layer) => (
          <div key={layer} className="layer">
            <label className="check">
              <input type="checkbox" checked={filters.layers[layer]} onChange={() => toggleLayer(layer)} />
              <span className="check-label">{t(`layer.${layer}`)}</span>
              <Count n={dataset.localities.length} unit="filter.places" />
            </label>
            <ul className="legend">
              {(['city', 'town', 'village'] as const).map((kind) => (
                <li key={kind}>
                  <span className="swatch dot" style={{background: LOCALITY_COLOR, width: LOCALITY_SIZE[kind] * 1.6, height: LOCALITY_SIZE[kind] * 1.6}} aria-hidden="true" />
                  {t(`legend.locality.${kind}`)}
                </li>
              ))}
              <li><RingSwatch color={LOCALITY_COLOR} /> {t('legend.locality.camp')}</li>
            </ul>
          </div>
        ))}
      </fieldset>

      <button type="button" className="button secondary" onClick={resetFilters}>{t('filter.reset')}</button>
    </div>
  );
}
