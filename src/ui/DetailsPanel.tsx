import type {Campaign, Dataset, Jurisdiction, PoliceExchange, SisterCityLink, StateLaw} from '../domain/records';
import {STATE_BY_USPS} from '../domain/us-states';
import {
  CAMPAIGN_STATUS_LABELS,
  LOCALITY_KIND_LABELS,
  POLICE_OUTCOME_LABELS,
  SISTER_LINK_STATUS_LABELS,
  STATE_LAW_STATUS_LABELS,
  STATE_LAW_TYPE_LABELS
} from '../domain/vocabulary';
import {type DatasetIndex, datasetIndex} from '../store/derived';
import {type Selection, useAppStore} from '../store/store';
import {formatPartialDate} from './format';
import {Sources} from './Sources';

function Dates({items}: {items: readonly [string, string | undefined][]}) {
  const known = items.filter((item): item is [string, string] => item[1] !== undefined);
  if (known.length === 0) return null;
  return (
    <dl className="dates">
      {known.map(([label, date]) => (
        <div key={label}>
          <dt>{label}</dt>
          <dd>{formatPartialDate(date)}</dd>
        </div>
      ))}
    </dl>
  );
}

/** A link's dates, kept apart as the data keeps them. */
function linkDates(link: SisterCityLink): [string, string | undefined][] {
  return [['Proposed', link.proposed], ['Rejected', link.rejected], ['Approved', link.approved], ['Signed', link.signed]];
}

function placeName(j: Jurisdiction): string {
  return j.kind === 'state' ? j.name : `${j.name}, ${j.state}`;
}

function CampaignCard({campaign, index}: {campaign: Campaign; index: DatasetIndex}) {
  const color = index.typeColors[campaign.type];
  return (
    <article className="card">
      <header>
        <span className="swatch dot" style={{background: color}} aria-hidden="true" />
        <span className="card-type">{index.typeLabels[campaign.type] ?? campaign.type}</span>
        <span className={`status status-${campaign.status}`}>{CAMPAIGN_STATUS_LABELS[campaign.status]}</span>
      </header>
      <h4><bdi>{campaign.title}</bdi></h4>
      <p dir="auto">{campaign.summary}</p>
      <Dates items={[['Introduced', campaign.introduced], ['Decided', campaign.decided]]} />
      {campaign.vote && <p className="vote">Vote: {campaign.vote}</p>}
      <Sources record={campaign} />
    </article>
  );
}

function LinkCard({link, index, from}: {link: SisterCityLink; index: DatasetIndex; from: 'us' | 'palestine'}) {
  const select = useAppStore((s) => s.select);
  const locality = index.locality.get(link.localityId);
  const place = index.jurisdiction.get(link.jurisdictionId);
  const other = from === 'us' ? locality?.nameEn : place && placeName(place);
  return (
    <article className="card">
      <header>
        <span className={`status link-${link.status}`}>{SISTER_LINK_STATUS_LABELS[link.status]}</span>
      </header>
      <h4>
        <button type="button" className="link-button" onClick={() => select({kind: 'link', id: link.id})}>
          Sister city: <bdi>{other}</bdi>
        </button>
      </h4>
      <p dir="auto">{link.summary}</p>
      <Dates items={linkDates(link)} />
      <Sources record={link} />
    </article>
  );
}

function PoliceCard({record}: {record: PoliceExchange}) {
  return (
    <article className="card">
      <header>
        <span className={`status police-${record.outcome}`}>{POLICE_OUTCOME_LABELS[record.outcome]}</span>
        <span className="card-type">{record.years ?? "year not known"}</span>
      </header>
      <h4><bdi>{record.agency}</bdi></h4>
      <p className="program"><bdi>{record.program}</bdi> <span className="muted">(<bdi>{record.sponsor}</bdi>)</span></p>
      <p dir="auto">{record.summary}</p>
      <Sources record={record} />
    </article>
  );
}

function StateLawCard({law}: {law: StateLaw}) {
  return (
    <article className="card">
      <header>
        <span className={`status state-law state-law-${law.status}`}>{STATE_LAW_TYPE_LABELS[law.type]} · {STATE_LAW_STATUS_LABELS[law.status]}</span>
        <span className="card-type">{law.date ? formatPartialDate(law.date) : law.year ?? 'year not known'}</span>
      </header>
      {law.act && <h4><bdi>{law.act}</bdi></h4>}
      <p dir="auto">{law.summary}</p>
      <Sources record={law} />
    </article>
  );
}

/** Everything recorded for one jurisdiction id: its campaigns, sister-city links and police records. */
function JurisdictionRecords({id, index}: {id: string; index: DatasetIndex}) {
  const campaigns = index.campaignsByJurisdiction.get(id) ?? [];
  const links = index.linksByJurisdiction.get(id) ?? [];
  const police = index.policeByJurisdiction.get(id) ?? [];
  return (
    <>
      {campaigns.length > 0 && <h3>Campaigns</h3>}
      {campaigns.map((c) => <CampaignCard key={c.id} campaign={c} index={index} />)}
      {links.length > 0 && <h3>Sister-city links</h3>}
      {links.map((l) => <LinkCard key={l.id} link={l} index={index} from="us" />)}
      {police.length > 0 && <h3>Police exchange programs</h3>}
      {police.map((p) => <PoliceCard key={p.id} record={p} />)}
      {campaigns.length + links.length === 0 && <p className="muted">No campaign is recorded here yet.</p>}
    </>
  );
}

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

function StateDetails({usps, index}: {usps: string; index: DatasetIndex}) {
  const state = STATE_BY_USPS.get(usps);
  if (!state) return <p>This state is not known.</p>;
  const laws = index.stateLawsByState.get(usps) ?? [];
  const byDate = (a: StateLaw, b: StateLaw) => (a.date ?? a.year ?? '').localeCompare(b.date ?? b.year ?? '');
  const inEffect = laws.filter((l) => l.status === 'in-effect').sort(byDate);
  const others = laws.filter((l) => l.status !== 'in-effect').sort(byDate);
  return (
    <>
      <h2>{state.name}</h2>
      <p className="muted">State-level acts and records</p>
      {inEffect.length > 0 && <h3>Anti-boycott acts in effect</h3>}
      {inEffect.map((law) => <StateLawCard key={law.id} law={law} />)}
      {laws.length > 0 && (
        <p className="muted">Right to Boycott campaigns ask councils and legislatures to defend the right to boycott against acts like these.</p>
      )}
      {others.length > 0 && <h3>Bills that did not become law, or no longer stand</h3>}
      {others.map((law) => <StateLawCard key={law.id} law={law} />)}
      <JurisdictionRecords id={state.fips} index={index} />
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
      {links.length === 0 && <p className="muted">No US sister-city link is recorded for <bdi>{locality.nameEn}</bdi> yet.</p>}
    </>
  );
}

export function DetailsPanel({dataset, selection}: {dataset: Dataset; selection: Selection}) {
  const select = useAppStore((s) => s.select);
  const index = datasetIndex(dataset);
  return (
    <section className="details" aria-label="Details">
      <button type="button" className="button secondary back" onClick={() => select(null)}>
        ← Back to the list
      </button>
      {selection.kind === 'jurisdiction' && <JurisdictionDetails id={selection.id} index={index} />}
      {selection.kind === 'link' && <LinkDetails id={selection.id} index={index} />}
      {selection.kind === 'locality' && <LocalityDetails id={selection.id} index={index} />}
      {selection.kind === 'state' && <StateDetails usps={selection.id} index={index} />}
    </section>
  );
}
