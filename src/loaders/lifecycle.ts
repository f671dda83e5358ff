import type {Campaign, CampaignStepRecord, PartialDate} from '../domain/records';
import {type Message, message} from '../i18n/message';
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

export function lifecycleProblems(campaign: Campaign, steps: readonly CampaignStepRecord[]): {column: string; text: Message}[] {
  const problems: {column: string; text: Message}[] = [];
  const {status, introduced, decided, noDateReason} = campaign;
  if (status === 'organizing' && introduced) {
    problems.push({column: 'introduced', text: message('issue.organizingIntroduced')});
  }
  if (introduced && decided && comparePartialDates(decided, introduced) < 0) {
    problems.push({column: 'decided', text: message('issue.decidedBeforeIntroduced', {introduced})});
  }
  if (DECIDED.has(status) && !decided && !noDateReason) {
    problems.push({column: 'decided', text: message('issue.needsDecided', {status})});
  }
  if (decided && noDateReason) {
    problems.push({column: 'no_date_reason', text: message('issue.noDateReason')});
  }
  const latest = orderSteps(steps).at(-1);
  if (latest && STEP_STATUS[latest.step] !== status) {
    problems.push({column: 'status', text: message('issue.latestStep', {step: latest.step, date: latest.date, implied: STEP_STATUS[latest.step], status})});
  }
  return problems;
}
