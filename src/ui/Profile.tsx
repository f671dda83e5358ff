import {useMemo} from 'react';
import type {Dataset} from '../domain/records';
import {STATE_BY_USPS} from '../domain/us-states';
import {NEARBY_MILES} from '../profile/context';
import {campaignFit, type Fit, HOW_WE_SUGGEST, type ReasonRecord} from '../profile/fit';
import {buildProfile, type Profile} from '../profile/profile';
import {type DatasetIndex, datasetIndex} from '../store/derived';
import {MAX_COMPARED} from '../store/url-state';
import {type Selection, useAppStore} from '../store/store';
import {latestChecked} from './AboutData';
import {QrCode} from './QrCode';
import {BondCard, CampaignCard, LinkCard, PoliceCard, StateLawCard} from './RecordCards';
import {usePlaceContext} from './use-place-context';

const POPULATION = new Intl.NumberFormat('en-US');

const KIND_WORDS: Record<string, string> = {cdp: 'community (census designated place, no council of its own)', place: 'place', consolidated: 'consolidated city-county'};

/** Where a reason's record opens: its place (or state, or link), in the details. */
function selectionOfRecord(record: ReasonRecord): Selection {
  switch (record.kind) {
    case 'link':
      return {kind: 'link', id: record.id};
    case 'state-law':
      return {kind: 'state', id: record.state};
    default:
      return record.jurisdictionId.length === 2
        ? {kind: 'state', id: STATE_BY_USPS.get(record.jurisdictionId)?.usps ?? record.jurisdictionId}
        : {kind: 'jurisdiction', id: record.jurisdictionId};
  }
}

function recordLabel(record: ReasonRecord, index: DatasetIndex): string {
  switch (record.kind) {
    case 'link': {
      const link = index.link.get(record.id);
      const from = link && index.jurisdiction.get(link.jurisdictionId);
      return from ? `${from.name} link` : 'the link';
    }
    case 'state-law':
      return STATE_BY_USPS.get(record.state)?.name ?? record.state;
    default: {
      const j = index.jurisdiction.get(record.jurisdictionId);
      return j ? (j.kind === 'state' ? j.name : `${j.name}, ${j.state}`) : record.id;
    }
  }
}

function FitList({fits, index}: {fits: readonly Fit[]; index: DatasetIndex}) {
  const select = useAppStore((s) => s.select);
  const withReasons = fits.filter((f) => f.reasons.length > 0);
  const without = fits.filter((f) => f.reasons.length === 0);
  return (
    <>
    <ol className="fits">
      {withReasons.map((fit) => {
        // Each record once, however many reasons rest on it.
        // Each place once, however many of its records the reasons rest on: a link opens the place with all of them.
        const records = [...new Map(fit.reasons.flatMap((r) => r.records).map((r) => [recordLabel(r, index), r])).values()].slice(0, 6);
        return (
          <li key={fit.type} className={`fit fit-${fit.state}`}>
            <div className="fit-head">
              <span className="swatch dot" style={{background: index.typeColors[fit.type]}} aria-hidden="true" />
              <strong>{index.typeLabels[fit.type] ?? fit.type}</strong>
              <span className={`badge fit-badge-${fit.state}`}>{fit.state === 'done' ? 'done here' : fit.state === 'under-way' ? 'under way here' : 'suggested'}</span>
            </div>
            {fit.reasons.length > 0 && (
              <ul className="fit-reasons">
                {fit.reasons.map((r, i) => <li key={i} dir="auto">{r.text}</li>)}
              </ul>
            )}
            <p className="fit-links">
              {records.map((r, i) => (
                <span key={recordLabel(r, index)}>
                  {i > 0 && ' · '}
                  <button type="button" className="link-button" onClick={() => select(selectionOfRecord(r))}><bdi>{recordLabel(r, index)}</bdi></button>
                </span>
              ))}
              {index.typeLearnMore[fit.type] && (
                <>
                  {records.length > 0 && ' · '}
                  <a href={index.typeLearnMore[fit.type]} target="_blank" rel="noopener noreferrer">How to run this campaign</a>
                </>
              )}
            </p>
          </li>
        );
      })}
    </ol>
    {without.length > 0 && (
      <p className="muted fits-without">
        No reason found in the data yet for: {without.map((f) => index.typeLabels[f.type] ?? f.type).join(', ')}.{' '}
        {without.filter((f) => index.typeLearnMore[f.type]).map((f, i) => (
          <span key={f.type}>{i > 0 && ' · '}<a href={index.typeLearnMore[f.type]} target="_blank" rel="noopener noreferrer">{index.typeLabels[f.type]}</a></span>
        ))}
      </p>
    )}
    </>
  );
}

