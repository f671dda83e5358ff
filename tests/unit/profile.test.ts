import {describe, expect, it} from 'vitest';
import type {Dataset} from '../../src/domain/records';
import {type PlaceContext, placeContext, sizeBand} from '../../src/profile/context';
import en from '../../src/i18n/catalogs/en.json';
import {formatters} from '../../src/i18n/format';
import {createI18n} from '../../src/i18n/i18n';
import {type Message, message} from '../../src/i18n/message';
import {campaignFit, HOW_WE_SUGGEST, type Reason, writeReason} from '../../src/profile/fit';
import {buildProfile} from '../../src/profile/profile';
import {parseDataset} from '../../src/loaders/dataset';
import {english} from '../fixtures/english';
import {fixtureTexts} from '../fixtures/dataset-texts';

/**
 * Hand-made places around the fixture's records: Dearborn, MI (a ceasefire that passed), Muscatine, IA (a sister
 * city), Vermont (its state police refused a trip), Illinois (an anti-boycott law), and places with nothing.
 */
// Without campaign-types.csv every type of the vocabulary is named, so every type can be suggested.
const base = parseDataset({...fixtureTexts(), campaignTypes: undefined});

/** A reason in English words, as the profile shows it in English. */
const words = (r: Reason | undefined) =>
  r && writeReason(r, {message: english, date: formatters('en').date, type: (id) => (base.campaignTypes.find((t) => t.id === id)?.label ?? id).toLowerCase()});

const place = (id: string, name: string, state: string, kind: string, population: number, point: [number, number]) => ({id, name, state, kind, population, point});

function context(p: ReturnType<typeof place>, extra: Partial<PlaceContext> = {}): PlaceContext {
  return {place: p, inside: [], nearby: [], peers: {band: sizeBand(p.population), ids: []}, ...extra};
}

const dearborn = place('2621000', 'Dearborn', 'MI', 'city', 109976, [-83.17631, 42.32226]);
const dearbornHeights = place('2621020', 'Dearborn Heights', 'MI', 'city', 63292, [-83.27, 42.34]);
const springfield = place('1772000', 'Springfield', 'IL', 'city', 114394, [-89.65, 39.8]);

describe('a place\u2019s profile', () => {
  it('lists what a place has done by type, and says so where it has done nothing', () => {
    const profile = buildProfile(context(dearborn), base);
    const ceasefire = profile.byType.find((t) => t.type === 'ceasefire');
    expect(ceasefire?.campaigns.map((c) => c.id)).toEqual(['dearborn-mi-ceasefire-2023']);
    expect(profile.byType.filter((t) => t.campaigns.length === 0).length).toBe(base.campaignTypes.length - 1);
    expect(profile.jurisdiction?.id).toBe('2621000');
  });

  it('takes the population of the data\u2019s own record where the gazetteer has none (a 2023 Census town)', () => {
    const town = place('1955110', 'Muscatine', 'IA', 'city', 0, [-91.04, 41.42]);
    expect(buildProfile(context(town), base).place.population).toBe(23474);
    expect(buildProfile(context({...town, population: 23000}), base).place.population).toBe(23000);
  });

  it('works for a place with no record at all', () => {
    const profile = buildProfile(context(springfield), base);
    expect(profile.byType.every((t) => t.campaigns.length === 0)).toBe(true);
    expect(profile.jurisdiction).toBeUndefined();
    // Its state has a law in effect: that is in the profile.
    expect(profile.stateActs.inEffect.map((l) => l.id)).toEqual(['il-law-2015']);
  });

  it('counts precedents nearby and among peers, with their denominators', () => {
    const profile = buildProfile(context(dearbornHeights, {nearby: ['2621000', '2600001', '2600002'], peers: {band: sizeBand(63292), ids: ['2621000', '2600003']}}), base);
    const ceasefire = profile.precedents.find((p) => p.type === 'ceasefire')!;
    expect(ceasefire.nearby).toMatchObject({passed: 1, of: 3});
    expect(ceasefire.nearby.examples[0]?.jurisdiction.name).toBe('Dearborn');
    expect(ceasefire.peers).toMatchObject({passed: 1, of: 2});
  });

  it('finds the police of its state, and the state\u2019s acts', () => {
    const burlington = place('5010675', 'Burlington', 'VT', 'city', 42417, [-73.21, 44.48]);
    const profile = buildProfile(context(burlington), base);
    expect(profile.police.state.map((p) => p.id)).toEqual(['vermont-state-police-2018']);
  });
});

