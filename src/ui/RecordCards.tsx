import type {Campaign, CampaignDetails, CampaignStepRecord, IsraelBondRecord, Jurisdiction, PoliceExchange, SisterCityLink, StateLaw} from '../domain/records';
import {typeText} from '../i18n/type-text';
import {useI18n} from '../i18n/use-i18n';
import type {DatasetIndex} from '../store/derived';
import {useAppStore} from '../store/store';
import {isHttpUrl, sourceLabel} from '../loaders/fields';
import {DataText} from './DataText';
import {PalestinianNames} from './PalestinianPlace';
import {Sources} from './Sources';
import {useCampaignDetails} from './use-worker-answer';

/** The cards that show one record each, with its dates and sources: shared by every details view. */

/** What a date of a record is, by its catalog key (card.date.*). */
type DateLabel = 'card.date.proposed' | 'card.date.rejected' | 'card.date.approved' | 'card.date.signed' | 'card.date.introduced' | 'card.date.decided';

export function Dates({items}: {items: readonly [DateLabel, string | undefined][]}) {
  const {t, f} = useI18n();
  const known = items.filter((item): item is [DateLabel, string] => item[1] !== undefined);
  if (known.length === 0) return null;
  return (
    <dl className="dates">
      {known.map(([label, date]) => (
        <div key={label}>
          <dt>{t(label)}</dt>
          <dd>{f.date(date)}</dd>
        </div>
      ))}
    </dl>
  );
}

/** A link's dates, kept apart as the data keeps them. */
export function linkDates(link: SisterCityLink): [DateLabel, string | undefined][] {
  return [['card.date.proposed', link.proposed], ['card.date.rejected', link.rejected], ['card.date.approved', link.approved], ['card.date.signed', link.signed]];
}

export function placeName(j: Jurisdiction): string {
  return j.kind === 'state' ? j.name : `${j.name}, ${j.state}`;
}

export function CampaignCard({campaign, index}: {campaign: Campaign; index: DatasetIndex}) {
  const {t, language} = useI18n();
  const color = index.typeColors[campaign.type];
  const details = useCampaignDetails(campaign);
  return (
    <article className="card" aria-busy={details === undefined}>
      <header>
        <span className="swatch dot" style={{background: color}} aria-hidden="true" />
        <span className="card-type">{typeText(index.types.get(campaign.type), language).label || campaign.type}</span>
        <span className={`status status-${campaign.status}`}>{t(`status.${campaign.status}`)}</span>
      </header>
      {details ? (
        <CampaignWords campaign={campaign} details={details} />
      ) : (
        <>
          <CampaignDates campaign={campaign} />
          <p className="muted" role={details === null ? 'alert' : 'status'}>{t(details === null ? 'card.detailsMissing' : 'card.detailsLoading')}</p>
        </>
      )}
    </article>
  );
}

function CampaignDates({campaign}: {campaign: Campaign}) {
  return <Dates items={[['card.date.introduced', campaign.introduced], ['card.date.decided', campaign.decided]]} />;
}

/** What the data worker sends when a campaign's card opens: its title, words, steps, vote and sources. */
function CampaignWords({campaign, details}: {campaign: Campaign; details: CampaignDetails}) {
  const {tr} = useI18n();
  return (
    <>
      <h4><DataText>{details.title}</DataText></h4>
      <p dir="auto"><DataText>{details.summary}</DataText></p>
      {details.steps ? <Timeline steps={details.steps} /> : <CampaignDates campaign={campaign} />}
      {details.vote && <p className="vote">{tr('card.vote', {vote: <DataText>{details.vote}</DataText>})}</p>}
      {!campaign.decided && campaign.noDateReason && (
        <p className="muted">{tr('card.noDate', {reason: <DataText>{campaign.noDateReason}</DataText>})}</p>
      )}
      <Sources record={{...campaign, sources: details.sources}} />
    </>
  );
}