/** Precedents in numbers, with their denominators and the examples a person can open. */
function Precedents({profile, index}: {profile: Profile; index: DatasetIndex}) {
  const select = useAppStore((s) => s.select);
  const stateName = STATE_BY_USPS.get(profile.place.state)?.name ?? profile.place.state;
  const rows = profile.precedents.filter((p) => p.nearby.passed + p.peers.passed > 0);
  if (rows.length === 0) return <p className="muted">No campaign is recorded as passed within {NEARBY_MILES} miles, or by places of a similar size in {stateName}, yet.</p>;
  const [from, to] = profile.peerBand;
  const band = to === null ? `over ${POPULATION.format(from)}` : `of ${POPULATION.format(from)}–${POPULATION.format(to)}`;
  return (
    <table className="precedents">
      <thead>
        <tr>
          <th scope="col">Campaign type</th>
          <th scope="col">Within {NEARBY_MILES} miles</th>
          <th scope="col">{profile.place.kind === 'county' ? 'Counties' : 'Places'} {band} people in {stateName}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map(({type, nearby, peers}) => (
          <tr key={type}>
            <th scope="row">{index.typeLabels[type] ?? type}</th>
            {[nearby, peers].map((p, i) => (
              <td key={i}>
                {p.of === 0 ? <span className="muted">no other place</span> : <><span className="precedent-count">{p.passed} of {p.of}</span> passed</>}
                {p.examples.length > 0 && (
                  <span className="precedent-examples">
                    {p.examples.map((e, j) => (
                      <span key={e.campaign.id}>
                        {j > 0 && ', '}
                        <button type="button" className="link-button" onClick={() => select({kind: 'jurisdiction', id: e.jurisdiction.id})}><bdi>{e.jurisdiction.name}</bdi></button>
                      </span>
                    ))}
                  </span>
                )}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function ProfileBody({profile, dataset}: {profile: Profile; dataset: Dataset}) {
  const index = datasetIndex(dataset);
  const select = useAppStore((s) => s.select);
  const compare = useAppStore((s) => s.compare);
  const fits = useMemo(() => campaignFit(profile, dataset), [profile, dataset]);
  const {place} = profile;
  const stateName = STATE_BY_USPS.get(place.state)?.name ?? place.state;
  const nothing = profile.byType.filter((t) => t.campaigns.length === 0).map((t) => index.typeLabels[t.type] ?? t.type);
  const police = [...profile.police.own, ...profile.police.county, ...profile.police.state];
  const bonds = [...profile.bonds.own, ...profile.bonds.county, ...profile.bonds.state];
  const comparing = compare.includes(place.id);
  const checked = latestChecked(dataset);
  return (
    <>
      <div className="profile-actions no-print">
        <button type="button" className="button secondary" onClick={() => window.print()}>Print a one-page brief</button>
        <button
          type="button"
          className="button secondary"
          aria-pressed={comparing}
          disabled={!comparing && compare.length >= MAX_COMPARED}
          onClick={() => useAppStore.setState({compare: comparing ? compare.filter((id) => id !== place.id) : [...compare, place.id]})}
        >
          {comparing ? 'Remove from comparison' : compare.length >= MAX_COMPARED ? `Compare (${MAX_COMPARED} at most)` : 'Compare with other places'}
        </button>
      </div>

      <div className="profile-body">
      <h3>Which campaign fits here</h3>
      <FitList fits={fits} index={index} />
      <details className="how-we-suggest">
        <summary>How we suggest</summary>
        <ul>{HOW_WE_SUGGEST.map((rule) => <li key={rule}>{rule}</li>)}</ul>
      </details>

      <h3>What {place.name} has done</h3>
      {profile.byType.flatMap((t) => t.campaigns).map((c) =>
        c.sisterLinkId ? null : <CampaignCard key={c.id} campaign={c} index={index} />
      )}
      {profile.links.map((l) => <LinkCard key={l.id} link={l} index={index} from="us" />)}
      {nothing.length > 0 && <p className="muted">Nothing recorded yet: {nothing.join(', ')}.</p>}

      <h3>Its police</h3>
      {police.length === 0 ? (
        <p className="muted">No exchange program is recorded for {place.name}&apos;s police, {profile.county ? `${profile.county.name}'s sheriff` : 'its county'} or {stateName}&apos;s state police.</p>
      ) : (
        police.map((p) => <PoliceCard key={p.id} record={p} />)
      )}

      <h3>Sister cities</h3>
      {profile.links.length === 0 && <p className="muted">{place.name} has no Palestinian sister city recorded.</p>}
      {profile.nearbyLinks.length > 0 && (
        <ul className="place-records">
          {profile.nearbyLinks.slice(0, 5).map(({link, jurisdiction, miles}) => (
            <li key={link.id}>
              <button type="button" className="place-record" onClick={() => select({kind: 'link', id: link.id})}>
                <span className="place-record-name"><bdi>{jurisdiction.name}, {jurisdiction.state}</bdi> ↔ <bdi>{index.locality.get(link.localityId)?.nameEn}</bdi></span>
                <span className="muted">{Math.round(miles)} mi away</span>
              </button>
            </li>
          ))}
        </ul>
      )}

      <h3>{stateName}</h3>
      {profile.stateActs.inEffect.length === 0 ? <p className="muted">No state anti-boycott act in effect is recorded.</p> : profile.stateActs.inEffect.map((l) => <StateLawCard key={l.id} law={l} />)}
      <p>
        <button type="button" className="link-button" onClick={() => select({kind: 'state', id: place.state})}>
          {stateName}: every act and bill, and the campaigns of its places
        </button>
      </p>

      {bonds.length > 0 && (
        <>
          <h3>Israel Bonds</h3>
          {bonds.map((b) => <BondCard key={b.id} record={b} />)}
        </>
      )}

      {profile.county && (
        <p>
          In <button type="button" className="link-button" onClick={() => select({kind: 'county', id: profile.county!.id}, {kind: 'point', center: profile.county!.point, minZoom: 7})}><bdi>{profile.county.name}</bdi></button>.
        </p>
      )}
      {place.kind === 'county' && (
        <>
          <h3>Places in {place.name} with records</h3>
          {profile.inside.length === 0 ? <p className="muted">None yet.</p> : (
            <ul className="place-records">
              {profile.inside.map((j) => (
                <li key={j.id}>
                  <button type="button" className="place-record" onClick={() => select({kind: 'jurisdiction', id: j.id})}><span className="place-record-name"><bdi>{j.name}</bdi></span></button>
                </li>
              ))}
            </ul>
          )}
        </>
      )}

      </div>

      <h3>Around it, and places like it</h3>
      <Precedents profile={profile} index={index} />

      <div className="print-only print-footer">
        <QrCode text={location.href} label="A QR code of the link to this profile" />
        <p>
          Live view: <span className="print-url">{location.href}</span>
          <br />
          Data checked up to {checked ?? 'unknown'}. Every record above cites its public sources. Suggestions follow the
          rules under “How we suggest”; they rest only on the records shown.
        </p>
      </div>
    </>
  );
}

/**
 * The profile of a US city, town or county, with or without records: what it has done, its police, sister cities,
 * state and county, what places around it and like it have done, and which campaign fits it next.
 */
export function ProfilePanel({id, dataset}: {id: string; dataset: Dataset}) {
  const index = datasetIndex(dataset);
  const jurisdiction = index.jurisdiction.get(id);
  const context = usePlaceContext(id, jurisdiction);
  const profile = useMemo(() => (context && context !== 'loading' ? buildProfile(context, dataset) : null), [context, dataset]);
  const place = profile?.place ?? (jurisdiction && {name: jurisdiction.name, state: jurisdiction.state, kind: jurisdiction.kind, population: jurisdiction.population ?? 0});
  if (!place) return context === 'loading' ? <p className="muted" role="status">Loading the place…</p> : <p>This place is not in the gazetteer or the data.</p>;
  return (
    <article className="profile">
      <h2><bdi>{place.kind === 'state' ? place.name : `${place.name}, ${place.state}`}</bdi></h2>
      <p className="muted">
        {KIND_WORDS[place.kind] ?? place.kind}
        {place.population > 0 && ` · population ${POPULATION.format(place.population)}`}
        {profile?.county && ` · ${profile.county.name}`}
      </p>
      {profile ? <ProfileBody profile={profile} dataset={dataset} /> : <p className="muted" role="status">Loading the profile…</p>}
    </article>
  );
}