describe('which campaign fits here', () => {
  const reasonsOf = (fits: ReturnType<typeof campaignFit>, type: string) => fits.find((f) => f.type === type);

  it('shows a type already passed here as done, after the suggestions', () => {
    const fits = campaignFit(buildProfile(context(dearborn), base), base);
    const ceasefire = reasonsOf(fits, 'ceasefire')!;
    expect(ceasefire.state).toBe('done');
    expect(ceasefire.reasons[0]?.records).toEqual([{kind: 'campaign', id: 'dearborn-mi-ceasefire-2023', jurisdictionId: '2621000'}]);
    expect(fits.at(-1)?.type).toBe('ceasefire');
  });

  it('raises Right to Boycott where the state has a law, resting on it', () => {
    const fits = campaignFit(buildProfile(context(springfield), base), base);
    expect(fits[0]?.type).toBe('right-to-boycott');
    expect(fits[0]?.reasons[0]).toMatchObject({kind: 'local', records: [{kind: 'state-law', id: 'il-law-2015', state: 'IL'}]});
    expect(words(fits[0]?.reasons[0])).toContain('Illinois has 1 anti-boycott act in effect: law');
  });

  it('raises Deadly Exchange where the police took part, and not where a local act refused', () => {
    const withPolice: Dataset = {...base, policeExchanges: [...base.policeExchanges, {...base.policeExchanges[0]!, id: 'dearborn-pd', agency: 'Dearborn Police Department', jurisdictionId: '2621000', outcome: 'participated', program: 'ADL seminar'}]};
    const fits = campaignFit(buildProfile(context(dearborn), withPolice), withPolice);
    expect(reasonsOf(fits, 'deadly-exchange')?.reasons[0]).toMatchObject({records: [{kind: 'police', id: 'dearborn-pd'}]});
    expect(words(reasonsOf(fits, 'deadly-exchange')?.reasons[0])).toMatch(/^Dearborn Police Department took part in the ADL seminar( \(.+\))?\.$/);
    const burlington = place('5010675', 'Burlington', 'VT', 'city', 42417, [-73.21, 44.48]);
    const vt = campaignFit(buildProfile(context(burlington), base), base);
    expect(reasonsOf(vt, 'deadly-exchange')?.reasons).toEqual([]);
  });

  it('raises Sister Cities where there is no partner yet and a place nearby has one', () => {
    const nearMuscatine = place('1900001', 'Fruitland', 'IA', 'city', 977, [-91.13, 41.35]);
    const fits = campaignFit(buildProfile(context(nearMuscatine), base), base);
    const sister = reasonsOf(fits, 'sister-cities')!;
    expect(sister.reasons[0]).toMatchObject({records: [{kind: 'link', id: 'muscatine-ramallah'}]});
    expect(words(sister.reasons[0])).toBe('Fruitland has no Palestinian sister city yet; 1 place within 50 miles has one: Muscatine with Ramallah.');
    expect(fits[0]?.type).toBe('sister-cities');
  });

  it('points a failed vote to where a later one passed', () => {
    const failed: Dataset = {...base, campaigns: [...base.campaigns, {...base.campaigns[0]!, id: 'heights-failed', jurisdictionId: '2621020', status: 'failed', decided: '2023-12'}]};
    const profile = buildProfile(context(dearbornHeights, {nearby: ['2621000'], peers: {band: sizeBand(63292), ids: []}}), failed);
    const ceasefire = reasonsOf(campaignFit(profile, failed), 'ceasefire')!;
    expect(ceasefire.state).toBe('open');
    expect(ceasefire.reasons.map(words)).toEqual([
      expect.stringContaining('did not pass here (failed, Dec 2023); places like it passed one later, below.'),
      expect.stringContaining('1 of 1 cities, towns and villages within 50 miles passed a ceasefire')
    ]);
  });

  it('words a type passed here, one under way, and places of a similar size, with their dates and denominators', () => {
    const done = reasonsOf(campaignFit(buildProfile(context(dearborn), base), base), 'ceasefire')!;
    expect(words(done.reasons[0])).toMatch(/^Passed here \([A-Z][a-z]{2} \d{1,2}, \d{4}\)\.$/);
    const underWay: Dataset = {...base, campaigns: [...base.campaigns, {...base.campaigns[0]!, id: 'heights-introduced', jurisdictionId: '2621020', status: 'introduced'}]};
    const profile = buildProfile(context(dearbornHeights, {peers: {band: sizeBand(63292), ids: ['2621000', '2600003']}}), underWay);
    const ceasefire = reasonsOf(campaignFit(profile, underWay), 'ceasefire')!;
    expect(ceasefire.state).toBe('under-way');
    expect(ceasefire.reasons.map(words)).toEqual([
      'Under way here (introduced).',
      '1 of 2 places of 50,000–100,000 people in Michigan passed a ceasefire: Dearborn.'
    ]);
  });

  it('returns messages, not English: every reason is a key of the catalog, written whole', () => {
    const withPolice: Dataset = {...base, policeExchanges: [...base.policeExchanges, ...[1, 2, 3, 4].map((i) => ({...base.policeExchanges[0]!, id: `mi-${i}`, agency: `Agency ${i}`, jurisdictionId: '26', outcome: 'participated' as const}))]};
    const fits = campaignFit(buildProfile(context(dearbornHeights, {nearby: ['2621000'], peers: {band: sizeBand(63292), ids: ['2621000']}}), withPolice), withPolice);
    const reasons = fits.flatMap((f) => f.reasons);
    expect(reasons.length).toBeGreaterThan(3);
    for (const r of reasons) {
      for (const m of [r.text, ...(r.clauses ?? [])]) expect(Object.hasOwn(en, m.key), m.key).toBe(true);
      expect(words(r)).not.toMatch(/[{}]/);
    }
    expect(words(reasonsOf(fits, 'deadly-exchange')?.reasons[0])).toMatch(/^Agency 1 \(Michigan\) took part in the .+; Agency 3 \(Michigan\) took part in the [^;]+; and 1 more\.$/);
    expect(HOW_WE_SUGGEST.map(english)[1]).toBe('Then types that places like it have passed: places within 50 miles, and places of a similar size in the same state, counted with their denominators.');
  });

  it('lists a reason’s clauses as each language separates them: “;” in English, “؛” in Arabic', () => {
    const clause = (agency: string) => message('fit.clause.police', {agency, program: 'ADL seminar', dated: 'no', years: ''});
    const reason: Reason = {kind: 'local', text: message('fit.reason.police', {more: 0}), clauses: [clause('Dearborn PD'), clause('Michigan State Police')], records: []};
    const arabic = createI18n('ar');
    const write = (language: 'en' | 'ar') => ({message: (m: Message) => (language === 'en' ? english(m) : arabic.t(m.key, m.values)), date: formatters(language).date, type: (id: string) => id});
    expect(writeReason(reason, write('en'))).toBe('Dearborn PD took part in the ADL seminar; Michigan State Police took part in the ADL seminar.');
    expect(writeReason(reason, write('ar'))).toBe('مشاركة Dearborn PD في ADL seminar؛ مشاركة Michigan State Police في ADL seminar.');
  });

  it('leaves a type with no reason unranked but listed: every type appears once', () => {
    const fits = campaignFit(buildProfile(context(springfield), base), base);
    expect(new Set(fits.map((f) => f.type)).size).toBe(base.campaignTypes.length);
  });
});

