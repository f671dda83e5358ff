import type {Campaign, Dataset} from '../domain/records';
import {STATE_BY_USPS} from '../domain/us-states';
import type {CampaignTypeId} from '../domain/vocabulary';
import {type Message, message} from '../i18n/message';
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
  /**
   * The reason as a message (fit.reason.*). Its values are names and counts from the data, and two kinds the
   * interface writes in the person's language (see writeReason): `type`, a campaign type's id, and `date`, a date
   * of the data (YYYY, YYYY-MM or YYYY-MM-DD).
   */
  text: Message;
  /** Clauses listed where the text says {clauses}, each a message of its own (fit.clause.*), with the same values. */
  clauses?: Message[];
  records: ReasonRecord[];
}

export interface Fit {
  type: CampaignTypeId;
  /** done: passed here already; under-way: introduced or organizing here; open: nothing recorded or a failed vote. */
  state: 'done' | 'under-way' | 'open';
  reasons: Reason[];
}

/** The rules of the suggestions, as the app states them under "How we suggest". */
export const HOW_WE_SUGGEST: readonly Message[] = [
  message('fit.how.local'),
  message('fit.how.precedents', {miles: NEARBY_MILES}),
  message('fit.how.order'),
  message('fit.how.records')
];

/** How the interface writes a reason in the person's language. */
export interface ReasonWriter {
  /** A message in words (the interface's `tm`). */
  message: (m: Message) => string;
  /** A date of the data, as precise as it is (the interface's `f.date`). */
  date: (partial: string) => string;
  /** A campaign type's name as it reads inside a sentence. */
  type: (id: string) => string;
}

/** A reason in words: its type and dates written for the language, its clauses listed one after another. */
export function writeReason(reason: Reason, write: ReasonWriter): string {
  const written = (m: Message): Message => {
    if (!m.values) return m;
    const values = Object.entries(m.values).map(([k, v]) => [k, typeof v !== 'string' ? v : k === 'type' ? write.type(v) : k === 'date' ? write.date(v) : v]);
    return {key: m.key, values: Object.fromEntries(values) as Message['values']};
  };
  const text = written(reason.text);
  if (!reason.clauses) return write.message(text);
  // Separated by semicolons (Arabic's own "؛"): the clauses themselves hold commas ("Dearborn, MI").
  const separator = write.message({key: 'list.semicolon'});
  return write.message({key: text.key, values: {...text.values, clauses: reason.clauses.map((c) => write.message(written(c))).join(separator)}});
}

/** Whether a message's optional part is there: ICU selects on 'yes', never on an empty value. */
const has = (value: string | undefined): 'yes' | 'no' => (value ? 'yes' : 'no');

/** A population band as message values: "over 250,000", "under 10,000" or "of 10,000–25,000" people. */
export function bandValues([from, to]: SizeBand): {size: 'over' | 'under' | 'between'; from: number; to: number} {
  return {size: to === null ? 'over' : from === 0 ? 'under' : 'between', from, to: to ?? 0};
}

function campaignRecords(campaigns: readonly Campaign[]): ReasonRecord[] {
  return campaigns.map((c) => (c.sisterLinkId ? {kind: 'link', id: c.sisterLinkId} : {kind: 'campaign', id: c.id, jurisdictionId: c.jurisdictionId}));
}

function precedentReasons(type: CampaignTypeId, nearby: Precedent, peers: Precedent, stateName: string, band: SizeBand, placeKind: string): Reason[] {
  const reasons: Reason[] = [];
  if (nearby.passed > 0) {
    reasons.push({
      kind: 'precedent',
      text: message('fit.reason.nearby', {
        passed: nearby.passed,
        of: nearby.of,
        miles: NEARBY_MILES,
        type,
        nearest: nearby.examples.map((e) => `${e.jurisdiction.name}, ${e.jurisdiction.state}`).join('; ')
      }),
      records: campaignRecords(nearby.examples.map((e) => e.campaign))
    });
  }
  if (peers.passed > 0) {
    reasons.push({
      kind: 'precedent',
      text: message('fit.reason.peers', {
        passed: peers.passed,
        of: peers.of,
        places: placeKind === 'county' ? 'county' : 'place',
        ...bandValues(band),
        state: stateName,
        type,
        examples: peers.examples.map((e) => e.jurisdiction.name).join('; ')
      }),
      records: campaignRecords(peers.examples.map((e) => e.campaign))
    });
  }
  return reasons;
}

/** A campaign's status in a reason ("failed, Dec 2023"), its date when it has one. */
const statusClause = (c: Campaign, dated: boolean): Message =>
  message('fit.clause.status', {status: c.status, dated: has(dated ? c.decided : undefined), date: c.decided ?? ''});

