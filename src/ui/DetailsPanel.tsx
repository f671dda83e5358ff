import {useEffect, useRef} from 'react';
import type {Dataset} from '../domain/records';
import {JURISDICTION_KINDS} from '../domain/vocabulary';
import {useI18n} from '../i18n/use-i18n';
import {type DatasetIndex, datasetIndex} from '../store/derived';
import {type Selection, useAppStore} from '../store/store';
import {DataText} from './DataText';
import {PalestinianNames, PalestinianPlaceDetails, NoPartnerYet} from './PalestinianPlace';
import {Dates, JurisdictionRecords, LinkCard, linkDates, placeName} from './RecordCards';
import {ProfilePanel} from './Profile';
import {StateDetails} from './RegionDetails';
import {Sources} from './Sources';

const KINDS: ReadonlySet<string> = new Set(JURISDICTION_KINDS);

function JurisdictionDetails({id, index}: {id: string; index: DatasetIndex}) {
  const {t, f} = useI18n();
  const place = index.jurisdiction.get(id);
  if (!place) return <p>{t('details.placeMissing')}</p>;
  return (
    <>
      <h2><bdi>{placeName(place)}</bdi></h2>
      <p className="muted">
        {KINDS.has(place.kind) ? t(`details.kind.${place.kind}`) : place.kind}
        {place.population ? ` · ${t('profile.population', {n: f.number(place.population)})}` : ''}
      </p>
      <JurisdictionRecords id={id} index={index} />
    </>
  );
}

function LinkDetails({id, index}: {id: string; index: DatasetIndex}) {
  const {t} = useI18n();
  const select = useAppStore((s) => s.select);
  const link = index.link.get(id);
  const place = link && index.jurisdiction.get(link.jurisdictionId);
  const locality = link && index.locality.get(link.localityId);
  if (!link || !place || !locality) return <p>{t('details.linkMissing')}</p>;
  return (
    <>
      <h2>
        <bdi>{place.name}</bdi> <span aria-hidden="true">↔</span><span className="visually-hidden">{t('details.and')}</span>{' '}
        <PalestinianNames en={locality.nameEn} ar={locality.nameAr} single />
      </h2>
      <p className="muted">{t('details.sisterLink')} · {t(`linkStatus.${link.status}`)}</p>
      <p dir="auto"><DataText>{link.summary}</DataText></p>
      <Dates items={linkDates(link)} />
      <Sources record={link} />
      <div className="ends">
        <button type="button" className="button secondary" onClick={() => select({kind: 'jurisdiction', id: place.id})}><bdi>{placeName(place)}</bdi></button>
        <button type="button" className="button secondary" onClick={() => select({kind: 'locality', id: locality.id})}>
          <PalestinianNames en={locality.nameEn} ar={locality.nameAr} />
        </button>
      </div>
    </>
  );
}

function LocalityDetails({id, index}: {id: string; index: DatasetIndex}) {
  const {t, language} = useI18n();
  const locality = index.locality.get(id);
  if (!locality) return <p>{t('details.localityMissing')}</p>;
  const links = index.linksByLocality.get(id) ?? [];
  return (
    <>
      <h2>
        <PalestinianNames en={locality.nameEn} ar={locality.nameAr} arabicClass="arabic" />
      </h2>
      <p className="muted">
        {t(`locality.kind.${locality.kind}`)} · {t('search.governorate', {name: locality.governorate})} · {t(`region.${locality.region}`)}
      </p>
      <Sources record={locality} />
      {links.length > 0 && <h3>{t('details.sisterLinks')}</h3>}
      {links.map((l) => <LinkCard key={l.id} link={l} index={index} from="palestine" />)}
      {links.length === 0 && <NoPartnerYet name={language === 'ar' && locality.nameAr ? locality.nameAr : locality.nameEn} point={locality.point} index={index} />}
    </>
  );
}

export function DetailsPanel({dataset, selection}: {dataset: Dataset; selection: Selection}) {
  const {t} = useI18n();
  const select = useAppStore((s) => s.select);
  const index = datasetIndex(dataset);
  const section = useRef<HTMLElement>(null);
  // Opening details brings their top into view and takes the keyboard to their heading.
  useEffect(() => {
    const el = section.current;
    if (!el) return;
    el.closest('.sidebar-content')?.scrollTo({top: 0});
    const heading = el.querySelector<HTMLElement>('h2');
    heading?.setAttribute('tabindex', '-1');
    heading?.focus({preventScroll: true});
  }, [selection.kind, selection.id]);
  return (
    <section ref={section} className="details" aria-label={t('details.label')} onKeyDown={(e) => e.key === 'Escape' && select(null)}>
      {/* The arrow points back, the way the language reads: the catalog has it. */}
      <button type="button" className="button secondary back" onClick={() => select(null)}>
        {t('details.back')}
      </button>
      {selection.kind === 'jurisdiction' && (index.jurisdiction.get(selection.id)?.kind === 'state'
        ? <JurisdictionDetails id={selection.id} index={index} />
        : <ProfilePanel id={selection.id} dataset={dataset} />)}
      {(selection.kind === 'place' || selection.kind === 'county') && <ProfilePanel id={selection.id} dataset={dataset} />}
      {selection.kind === 'link' && <LinkDetails id={selection.id} index={index} />}
      {selection.kind === 'locality' && <LocalityDetails id={selection.id} index={index} />}
      {selection.kind === 'state' && <StateDetails usps={selection.id} index={index} />}
      {selection.kind === 'ps-place' && <PalestinianPlaceDetails id={selection.id} index={index} />}
    </section>
  );
}
