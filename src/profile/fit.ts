import type {Campaign, Dataset} from '../domain/records';
import {STATE_BY_USPS} from '../domain/us-states';
import {STATE_LAW_TYPE_LABELS, type CampaignTypeId} from '../domain/vocabulary';
import {NEARBY_MILES, type SizeBand} from './context';
import {type Precedent, type Profile, succeeded} from './profile';

/**
 * "Which campaign fits here": every campaign type, ranked for one place by plain rules, each reason in words and
 * resting on records a person can open. The rules are the HOW_WE_SUGGEST note shown in the app; there is no
 * hidden score.
 */

/** A record a reason rests on: the kind says where to open it. */
export type ReasonRecord =
  | {kind: 'campaign'; id: string; jurisdictionId: string}
  | {kind: 'police'; id: string; jurisdictionId: string}
  | {kind: 'state-law'; id: string; state: string}
  | {kind: 'bond'; id: string; jurisdictionId: string}
  | {kind: 'link'; id: string};

export interface Reason {
  /** local: a fact about this place, its police, county or state; precedent: what places like it have done. */
  kind: 'local' | 'precedent';
  text: string;
  records: ReasonRecord[];
}

export interface Fit {
  type: CampaignTypeId;
  /** done: passed here already; under-way: introduced or organizing here; open: nothing recorded or a failed vote. */
  state: 'done' | 'under-way' | 'open';
  reasons: Reason[];
}

export const HOW_WE_SUGGEST = [
  'Types with a reason that is about this place itself come first: its police, its county sheriff or its state police took part in an exchange with Israel (Deadly Exchange, Skip the Trip); its state has an anti-boycott act in effect (Right to Boycott); its treasury, its county or its state holds Israel Bonds (Break the Bonds); it has no Palestinian sister city while places near it do (Sister Cities); a vote here failed (the same type).',
  'Then types that places like it have passed: places within 50 miles, and places of a similar size in the same state, counted with their denominators.',
  'Among equals, more reasons come first, then more precedents. A type already passed here is shown as done, not suggested; one under way here is shown as under way.',
  'Every reason names the records it rests on, so it can be checked against their sources.'
] as const;

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

function bandWords(band: SizeBand): string {
  const [from, to] = band;
  const f = (n: number) => n.toLocaleString('en-US');
  if (to === null) return `over ${f(from)} people`;
  if (from === 0) return `under ${f(to)} people`;
  return `of ${f(from)}–${f(to)} people`;
}

function campaignRecords(campaigns: readonly Campaign[]): ReasonRecord[] {
  return campaigns.map((c) => (c.sisterLinkId ? {kind: 'link', id: c.sisterLinkId} : {kind: 'campaign', id: c.id, jurisdictionId: c.jurisdictionId}));
}

function precedentReasons(label: string, nearby: Precedent, peers: Precedent, stateName: string, band: SizeBand, placeKind: string): Reason[] {
  const reasons: Reason[] = [];
  const places = placeKind === 'county' ? 'counties' : 'places';
  if (nearby.passed > 0) {
    reasons.push({
      kind: 'precedent',
      text: `${nearby.passed} of ${nearby.of} cities, towns and villages within ${NEARBY_MILES} miles passed a ${label}, the nearest ${nearby.examples.map((e) => `${e.jurisdiction.name}, ${e.jurisdiction.state}`).join('; ')}.`,
      records: campaignRecords(nearby.examples.map((e) => e.campaign))
    });
  }
  if (peers.passed > 0) {
    reasons.push({
      kind: 'precedent',
      text: `${peers.passed} of ${peers.of} ${places} ${bandWords(band)} in ${stateName} passed a ${label}: ${peers.examples.map((e) => e.jurisdiction.name).join('; ')}.`,
      records: campaignRecords(peers.examples.map((e) => e.campaign))
    });
  }
  return reasons;
}