/** A campaign's history, step by step, each with its own source: how a council member checks the path. */
function Timeline({steps}: {steps: readonly CampaignStepRecord[]}) {
  const {t, f} = useI18n();
  return (
    <ol className="timeline" aria-label={t('card.steps')}>
      {steps.map((s, i) => (
        <li key={i}>
          <span className="timeline-date">{f.date(s.date)}</span>
          <span className="timeline-step">
            <strong>{t(`step.${s.step}`)}</strong>
            {s.vote && <> · <DataText>{s.vote}</DataText></>}
            {s.body && <> · <DataText>{s.body}</DataText></>}
          </span>
          <span className="timeline-summary" dir="auto"><DataText>{s.summary}</DataText></span>
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
  const {t, tr} = useI18n();
  const select = useAppStore((s) => s.select);
  const locality = index.locality.get(link.localityId);
  const place = index.jurisdiction.get(link.jurisdictionId);
  const other = from === 'us'
    ? locality && <PalestinianNames en={locality.nameEn} ar={locality.nameAr} single />
    : place && <bdi>{placeName(place)}</bdi>;
  return (
    <article className="card">
      <header>
        <span className={`status link-${link.status}`}>{t(`linkStatus.${link.status}`)}</span>
      </header>
      <h4>
        <button type="button" className="link-button" onClick={() => select({kind: 'link', id: link.id})}>
          {tr('card.sisterCity', {name: other ?? <bdi />})}
        </button>
      </h4>
      <p dir="auto"><DataText>{link.summary}</DataText></p>
      <Dates items={linkDates(link)} />
      <Sources record={link} />
    </article>
  );
}

export function PoliceCard({record}: {record: PoliceExchange}) {
  const {t} = useI18n();
  return (
    <article className="card">
      <header>
        <span className={`status police-${record.outcome}`}>{t(`policeOutcome.${record.outcome}`)}</span>
        <span className="card-type">{record.years ?? t('card.yearUnknown')}</span>
      </header>
      <h4><DataText>{record.agency}</DataText></h4>
      <p className="program"><DataText>{record.program}</DataText> <span className="muted">(<DataText>{record.sponsor}</DataText>)</span></p>
      <p dir="auto"><DataText>{record.summary}</DataText></p>
      <Sources record={record} />
    </article>
  );
}

export function StateLawCard({law}: {law: StateLaw}) {
  const {t, f} = useI18n();
  const when = law.date ?? law.year;
  return (
    <article className="card">
      <header>
        <span className={`status state-law state-law-${law.status}`}>{t(`lawType.${law.type}`)} · {t(`lawStatus.${law.status}`)}</span>
        <span className="card-type">{when ? f.date(when) : t('card.yearUnknown')}</span>
      </header>
      {law.act && <h4><DataText>{law.act}</DataText></h4>}
      <p dir="auto"><DataText>{law.summary}</DataText></p>
      <Sources record={law} />
    </article>
  );
}

export function BondCard({record}: {record: IsraelBondRecord}) {
  const {t, f} = useI18n();
  return (
    <article className="card">
      <header>
        <span className={`status bond-${record.status}`}>{t(`bondStatus.${record.status}`)}</span>
        <span className="card-type">{record.asOf ? f.date(record.asOf) : t('card.dateUnknown')}</span>
      </header>
      <h4><DataText>{record.holder}</DataText></h4>
      {record.amountUsd !== undefined && <p className="vote">{f.usd(record.amountUsd)}</p>}
      <p dir="auto"><DataText>{record.summary}</DataText></p>
      <Sources record={record} />
    </article>
  );
}

/** Everything recorded for one jurisdiction id: its campaigns, sister-city links and police records; `quiet` says nothing when there is none. */
export function JurisdictionRecords({id, index, quiet = false}: {id: string; index: DatasetIndex; quiet?: boolean}) {
  const {t} = useI18n();
  const campaigns = index.campaignsByJurisdiction.get(id) ?? [];
  const links = index.linksByJurisdiction.get(id) ?? [];
  const police = index.policeByJurisdiction.get(id) ?? [];
  const bonds = [...(index.bondsByJurisdiction.get(id) ?? [])].sort((a, b) => (a.asOf ?? '').localeCompare(b.asOf ?? ''));
  return (
    <>
      {campaigns.length > 0 && <h3>{t('card.campaigns')}</h3>}
      {campaigns.map((c) => <CampaignCard key={c.id} campaign={c} index={index} />)}
      {links.length > 0 && <h3>{t('details.sisterLinks')}</h3>}
      {links.map((l) => <LinkCard key={l.id} link={l} index={index} from="us" />)}
      {police.length > 0 && <h3>{t('card.policePrograms')}</h3>}
      {police.map((p) => <PoliceCard key={p.id} record={p} />)}
      {bonds.length > 0 && <h3>{t('card.bonds')}</h3>}
      {bonds.map((b) => <BondCard key={b.id} record={b} />)}
      {!quiet && campaigns.length + links.length === 0 && <p className="muted">{t('card.noCampaign')}</p>}
    </>
  );
}
