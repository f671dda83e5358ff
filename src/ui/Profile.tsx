import {useMemo} from 'react';
import type {Dataset} from '../domain/records';
import {STATE_BY_USPS} from '../domain/us-states';
import {LOCALES} from '../i18n/languages';
import {typeText} from '../i18n/type-text';
import {type I18nTools, useI18n} from '../i18n/use-i18n';
import {NEARBY_MILES} from '../profile/context';
import {bandValues, campaignFit, type Fit, HOW_WE_SUGGEST, type ReasonRecord, writeReason} from '../profile/fit';
import {buildProfile, type Profile} from '../profile/profile';
import {type DatasetIndex, datasetIndex} from '../store/derived';
import {MAX_COMPARED} from '../store/url-state';
import {type Selection, useAppStore} from '../store/store';
import {latestChecked} from './AboutData';
import {QrCode} from './QrCode';
import {BondCard, CampaignCard, LinkCard, PoliceCard, StateLawCard} from './RecordCards';
import {PalestinianNames} from './PalestinianPlace';
import {usePlaceContext} from './use-place-context';

/** The kinds of place the catalog names (kind.*); a CDP is said in full here, since a profile is about councils. */
const KINDS = new Set(['city', 'town', 'village', 'borough', 'township', 'municipality', 'consolidated', 'place', 'county', 'state']);

function kindWords(kind: string, t: I18nTools['t']): string {
  if (kind === 'cdp') return t('profile.kind.cdp');
  return KINDS.has(kind) ? t(`kind.${kind}`) : kind;
}

/** A few names in a row, "A, B, C", with the language's own commas. */
function names(items: readonly string[], language: I18nTools['language']): string {
  return new Intl.ListFormat(LOCALES[language], {type: 'unit', style: 'short'}).format(items);
}

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

