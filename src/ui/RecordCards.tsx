import type {Campaign, CampaignStepRecord, IsraelBondRecord, Jurisdiction, PoliceExchange, SisterCityLink, StateLaw} from '../domain/records';
import {
  BOND_STATUS_LABELS,
  CAMPAIGN_STEP_LABELS,
  CAMPAIGN_STATUS_LABELS,
  POLICE_OUTCOME_LABELS,
  SISTER_LINK_STATUS_LABELS,
  STATE_LAW_STATUS_LABELS,
  STATE_LAW_TYPE_LABELS
} from '../domain/vocabulary';
import type {DatasetIndex} from '../store/derived';
import {useAppStore} from '../store/store';
import {isHttpUrl} from '../loaders/fields';
import {formatPartialDate, sourceLabel} from './format';
import {Sources} from './Sources';

/** The cards that show one record each, with its dates and sources: shared by every details view. */

export function Dates({items}: {items: readonly [string, string | undefined][]}) {
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
export function linkDates(link: SisterCityLink): [string, string | undefined][] {
  return [['Proposed', link.proposed], ['Rejected', link.rejected], ['Approved', link.approved], ['Signed', link.signed]];
}

export function placeName(j: Jurisdiction): string {
  return j.kind === 'state' ? j.name : `${j.name}, ${j.state}`;
}

export function CampaignCard({campaign, index}: {campaign: Campaign; index: DatasetIndex}) {
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
      {campaign.steps ? <Timeline steps={campaign.steps} /> : <Dates items={[['Introduced', campaign.introduced], ['Decided', campaign.decided]]} />}
      {campaign.vote && <p className="vote">Vote: {campaign.vote}</p>}
      {!campaign.decided && campaign.noDateReason && <p className="muted">No date of the decision: {campaign.noDateReason}</p>}
      <Sources record={campaign} />
    </article>
  );
}

/** A campaign's history, step by step, each with its own source: how a council member checks the path. */
function Timeline({steps}: {steps: readonly CampaignStepRecord[]}) {
  return (
    <ol className="timeline" aria-label="Steps">
      {steps.map((s, i) => (
        <li key={i}>
          <span className="timeline-date">{formatPartialDate(s.date)}</span>
          <span className="timeline-step">
            <strong>{CAMPAIGN_STEP_LABELS[s.step]}</strong>
            {s.vote && <> · {s.vote}</>}
            {s.body && <> · <bdi>{s.body}</bdi></>}
          </span>
          <span className="timeline-summary" dir="auto">{s.summary}</span>
          <span className="timeline-sources">
            {s.sources.filter(isHttpUrl).map((url, j) => (
              <span key={url}>{j > 0 && ', '}<a href={url} target="_blank" rel="noopener noreferrer">{sourceLabel(url)}</a></span>
            ))}
          </span>
        </li>
      ))}
    </ol>
  );
}

export function LinkCard({link, index, from}: {link: SisterCityLink; index: DatasetIndex; from: 'us' | 'palestine'}) {
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

export function PoliceCard({record}: {record: PoliceExchange}) {
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

export function StateLawCard({law}: {law: StateLaw}) {
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

/** Everything recorded for one jurisdiction id: its campaigns, sister-city links and police records; `quiet` says nothing when there is none. */
export function BondCard({record}: {record: IsraelBondRecord}) {
  return (
    <article className="card">
      <header>
        <span className={`status bond-${record.status}`}>{BOND_STATUS_LABELS[record.status]}</span>
        <span className="card-type">{record.asOf ? formatPartialDate(record.asOf) : 'date not known'}</span>
      </header>
      <h4><bdi>{record.holder}</bdi></h4>
      {record.amountUsd !== undefined && <p className="vote">{USD.format(record.amountUsd)}</p>}
      <p dir="auto">{record.summary}</p>
      <Sources record={record} />
    </article>
  );
}

const USD = new Intl.NumberFormat('en-US', {style: 'currency', currency: 'USD', maximumFractionDigits: 0});

export function JurisdictionRecords({id, index, quiet = false}: {id: string; index: DatasetIndex; quiet?: boolean}) {
  const campaigns = index.campaignsByJurisdiction.get(id) ?? [];
  const links = index.linksByJurisdiction.get(id) ?? [];
  const police = index.policeByJurisdiction.get(id) ?? [];
  const bonds = [...(index.bondsByJurisdiction.get(id) ?? [])].sort((a, b) => (a.asOf ?? '').localeCompare(b.asOf ?? ''));
  return (
    <>
      {campaigns.length > 0 && <h3>Campaigns</h3>}
      {campaigns.map((c) => <CampaignCard key={c.id} campaign={c} index={index} />)}
      {links.length > 0 && <h3>Sister-city links</h3>}
      {links.map((l) => <LinkCard key={l.id} link={l} index={index} from="us" />)}
      {police.length > 0 && <h3>Police exchange programs</h3>}
      {police.map((p) => <PoliceCard key={p.id} record={p} />)}
      {bonds.length > 0 && <h3>Israel Bonds</h3>}
      {bonds.map((b) => <BondCard key={b.id} record={b} />)}
      {!quiet && campaigns.length + links.length === 0 && <p className="muted">No campaign is recorded here yet.</p>}
    </>
  );
}
