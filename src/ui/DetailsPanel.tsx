import {useEffect, useRef} from 'react';
import type {Dataset} from '../domain/records';
import {LOCALITY_KIND_LABELS, SISTER_LINK_STATUS_LABELS} from '../domain/vocabulary';
import {type DatasetIndex, datasetIndex} from '../store/derived';
import {type Selection, useAppStore} from '../store/store';
import {PalestinianPlaceDetails, NoPartnerYet} from './PalestinianPlace';
import {Dates, JurisdictionRecords, LinkCard, linkDates, placeName} from './RecordCards';
import {ProfilePanel} from './Profile';
import {StateDetails} from './RegionDetails';
import {Sources} from './Sources';

function JurisdictionDetails({id, index}: {id: string; index: DatasetIndex}) {
  const place = index.jurisdiction.get(id);
  if (!place) return <p>This place is not in the data.</p>;
  return (
    <>
      <h2><bdi>{placeName(place)}</bdi></h2>
      <p className="muted">{place.kind[0]!.toUpperCase() + place.kind.slice(1)}{place.population ? ` · population ${place.population.toLocaleString('en-US')}` : ''}</p>
      <JurisdictionRecords id={id} index={index} />
    </>
  );
}

function LinkDetails({id, index}: {id: string; index: DatasetIndex}) {
  const select = useAppStore((s) => s.select);
  const link = index.link.get(id);
  const place = link && index.jurisdiction.get(link.jurisdictionId);
  const locality = link && index.locality.get(link.localityId);
  if (!link || !place || !locality) return <p>This link is not in the data.</p>;
  return (
    <>
      <h2>
        <bdi>{place.name}</bdi> <span aria-hidden="true">↔</span><span className="visually-hidden">and</span> <bdi>{locality.nameEn}</bdi>
      </h2>
      <p className="muted">Sister-city link · {SISTER_LINK_STATUS_LABELS[link.status]}</p>
      <p dir="auto">{link.summary}</p>
      <Dates items={linkDates(link)} />
      <Sources record={link} />
      <div className="ends">
        <button type="button" className="button secondary" onClick={() => select({kind: 'jurisdiction', id: place.id})}><bdi>{placeName(place)}</bdi></button>
        <button type="button" className="button secondary" onClick={() => select({kind: 'locality', id: locality.id})}>
          <bdi>{locality.nameEn}</bdi> <bdi lang="ar" dir="rtl">{locality.nameAr}</bdi>
        </button>
      </div>
    </>
  );
}

function LocalityDetails({id, index}: {id: string; index: DatasetIndex}) {
  const locality = index.locality.get(id);
  if (!locality) return <p>This locality is not in the data.</p>;
  const links = index.linksByLocality.get(id) ?? [];
  return (
    <>
      <h2>
        <bdi>{locality.nameEn}</bdi> <bdi lang="ar" dir="rtl" className="arabic">{locality.nameAr}</bdi>
      </h2>
      <p className="muted">
        {LOCALITY_KIND_LABELS[locality.kind]} · {locality.governorate} governorate · {locality.region === 'gaza' ? 'Gaza Strip' : 'West Bank'}
      </p>
      <Sources record={locality} />
      {links.length > 0 && <h3>Sister-city links</h3>}
      {links.map((l) => <LinkCard key={l.id} link={l} index={index} from="palestine" />)}
      {links.length === 0 && <NoPartnerYet name={locality.nameEn} point={locality.point} index={index} />}
    </>
  );
}

export function DetailsPanel({dataset, selection}: {dataset: Dataset; selection: Selection}) {
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
    <section ref={section} className="details" aria-label="Details" onKeyDown={(e) => e.key === 'Escape' && select(null)}>
      <button type="button" className="button secondary back" onClick={() => select(null)}>
        ← Back to the list
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