/** Reasons about the place itself, by campaign type. */
function localReasons(profile: Profile, type: CampaignTypeId, dataset: Dataset): Reason[] {
  const {place} = profile;
  const stateName = STATE_BY_USPS.get(place.state)?.name ?? place.state;
  // An agency named by its own name, with whose it is when the name does not say ("Sheriff's Office (Wayne County)").
  const named = (agency: string, of: string) => (!of || agency.toLowerCase().includes(of.replace(/ County$/, '').toLowerCase()) ? agency : `${agency} (${of})`);
  const police = [
    ...profile.police.own.map((p) => ({p, whose: named(p.agency, place.name)})),
    // A county's police are there only when the place's county is known.
    ...profile.police.county.map((p) => ({p, whose: named(p.agency, profile.county?.name ?? '')})),
    ...profile.police.state.map((p) => ({p, whose: named(p.agency, stateName)}))
  ];
  const tookPart = police.filter(({p}) => p.outcome === 'participated');
  switch (type) {
    case 'deadly-exchange':
    case 'skip-the-trip':
      return tookPart.length === 0 ? [] : [{
        kind: 'local',
        text: message('fit.reason.police', {more: Math.max(0, tookPart.length - 3)}),
        clauses: tookPart.slice(0, 3).map(({p, whose}) => message('fit.clause.police', {agency: whose, program: p.program, dated: has(p.years), years: p.years ?? ''})),
        records: tookPart.map(({p}) => ({kind: 'police', id: p.id, jurisdictionId: p.jurisdictionId}))
      }];
    case 'right-to-boycott':
      return profile.stateActs.inEffect.length === 0 ? [] : [{
        kind: 'local',
        text: message('fit.reason.stateActs', {state: stateName, count: profile.stateActs.inEffect.length}),
        clauses: profile.stateActs.inEffect.slice(0, 3).map((l) =>
          message('fit.clause.act', {lawType: l.type, named: has(l.act), act: l.act ?? '', dated: has(l.year), date: l.year ?? ''})
        ),
        records: profile.stateActs.inEffect.map((l) => ({kind: 'state-law', id: l.id, state: l.state}))
      }];
    case 'break-the-bonds': {
      const holders = [...profile.bonds.own, ...profile.bonds.county, ...profile.bonds.state].filter((b) => b.status === 'held' || b.status === 'bought');
      return holders.length === 0 ? [] : [{
        kind: 'local',
        text: message('fit.reason.bonds', {holders: [...new Set(holders.map((b) => b.holder))].slice(0, 3).join('; ')}),
        records: holders.map((b) => ({kind: 'bond', id: b.id, jurisdictionId: b.jurisdictionId}))
      }];
    }
    case 'sister-cities': {
      if (profile.links.length > 0 || profile.nearbyLinks.length === 0) return [];
      const near = profile.nearbyLinks.slice(0, 3);
      const towns = new Map(dataset.localities.map((l) => [l.id, l]));
      return [{
        kind: 'local',
        text: message('fit.reason.sisterCities', {place: place.name, count: profile.nearbyLinks.length, miles: NEARBY_MILES}),
        // The town by both its names: a translation may prefer the Arabic one.
        clauses: near.map(({link, jurisdiction}) => {
          const town = towns.get(link.localityId);
          return message('fit.clause.sisterLink', {place: jurisdiction.name, town: town?.nameEn ?? link.localityId, townAr: town?.nameAr || (town?.nameEn ?? link.localityId)});
        }),
        records: profile.nearbyLinks.map(({link}) => ({kind: 'link', id: link.id}))
      }];
    }
    default:
      return [];
  }
}

export function campaignFit(profile: Profile, dataset: Dataset): Fit[] {
  const stateName = STATE_BY_USPS.get(profile.place.state)?.name ?? profile.place.state;
  const fits = profile.byType.map(({type, campaigns}, order) => {
    const done = campaigns.filter(succeeded);
    const underWay = campaigns.filter((c) => c.status === 'introduced' || c.status === 'organizing');
    const failed = campaigns.filter((c) => c.status === 'failed' || c.status === 'vetoed' || c.status === 'withdrawn');
    const precedents = profile.precedents.find((p) => p.type === type)!;
    const reasons: Reason[] = [...localReasons(profile, type, dataset)];
    if (failed.length > 0) {
      reasons.push({kind: 'local', text: message('fit.reason.failed', {type}), clauses: failed.map((c) => statusClause(c, true)), records: campaignRecords(failed)});
    }
    reasons.push(...precedentReasons(type, precedents.nearby, precedents.peers, stateName, profile.peerBand, profile.place.kind));
    const state: Fit['state'] = done.length > 0 ? 'done' : underWay.length > 0 ? 'under-way' : 'open';
    const decided = done[0]?.decided;
    const doneReasons: Reason[] = done.length > 0 ? [{kind: 'local', text: message('fit.reason.done', {dated: has(decided), date: decided ?? ''}), records: campaignRecords(done)}] : [];
    const wayReasons: Reason[] = underWay.length > 0
      ? [{kind: 'local', text: message('fit.reason.underWay'), clauses: underWay.map((c) => statusClause(c, false)), records: campaignRecords(underWay)}]
      : [];
    const local = reasons.filter((r) => r.kind === 'local').length;
    const precedentCount = precedents.nearby.passed + precedents.peers.passed;
    return {fit: {type, state, reasons: [...doneReasons, ...wayReasons, ...reasons]}, local, precedentCount, order};
  });
  const rank = {open: 0, 'under-way': 1, done: 2} as const;
  return fits
    .sort((a, b) => rank[a.fit.state] - rank[b.fit.state] || b.local - a.local || b.precedentCount - a.precedentCount || a.order - b.order)
    .map(({fit}) => fit);
}