/** Reasons about the place itself, by campaign type. */
function localReasons(profile: Profile, type: CampaignTypeId, dataset: Dataset): Reason[] {
  const {place} = profile;
  const stateName = STATE_BY_USPS.get(place.state)?.name ?? place.state;
  // An agency named by its own name, with whose it is when the name does not say ("Sheriff's Office (Wayne County)").
  const named = (agency: string, of: string) => (agency.toLowerCase().includes(of.replace(/ County$/, '').toLowerCase()) ? agency : `${agency} (${of})`);
  const police = [
    ...profile.police.own.map((p) => ({p, whose: named(p.agency, place.name)})),
    ...profile.police.county.map((p) => ({p, whose: named(p.agency, profile.county?.name ?? 'its county')})),
    ...profile.police.state.map((p) => ({p, whose: named(p.agency, stateName)}))
  ];
  const tookPart = police.filter(({p}) => p.outcome === 'participated');
  switch (type) {
    case 'deadly-exchange':
    case 'skip-the-trip':
      return tookPart.length === 0 ? [] : [{
        kind: 'local',
        text: `${tookPart.slice(0, 3).map(({p, whose}) => `${whose} took part in the ${p.program}${p.years ? ` (${p.years})` : ''}`).join('; ')}${tookPart.length > 3 ? `; and ${tookPart.length - 3} more` : ''}.`,
        records: tookPart.map(({p}) => ({kind: 'police', id: p.id, jurisdictionId: p.jurisdictionId}))
      }];
    case 'right-to-boycott':
      return profile.stateActs.inEffect.length === 0 ? [] : [{
        kind: 'local',
        text: `${stateName} has ${plural(profile.stateActs.inEffect.length, 'anti-boycott act', 'anti-boycott acts')} in effect: ${profile.stateActs.inEffect.slice(0, 3).map((l) => `${STATE_LAW_TYPE_LABELS[l.type].toLowerCase()}${l.act ? ` ${l.act}` : ''}${l.year ? ` (${l.year})` : ''}`).join('; ')}.`,
        records: profile.stateActs.inEffect.map((l) => ({kind: 'state-law', id: l.id, state: l.state}))
      }];
    case 'break-the-bonds': {
      const holders = [...profile.bonds.own, ...profile.bonds.county, ...profile.bonds.state].filter((b) => b.status === 'held' || b.status === 'bought');
      return holders.length === 0 ? [] : [{
        kind: 'local',
        text: `Israel Bonds are held or bought by ${[...new Set(holders.map((b) => b.holder))].slice(0, 3).join('; ')}.`,
        records: holders.map((b) => ({kind: 'bond', id: b.id, jurisdictionId: b.jurisdictionId}))
      }];
    }
    case 'sister-cities': {
      if (profile.links.length > 0 || profile.nearbyLinks.length === 0) return [];
      const near = profile.nearbyLinks.slice(0, 3);
      const towns = new Map(dataset.localities.map((l) => [l.id, l.nameEn]));
      return [{
        kind: 'local',
        text: `${place.name} has no Palestinian sister city yet; ${plural(profile.nearbyLinks.length, 'place', 'places')} within ${NEARBY_MILES} miles ${profile.nearbyLinks.length === 1 ? 'has' : 'have'} one: ${near.map(({link, jurisdiction}) => `${jurisdiction.name} with ${towns.get(link.localityId) ?? link.localityId}`).join('; ')}.`,
        records: profile.nearbyLinks.map(({link}) => ({kind: 'link', id: link.id}))
      }];
    }
    default:
      return [];
  }
}

export function campaignFit(profile: Profile, dataset: Dataset): Fit[] {
  const stateName = STATE_BY_USPS.get(profile.place.state)?.name ?? profile.place.state;
  const labels = new Map(dataset.campaignTypes.map((t) => [t.id, t.label]));
  const fits = profile.byType.map(({type, campaigns}, order) => {
    const label = (labels.get(type) ?? type).toLowerCase();
    const done = campaigns.filter(succeeded);
    const underWay = campaigns.filter((c) => c.status === 'introduced' || c.status === 'organizing');
    const failed = campaigns.filter((c) => c.status === 'failed' || c.status === 'vetoed' || c.status === 'withdrawn');
    const precedents = profile.precedents.find((p) => p.type === type)!;
    const reasons: Reason[] = [...localReasons(profile, type, dataset)];
    if (failed.length > 0) {
      reasons.push({kind: 'local', text: `A ${label} did not pass here (${failed.map((c) => `${c.status}${c.decided ? `, ${c.decided}` : ''}`).join('; ')}); places like it passed one later, below.`, records: campaignRecords(failed)});
    }
    reasons.push(...precedentReasons(label, precedents.nearby, precedents.peers, stateName, profile.peerBand, profile.place.kind));
    const state: Fit['state'] = done.length > 0 ? 'done' : underWay.length > 0 ? 'under-way' : 'open';
    const doneReasons: Reason[] = done.length > 0 ? [{kind: 'local', text: `Passed here${done[0]!.decided ? ` (${done[0]!.decided})` : ''}.`, records: campaignRecords(done)}] : [];
    const wayReasons: Reason[] = underWay.length > 0 ? [{kind: 'local', text: `Under way here (${underWay.map((c) => c.status).join('; ')}).`, records: campaignRecords(underWay)}] : [];
    const local = reasons.filter((r) => r.kind === 'local').length;
    const precedentCount = precedents.nearby.passed + precedents.peers.passed;
    return {fit: {type, state, reasons: [...doneReasons, ...wayReasons, ...reasons]}, local, precedentCount, order};
  });
  const rank = {open: 0, 'under-way': 1, done: 2} as const;
  return fits
    .sort((a, b) => rank[a.fit.state] - rank[b.fit.state] || b.local - a.local || b.precedentCount - a.precedentCount || a.order - b.order)
    .map(({fit}) => fit);
}