describe('the context of a gazetteer place', () => {
  const gazetteer = {
    places: [
      {id: '1714000', name: 'Chicago', state: 'IL', kind: 'city', county: '17031', population: 2_695_598, lon: -87.63, lat: 41.88},
      {id: '1757225', name: 'Oak Park', state: 'IL', kind: 'village', county: '17031', population: 51_878, lon: -87.79, lat: 41.88},
      {id: '1754885', name: 'Naperville', state: 'IL', kind: 'city', county: '17043', population: 141_853, lon: -88.15, lat: 41.75},
      {id: '1700001', name: 'Some CDP', state: 'IL', kind: 'cdp', county: '17031', population: 52_000, lon: -87.7, lat: 41.9},
      {id: '1772000', name: 'Springfield', state: 'IL', kind: 'city', county: '17167', population: 116_250, lon: -89.65, lat: 39.8}
    ],
    counties: [{id: '17031', name: 'Cook County', state: 'IL', kind: 'county', population: 5_194_675, lon: -87.8, lat: 41.8}]
  };

  it('finds the county a city lies in, its governed neighbours within 50 miles, and its peers by size', () => {
    const c = placeContext(gazetteer, '1757225')!;
    expect(c.county?.name).toBe('Cook County');
    expect(c.nearby).toEqual(['1714000', '1754885']);
    expect(c.peers.ids).toEqual([]);
    const naperville = placeContext(gazetteer, '1754885')!;
    expect(naperville.peers).toEqual({band: [100_000, 250_000], ids: ['1772000']});
  });

  it('lists the places inside a county', () => {
    expect(placeContext(gazetteer, '17031')?.inside).toEqual(['1714000', '1757225', '1700001']);
  });

  it('claims no peers by size for a town whose population is unknown, and counts it among no one\'s peers', () => {
    const town = {id: '1700003', name: 'Some Town', state: 'IL', kind: 'town', county: '17031', lon: -87.75, lat: 41.85};
    const withTown = {...gazetteer, places: [...gazetteer.places, town]};
    expect(placeContext(withTown, '1700003')?.place.population).toBe(0);
    expect(placeContext(withTown, '1700003')?.peers.ids).toEqual([]);
    expect(placeContext(withTown, '1757225')?.nearby).toContain('1700003');
    expect(placeContext(withTown, '1754885')?.peers.ids).toEqual(['1772000']);
  });

  it('knows nothing of an id the gazetteer does not hold', () => {
    expect(placeContext(gazetteer, '__proto__')).toBeNull();
  });
});