function recordLabel(record: ReasonRecord, index: DatasetIndex, t: I18nTools['t']): string {
  switch (record.kind) {
    case 'link': {
      const link = index.link.get(record.id);
      const from = link && index.jurisdiction.get(link.jurisdictionId);
      return from ? t('profile.record.link', {place: from.name}) : t('profile.record.theLink');
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
  const {t, tm, f, language} = useI18n();
  const select = useAppStore((s) => s.select);
  const label = (type: Fit['type']) => typeText(index.types.get(type), language).label || type;
  const learnMore = (type: Fit['type']) => index.types.get(type)?.learnMoreUrl;
  // A type's name inside a sentence keeps its capitals: it is a campaign's name, and may hold one ("Israel").
  const writer = {message: tm, date: f.date, type: (id: string) => label(id as Fit['type'])};
  const withReasons = fits.filter((fit) => fit.reasons.length > 0);
  const without = fits.filter((fit) => fit.reasons.length === 0);
  return (
    <>
    <ol className="fits">
      {withReasons.map((fit) => {
        // Each record once, however many reasons rest on it.
        // Each place once, however many of its records the reasons rest on: a link opens the place with all of them.
        const records = [...new Map(fit.reasons.flatMap((r) => r.records).map((r) => [recordLabel(r, index, t), r])).values()].slice(0, 6);
        return (
          <li key={fit.type} className={`fit fit-${fit.state}`}>
            <div className="fit-head">
              <span className="swatch dot" style={{background: index.typeColors[fit.type]}} aria-hidden="true" />
              <strong>{label(fit.type)}</strong>
              <span className={`badge fit-badge-${fit.state}`}>{t(`fit.state.${fit.state}`)}</span>
            </div>
            {fit.reasons.length > 0 && (
              <ul className="fit-reasons">
                {fit.reasons.map((r, i) => <li key={i}>{writeReason(r, writer)}</li>)}
              </ul>
            )}
            <p className="fit-links">
              {records.map((r, i) => (
                <span key={recordLabel(r, index, t)}>
                  {i > 0 && ' · '}
                  <button type="button" className="link-button" onClick={() => select(selectionOfRecord(r))}><bdi>{recordLabel(r, index, t)}</bdi></button>
                </span>
              ))}
              {learnMore(fit.type) && (
                <>
                  {records.length > 0 && ' · '}
                  <a href={learnMore(fit.type)} target="_blank" rel="noopener noreferrer">{t('profile.howToRun')}</a>
                </>
              )}
            </p>
          </li>
        );
      })}
    </ol>
    {without.length > 0 && (
      <p className="muted fits-without">
        {t('profile.noReason', {types: names(without.map((w) => label(w.type)), language)})}{' '}
        {without.filter((w) => learnMore(w.type)).map((w, i) => (
          <span key={w.type}>{i > 0 && ' · '}<a href={learnMore(w.type)} target="_blank" rel="noopener noreferrer">{label(w.type)}</a></span>
        ))}
      </p>
    )}
    </>
  );
}

/** Precedents in numbers, with their denominators and the examples a person can open. */
function Precedents({profile, index}: {profile: Profile; index: DatasetIndex}) {
  const {t, tr, language} = useI18n();
  const select = useAppStore((s) => s.select);
  const stateName = STATE_BY_USPS.get(profile.place.state)?.name ?? profile.place.state;
  const rows = profile.precedents.filter((p) => p.nearby.passed + p.peers.passed > 0);
  if (rows.length === 0) return <p className="muted">{t('profile.precedents.none', {miles: NEARBY_MILES, state: stateName})}</p>;
  const peerHeading = {places: profile.place.kind === 'county' ? 'county' : 'place', ...bandValues(profile.peerBand), state: stateName};
  return (
    <table className="precedents">
      <thead>
        <tr>
          <th scope="col">{t('profile.campaignType')}</th>
          <th scope="col">{t('profile.precedents.nearby', {miles: NEARBY_MILES})}</th>
          <th scope="col">{t('profile.precedents.peers', peerHeading)}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map(({type, nearby, peers}) => (
          <tr key={type}>
            <th scope="row">{typeText(index.types.get(type), language).label || type}</th>
            {[nearby, peers].map((p, i) => (
              <td key={i}>
                {p.of === 0
                  ? <span className="muted">{t('profile.precedents.noOther')}</span>
                  : tr('profile.precedents.passed', {ratio: <span className="precedent-count">{t('profile.precedents.ratio', {passed: p.passed, of: p.of})}</span>})}
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
  const {t, tm, tr, f, language} = useI18n();
  const index = datasetIndex(dataset);
  const select = useAppStore((s) => s.select);
  const compare = useAppStore((s) => s.compare);
  const fits = useMemo(() => campaignFit(profile, dataset), [profile, dataset]);
  const {place} = profile;
  const stateName = STATE_BY_USPS.get(place.state)?.name ?? place.state;
  const nothing = profile.byType.filter((b) => b.campaigns.length === 0).map((b) => typeText(index.types.get(b.type), language).label || b.type);
  const police = [...profile.police.own, ...profile.police.county, ...profile.police.state];
  const bonds = [...profile.bonds.own, ...profile.bonds.county, ...profile.bonds.state];
  const comparing = compare.includes(place.id);
  const checked = latestChecked(dataset);
  return (
    <>
      <div className="profile-actions no-print">
        <button type="button" className="button secondary" onClick={() => window.print()}>{t('profile.print')}</button>
        <button
          type="button"
          className="button secondary"
          aria-pressed={comparing}
          disabled={!comparing && compare.length >= MAX_COMPARED}
          onClick={() => useAppStore.setState({compare: comparing ? compare.filter((id) => id !== place.id) : [...compare, place.id]})}
        >
          {comparing ? t('profile.compareRemove') : compare.length >= MAX_COMPARED ? t('profile.compareFull', {max: MAX_COMPARED}) : t('profile.compare')}
        </button>
      </div>

      <div className="profile-body">
      <h3>{t('profile.fits')}</h3>
      <FitList fits={fits} index={index} />
      <details className="how-we-suggest">
        <summary>{t('profile.howWeSuggest')}</summary>
        <ul>{HOW_WE_SUGGEST.map((rule) => <li key={rule.key}>{tm(rule)}</li>)}</ul>
      </details>

      <h3>{t('profile.done', {place: place.name})}</h3>
      {profile.byType.flatMap((b) => b.campaigns).map((c) =>
        c.sisterLinkId ? null : <CampaignCard key={c.id} campaign={c} index={index} />
      )}
      {profile.links.map((l) => <LinkCard key={l.id} link={l} index={index} from="us" />)}
      {nothing.length > 0 && <p className="muted">{t('profile.nothingYet', {types: names(nothing, language)})}</p>}

      <h3>{t('profile.police')}</h3>
      {police.length === 0 ? (
        <p className="muted">
          {t('profile.policeNone', {place: place.name, hasCounty: profile.county ? 'yes' : 'no', county: profile.county?.name ?? '', state: stateName})}
        </p>
      ) : (
        police.map((p) => <PoliceCard key={p.id} record={p} />)
      )}

      <h3>{t('profile.sisterCities')}</h3>
      {profile.links.length === 0 && <p className="muted">{t('profile.noSisterCity', {place: place.name})}</p>}
      {profile.nearbyLinks.length > 0 && (
        <ul className="place-records">
          {profile.nearbyLinks.slice(0, 5).map(({link, jurisdiction, miles}) => {
            const locality = index.locality.get(link.localityId);
            return (
              <li key={link.id}>
                <button type="button" className="place-record" onClick={() => select({kind: 'link', id: link.id})}>
                  <span className="place-record-name">
                    <bdi>{jurisdiction.name}, {jurisdiction.state}</bdi> ↔ {locality && <PalestinianNames en={locality.nameEn} ar={locality.nameAr} single />}
                  </span>
                  <span className="muted">{t('profile.away', {distance: f.miles(Math.round(miles))})}</span>
                </button>
              </li>
            );
          })}
        </ul>
      )}

      <h3>{stateName}</h3>
      {profile.stateActs.inEffect.length === 0 ? <p className="muted">{t('region.noActs')}</p> : profile.stateActs.inEffect.map((l) => <StateLawCard key={l.id} law={l} />)}
      <p>
        <button type="button" className="link-button" onClick={() => select({kind: 'state', id: place.state})}>
          {t('profile.stateLink', {state: stateName})}
        </button>
      </p>

      {bonds.length > 0 && (
        <>
          <h3>{t('card.bonds')}</h3>
          {bonds.map((b) => <BondCard key={b.id} record={b} />)}
        </>
      )}

      {profile.county && (
        <p>
          {tr('profile.inCounty', {
            county: (
              <button type="button" className="link-button" onClick={() => select({kind: 'county', id: profile.county!.id}, {kind: 'point', center: profile.county!.point, minZoom: 7})}>
                <bdi>{profile.county.name}</bdi>
              </button>
            )
          })}
        </p>
      )}
      {place.kind === 'county' && (
        <>
          <h3>{t('profile.inside', {county: place.name})}</h3>
          {profile.inside.length === 0 ? <p className="muted">{t('profile.noneYet')}</p> : (
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

      <h3>{t('profile.around')}</h3>
      <Precedents profile={profile} index={index} />

      <div className="print-only print-footer">
        <QrCode text={location.href} label={t('print.qr')} />
        <p>
          {tr('print.liveView', {url: <span className="print-url">{location.href}</span>})}
          <br />
          {t('print.checked', {known: checked ? 'yes' : 'no', date: checked ? f.date(checked) : '', how: t('profile.howWeSuggest')})}
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
  const {t, f} = useI18n();
  const index = datasetIndex(dataset);
  const jurisdiction = index.jurisdiction.get(id);
  const context = usePlaceContext(id, jurisdiction);
  const profile = useMemo(() => (context && context !== 'loading' ? buildProfile(context, dataset) : null), [context, dataset]);
  const place = profile?.place ?? (jurisdiction && {name: jurisdiction.name, state: jurisdiction.state, kind: jurisdiction.kind, population: jurisdiction.population ?? 0});
  if (!place) return context === 'loading' ? <p className="muted" role="status">{t('profile.loadingPlace')}</p> : <p>{t('profile.unknownPlace')}</p>;
  // A record's population cites its own source; the gazetteer's (mostly a 2019-2023 estimate) is for the rest. Search
  // shows the record's too, so the two never disagree (Brookhaven GA: 55,366 in the 2020 census, 57,224 estimated).
  const population = jurisdiction?.population ?? place.population;
  return (
    <article className="profile">
      <h2><bdi>{place.kind === 'state' ? place.name : `${place.name}, ${place.state}`}</bdi></h2>
      <p className="muted">
        {kindWords(place.kind, t)}
        {population > 0 && ` · ${t('profile.population', {n: f.number(population)})}`}
        {profile?.county && ` · ${profile.county.name}`}
      </p>
      {profile ? <ProfileBody profile={profile} dataset={dataset} /> : <p className="muted" role="status">{t('profile.loadingProfile')}</p>}
    </article>
  );
}
