import {useEffect, useMemo, useState} from 'react';
import type {Dataset} from '../domain/records';
import {typeText} from '../i18n/type-text';
import {useI18n} from '../i18n/use-i18n';
import type {PlaceContext} from '../profile/context';
import {buildProfile, contextFromJurisdiction, succeeded} from '../profile/profile';
import {placeSearch} from '../search/search-client';
import {datasetIndex} from '../store/derived';
import {useAppStore} from '../store/store';

/** The contexts of several places at once, in order; null for one nobody knows. */
function usePlaceContexts(ids: readonly string[], dataset: Dataset): (PlaceContext | null)[] | 'loading' {
  const key = ids.join(',');
  const [found, setFound] = useState<{key: string; contexts: (PlaceContext | null)[]} | null>(null);
  useEffect(() => {
    if (!key) return;
    let live = true;
    const index = datasetIndex(dataset);
    void Promise.all(key.split(',').filter(Boolean).map(async (id) => {
      const context = await placeSearch.context(id);
      const j = index.jurisdiction.get(id);
      return context ?? (j ? contextFromJurisdiction(j) : null);
    })).then((contexts) => {
      if (live) setFound({key, contexts});
    });
    return () => {
      live = false;
    };
  }, [key, dataset]);
  return found?.key === key ? found.contexts : 'loading';
}

/**
 * Two or three places side by side (the Eviction Lab pattern): what each has done, campaign type by campaign type.
 * The places live in the shared link.
 */
export function ComparePanel({dataset}: {dataset: Dataset}) {
  const {t, f, language} = useI18n();
  const compare = useAppStore((s) => s.compare);
  const select = useAppStore((s) => s.select);
  const contexts = usePlaceContexts(compare, dataset);
  const profiles = useMemo(() => (contexts === 'loading' ? [] : contexts.flatMap((c) => (c ? [buildProfile(c, dataset)] : []))), [contexts, dataset]);
  if (compare.length === 0) return null;
  const index = datasetIndex(dataset);
  const first = index.jurisdiction.get(compare[0]!)?.name ?? profiles[0]?.place.name;
  const remove = (id: string) => useAppStore.setState({compare: compare.filter((c) => c !== id)});
  return (
    <section className="compare" aria-label={t('compare.label')}>
      <h2>{t('compare.heading')}</h2>
      {contexts === 'loading' ? (
        <p className="muted" role="status">{t('compare.loading')}</p>
      ) : (
        <div className="compare-scroll">
          <table className="compare-table">
            <thead>
              <tr>
                <th scope="col">{t('profile.campaignType')}</th>
                {profiles.map((p) => (
                  <th key={p.place.id} scope="col">
                    <button type="button" className="link-button" onClick={() => select({kind: p.place.kind === 'county' ? 'county' : 'place', id: p.place.id})}>
                      <bdi>{p.place.name}, {p.place.state}</bdi>
                    </button>
                    <button type="button" className="link-button compare-remove" onClick={() => remove(p.place.id)} aria-label={t('compare.remove', {place: p.place.name})}>×</button>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {dataset.campaignTypes.map((type) => (
                <tr key={type.id}>
                  <th scope="row"><span className="swatch dot" style={{background: type.color}} aria-hidden="true" /> {typeText(type, language).label}</th>
                  {profiles.map((p) => {
                    const campaigns = p.byType.find((b) => b.type === type.id)?.campaigns ?? [];
                    const best = campaigns.find(succeeded) ?? campaigns[0];
                    return <td key={p.place.id} className={best && succeeded(best) ? 'compare-passed' : ''}>{best ? t(`status.${best.status}`) : '—'}</td>;
                  })}
                </tr>
              ))}
              <tr>
                <th scope="row">{t('compare.police')}</th>
                {profiles.map((p) => <td key={p.place.id}>{f.number(p.police.own.length)} · {f.number(p.police.county.length)} · {f.number(p.police.state.length)}</td>)}
              </tr>
              <tr>
                <th scope="row">{t('compare.stateActs')}</th>
                {profiles.map((p) => <td key={p.place.id}>{f.number(p.stateActs.inEffect.length)}</td>)}
              </tr>
            </tbody>
          </table>
        </div>
      )}
      {compare.length < 2 && <p className="muted">{t('compare.hint', {button: t('profile.compare'), known: first ? 'yes' : 'no', place: first ?? ''})}</p>}
      <button type="button" className="link-button" onClick={() => useAppStore.setState({compare: []})}>{t('compare.clear')}</button>
    </section>
  );
}
