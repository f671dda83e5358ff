import {useEffect} from 'react';
import type {LngLat} from '../domain/records';
import {milesBetween} from '../geo/near';
import type {DatasetIndex} from '../store/derived';
import {useAppStore} from '../store/store';
import {usePlaceInfo} from './use-place-info';

const POPULATION = new Intl.NumberFormat('en-US');

/**
 * What a US group needs to find a partner: this place has no US sister city yet, these nearby towns and camps
 * do (with their US partners), and where to learn how to start one.
 */
export function NoPartnerYet({name, point, index}: {name: string; point: LngLat; index: DatasetIndex}) {
  const select = useAppStore((s) => s.select);
  const linked = [...index.locality.values()]
    .filter((l) => (index.linksByLocality.get(l.id)?.length ?? 0) > 0)
    .map((l) => ({l, km: milesBetween(point, l.point) * 1.609344}))
    .sort((a, b) => a.km - b.km)
    .slice(0, 3);
  const learnMore = index.typeLearnMore['sister-cities'];
  return (
    <div className="no-partner">
      <p>No US sister city is recorded for <bdi>{name}</bdi> yet.</p>
      {linked.length > 0 && (
        <>
          <h3>Nearest places with a US sister city</h3>
          <ul className="place-records">
            {linked.map(({l, km}) => {
              const partners = (index.linksByLocality.get(l.id) ?? []).map((link) => index.jurisdiction.get(link.jurisdictionId)).filter((j) => j !== undefined);
              return (
                <li key={l.id}>
                  <button type="button" className="place-record" onClick={() => select({kind: 'locality', id: l.id})}>
                    <span className="place-record-name"><bdi>{l.nameEn}</bdi> <bdi lang="ar" dir="rtl">{l.nameAr}</bdi></span>
                    <span className="muted">{km < 1 ? 'here' : `${Math.round(km)} km`} · with <bdi>{partners.map((j) => `${j.name}, ${j.state}`).join('; ')}</bdi></span>
                  </button>
                </li>
              );
            })}
          </ul>
        </>
      )}
      {learnMore && (
        <p>
          <a href={learnMore} target="_blank" rel="noopener noreferrer">How a US city can become a sister city of a Palestinian town</a>
        </p>
      )}
    </div>
  );
}

/** A Palestinian city, town or village of the gazetteer that the data has no record of yet. */
export function PalestinianPlaceDetails({id, index}: {id: string; index: DatasetIndex}) {
  const info = usePlaceInfo('ps-place', id);
  useEffect(() => {
    if (info === 'loading' || info?.kind !== 'ps-place') return;
    const highlight = {point: info.point, label: info.nameAr ? `${info.nameEn}\n${info.nameAr}` : info.nameEn};
    // Chosen by the person (not restored from a link, whose own camera wins): bring it into view.
    const chosen = useAppStore.getState().focus?.kind === 'ps-place';
    useAppStore.setState(chosen ? {highlight, focus: {kind: 'point', center: info.point, minZoom: 8}} : {highlight});
  }, [info]);
  if (info === 'loading') return <p className="muted" role="status">Loading the place…</p>;
  if (info?.kind !== 'ps-place') return <p>This place is not in the gazetteer.</p>;
  return (
    <>
      <h2>
        <bdi>{info.nameEn}</bdi> {info.nameAr && <bdi lang="ar" dir="rtl" className="arabic">{info.nameAr}</bdi>}
      </h2>
      <p className="muted">
        {info.region === 'gaza' ? 'Gaza Strip' : 'West Bank'}
        {info.population > 0 && ` · population ${POPULATION.format(info.population)} (GeoNames)`}
      </p>
      <NoPartnerYet name={info.nameEn} point={info.point} index={index} />
    </>
  );
}
