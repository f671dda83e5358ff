import type {Campaign, CampaignStepRecord, PartialDate} from '../domain/records';
import {STEP_STATUS, type CampaignStatus} from '../domain/vocabulary';

/**
 * The rules that tie a campaign's status, its dates and its dated steps together, so that a council member can
 * trust the one from the others. `data:check` and the app both apply them (src/loaders/dataset.ts).
 */

/** Decided statuses: each needs the date of its deciding act, or the row says why no source gives one. */
const DECIDED: ReadonlySet<CampaignStatus> = new Set(['passed', 'overridden', 'failed', 'vetoed', 'withdrawn', 'rescinded']);

/**
 * Orders two dates as precise as their sources: "2024-04" and "2024-04-03" cannot be ordered (the month holds the
 * day), so they compare equal; otherwise ISO dates sort as text.
 */
export function comparePartialDates(a: PartialDate, b: PartialDate): number {
  if (a.startsWith(b) || b.startsWith(a)) return 0;
  return a < b ? -1 : 1;
}

/** Steps oldest first; steps that cannot be ordered keep the file's order. */
export function orderSteps(steps: readonly CampaignStepRecord[]): CampaignStepRecord[] {
  return steps.map((step, i) => ({step, i})).sort((a, b) => comparePartialDates(a.step.date, b.step.date) || a.i - b.i).map(({step}) => step);
}

export function lifecycleProblems(campaign: Campaign, steps: readonly CampaignStepRecord[]): {column: string; message: string}[] {
  const problems: {column: string; message: string}[] = [];
  const {status, introduced, decided, noDateReason} = campaign;
  if (status === 'organizing' && introduced) {
    problems.push({column: 'introduced', message: 'an organizing campaign has had nothing introduced yet: remove the date, or give the status it reached'});
  }
  if (introduced && decided && comparePartialDates(decided, introduced) < 0) {
    problems.push({column: 'decided', message: `is before the introduced date ${introduced}`});
  }
  if (DECIDED.has(status) && !decided && !noDateReason) {
    problems.push({column: 'decided', message: `a ${status} campaign needs the date it was decided, or a no_date_reason saying why no source gives one`});
  }
  if (decided && noDateReason) {
    problems.push({column: 'no_date_reason', message: 'is only for a row without a decided date'});
  }
  const latest = orderSteps(steps).at(-1);
  if (latest && STEP_STATUS[latest.step] !== status) {
    problems.push({column: 'status', message: `its latest step (${latest.step}, ${latest.date}) makes it "${STEP_STATUS[latest.step]}", not "${status}"`});
  }
  return problems;
}
