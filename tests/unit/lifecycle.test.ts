import {describe, expect, it} from 'vitest';
import type {CampaignRecord, CampaignStepRecord} from '../../src/domain/records';
import {comparePartialDates, lifecycleProblems, orderSteps} from '../../src/loaders/lifecycle';
import {parseDataset} from '../../src/loaders/dataset';
import {fixtureTexts} from '../fixtures/dataset-texts';

const base: CampaignRecord = {
  id: 'x', jurisdictionId: '2621000', type: 'ceasefire', status: 'passed', title: 'T', summary: 'S',
  introduced: '2023-11-01', decided: '2023-11-14', sources: ['https://example.org'], checked: '2026-12-01', confidence: 'high'
};
const step = (date: string, s: CampaignStepRecord['step']): CampaignStepRecord => ({date, step: s, summary: 's', sources: ['https://example.org'], checked: '2026-12-01'});
const columns = (c: Partial<CampaignRecord>, steps: CampaignStepRecord[] = []) => lifecycleProblems({...base, ...c}, steps).map((p) => p.column);

describe('a campaign\u2019s status, dates and steps agree', () => {
  it('accepts a consistent campaign', () => {
    expect(columns({}, [step('2023-11-01', 'introduced'), step('2023-11-14', 'passed')])).toEqual([]);
  });

  it('rejects a status that its latest step contradicts', () => {
    expect(columns({status: 'passed'}, [step('2023-11-01', 'introduced'), step('2023-11-14', 'failed')])).toEqual(['status']);
    // Cambridge's kind of history: failed first, passed later, whatever the file order.
    expect(columns({status: 'passed'}, [step('2024-01-08', 'passed'), step('2023-11-20', 'failed')])).toEqual([]);
  });

  it('reads a measure sent to committee or tabled as still introduced', () => {
    expect(columns({status: 'introduced', decided: undefined}, [step('2023-11-01', 'introduced'), step('2023-11-08', 'tabled')])).toEqual([]);
    expect(columns({status: 'introduced', decided: undefined}, [step('2023-11-08', 'referred')])).toEqual([]);
  });

  it('rejects a decided date before the introduced date, but not two dates that cannot be ordered', () => {
    expect(columns({introduced: '2024-05-14', decided: '2024-05-01'})).toEqual(['decided']);
    expect(columns({introduced: '2024-05-14', decided: '2024-05'})).toEqual([]);
    expect(comparePartialDates('2024-04', '2024-04-03')).toBe(0);
    expect(comparePartialDates('2023', '2024-01')).toBeLessThan(0);
  });

  it('rejects an organizing campaign with an introduced date', () => {
    expect(columns({status: 'organizing', introduced: '2024-01', decided: undefined})).toEqual(['introduced']);
  });

  it('asks a decided campaign for its date, or for why no source gives one', () => {
    for (const status of ['passed', 'failed', 'withdrawn'] as const) expect(columns({status, decided: undefined}), status).toEqual(['decided']);
    expect(columns({status: 'failed', decided: undefined, noDateReason: 'No report gives the date of the vote.'})).toEqual([]);
    expect(columns({noDateReason: 'A reason on a dated row.'})).toEqual(['no_date_reason']);
  });

  it('orders steps by date, keeping the file order where dates cannot be ordered', () => {
    expect(orderSteps([step('2024-02', 'passed'), step('2024-01-10', 'introduced'), step('2024-02-06', 'vetoed')]).map((s) => s.step)).toEqual(['introduced', 'passed', 'vetoed']);
  });
});

describe('campaign-steps.csv in the dataset', () => {
  it('gives each campaign its steps, oldest first', () => {
    const dataset = parseDataset(fixtureTexts());
    expect(dataset.campaigns.find((c) => c.id === 'dearborn-mi-ceasefire-2023')?.steps?.map((s) => s.step)).toEqual(['passed']);
  });

  it('reports a step of an unknown campaign, and leaves off a campaign its steps contradict', () => {
    const steps = 'campaign_id,date,step,vote,body,summary,source_urls,checked\n' +
      'nowhere,2024-01-01,passed,,,A step.,https://example.org/a,2026-12-01\n' +
      'dearborn-mi-ceasefire-2023,2023-10-24,failed,,,A failed vote.,https://example.org/b,2026-12-01\n';
    const dataset = parseDataset(fixtureTexts({campaignSteps: steps}));
    expect(dataset.issues.map((i) => `${i.file}:${i.row}:${i.column}`)).toEqual(['campaign-steps.csv:2:campaign_id', 'campaigns.csv:2:status']);
    expect(dataset.campaigns.some((c) => c.id === 'dearborn-mi-ceasefire-2023')).toBe(false);
  });
});
