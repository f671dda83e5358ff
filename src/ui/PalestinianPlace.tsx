import {useEffect} from 'react';
import type {LngLat} from '../domain/records';
import {milesBetween} from '../geo/near';
import {useI18n} from '../i18n/use-i18n';
import type {DatasetIndex} from '../store/derived';
import {useAppStore} from '../store/store';
import {usePlaceInfo} from './use-place-info';

/**
 * A Palestinian place's names: for a person reading Arabic the Arabic name first, then the English one; otherwise
 * as the data gives them, English then Arabic. `single`: where only the English name is shown in English and Spanish
 * (inside a line about other places).
 */
export function PalestinianNames({en, ar, single = false, arabicClass}: {en: string; ar?: string; single?: boolean; arabicClass?: string}) {
  const {language} = useI18n();
  if (language === 'ar' && ar) return <><bdi lang="ar" className={arabicClass}>{ar}</bdi> <bdi lang="en">{en}</bdi></>;
  if (single || !ar) return <bdi>{en}</bdi>;
  return <><bdi>{en}</bdi> <bdi lang="ar" dir="rtl" className={arabicClass}>{ar}</bdi></>;
}

/**
 * What a US group needs to find a partner: this place has no US sister city yet, these nearby towns and camps
 * do (with their US partners), and where to learn how to start one.
 */
export function NoPartnerYet({name, point, index}: {name: string; point: LngLat; index: DatasetIndex}) {
  const {t, tr, f} = useI18n();
  const select = useAppStore((s) => s.select);
  const linked = [...index.locality.values()]
    .filter((l) => (index.linksByLocality.get(l.id)?.length ?? 0) > 0)
    .map((l) => ({l, km: milesBetween(point, l.point) * 1.609344}))
    .sort((a, b) => a.km - b.km)
    .slice(0, 3);
  const learnMore = index.types.get('sister-cities')?.learnMoreUrl;
  return (
    <div className="no-partner">
      <p>{tr('ps.noPartner', {name: <bdi>{name}</bdi>})}</p>
      {linked.length > 0 && (
        <>
          <h3>{t('ps.nearestLinked')}</h3>
          <ul className="place-records">
            {linked.map(({l, km}) => {
              const partners = (index.linksByLocality.get(l.id) ?? []).map((link) => index.jurisdiction.get(link.jurisdictionId)).filter((j) => j !== undefined);
              return (
                <li key={l.id}>
                  <button type="button" className="place-record" onClick={() => select({kind: 'locality', id: l.id})}>
                    <span className="place-record-name"><PalestinianNames en={l.nameEn} ar={l.nameAr} /></span>
                    <span className="muted">
                      {km < 1 ? t('ps.here') : f.km(Math.round(km))} · {tr('ps.with', {partners: <bdi>{partners.map((j) => `${j.name}, ${j.state}`).join(t('list.semicolon'))}</bdi>})}
                    </span>
                  </button>
                </li>
              );
            })}
          </ul>
        </>
      )}
      {learnMore && (
        <p>
          <a href={learnMore} target="_blank" rel="noopener noreferrer">{t('ps.howToLink')}</a>
        </p>
      )}
    </div>
  );
}

/** A Palestinian city, town or village of the gazetteer that the data has no record of yet. */
export function PalestinianPlaceDetails({id, index}: {id: string; index: DatasetIndex}) {
  const {t, f, language} = useI18n();
  const info = usePlaceInfo('ps-place', id);
  useEffect(() => {
    if (info === 'loading' || info?.kind !== 'ps-place') return;
    // The map names it as the panel does: the Arabic name first for a person reading Arabic.
    const names = info.nameAr ? (language === 'ar' ? [info.nameAr, info.nameEn] : [info.nameEn, info.nameAr]) : [info.nameEn];
    const highlight = {point: info.point, label: names.join('\n')};
    // Chosen by the person (not restored from a link, whose own camera wins): bring it into view.
    const chosen = useAppStore.getState().focus?.kind === 'ps-place';
    useAppStore.setState(chosen ? {highlight, focus: {kind: 'point', center: info.point, minZoom: 8}} : {highlight});
  }, [info, language]);
  if (info === 'loading') return <p className="muted" role="status">{t('profile.loadingPlace')}</p>;
  if (info?.kind !== 'ps-place') return <p>{t('ps.unknown')}</p>;
  return (
    <>
      <h2>
        <PalestinianNames en={info.nameEn} ar={info.nameAr} arabicClass="arabic" />
      </h2>
      <p className="muted">
        {t(`region.${info.region}`)}
        {info.population > 0 && ` · ${t('ps.population', {n: f.number(info.population)})}`}
      </p>
      <NoPartnerYet name={language === 'ar' && info.nameAr ? info.nameAr : info.nameEn} point={info.point} index={index} />
    </>
  );
}
