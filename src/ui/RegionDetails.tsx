import type {Jurisdiction, StateLaw} from '../domain/records';
import {STATE_BY_USPS} from '../domain/us-states';
import type {DatasetIndex} from '../store/derived';
import {useAppStore} from '../store/store';
import {plural} from './format';
import {JurisdictionRecords, placeName, StateLawCard} from './RecordCards';

/** The places of an area that have records, most records first; each opens its own details. */
function PlacesWithRecords({places, index, title}: {places: readonly Jurisdiction[]; index: DatasetIndex; title: string}) {
  const select = useAppStore((s) => s.select);
  const counted = places
    .map((j) => ({j, campaigns: index.campaignsByJurisdiction.get(j.id) ?? [], links: index.linksByJurisdiction.get(j.id) ?? [], police: index.policeByJurisdiction.get(j.id) ?? []}))
    .filter((p) => p.campaigns.length + p.links.length + p.police.length > 0)
    .sort((a, b) => b.campaigns.length + b.links.length - (a.campaigns.length + a.links.length) || a.j.name.localeCompare(b.j.name));
  if (counted.length === 0) return null;
  return (
    <>
      <h3>{title}</h3>
      <ul className="place-records">
        {counted.map(({j, campaigns, links, police}) => (
          <li key={j.id}>
            <button type="button" className="place-record" onClick={() => select({kind: 'jurisdiction', id: j.id})}>
              <span className="place-record-name"><bdi>{placeName(j)}</bdi></span>
              <span className="place-record-types" aria-hidden="true">
                {[...new Set(campaigns.map((c) => c.type))].map((t) => <span key={t} className="swatch dot" style={{background: index.typeColors[t]}} />)}
              </span>
              <span className="muted">
                {[
                  campaigns.length > 0 ? plural(campaigns.length, 'campaign') : '',
                  links.length > 0 ? plural(links.length, 'sister-city link') : '',
                  police.length > 0 ? plural(police.length, 'police exchange') : ''
                ].filter(Boolean).join(' · ')}
              </span>
            </button>
          </li>
        ))}
      </ul>
    </>
  );
}

/** A state: its anti-boycott acts in effect, the bills that did not become law, and the campaigns of its places. */
export function StateDetails({usps, index}: {usps: string; index: DatasetIndex}) {
  const state = STATE_BY_USPS.get(usps);
  if (!state) return <p>This state is not known.</p>;
  const laws = index.stateLawsByState.get(usps) ?? [];
  const byDate = (a: StateLaw, b: StateLaw) => (a.date ?? a.year ?? '').localeCompare(b.date ?? b.year ?? '');
  const inEffect = laws.filter((l) => l.status === 'in-effect').sort(byDate);
  const others = laws.filter((l) => l.status !== 'in-effect').sort(byDate);
  const places = [...index.jurisdiction.values()].filter((j) => j.state === usps && j.kind !== 'state');
  return (
    <>
      <h2>{state.name}</h2>
      <p className="muted">State · its acts, and the campaigns of its cities, towns and counties</p>
      {inEffect.length > 0 ? <h3>Anti-boycott acts in effect</h3> : <p className="muted">No state anti-boycott act in effect is recorded.</p>}
      {inEffect.map((law) => <StateLawCard key={law.id} law={law} />)}
      {inEffect.length > 0 && (
        <p className="muted">Right to Boycott campaigns ask councils and legislatures to defend the right to boycott against acts like these.</p>
      )}
      <JurisdictionRecords id={state.fips} index={index} quiet />
      <PlacesWithRecords places={places} index={index} title={`Campaigns in ${state.name}`} />
      {places.length === 0 && <p className="muted">No campaign of a city, town or county in {state.name} is recorded yet.</p>}
      {others.length > 0 && (
        <details className="bills">
          <summary>{plural(others.length, 'bill')} that did not become law, or no longer stand{others.length === 1 ? 's' : ''}</summary>
          {others.map((law) => <StateLawCard key={law.id} law={law} />)}
        </details>
      )}
    </>
  );
}
