import type {Campaign, Dataset, PoliceExchange} from '../domain/records';
import {CAMPAIGN_STATUSES, CAMPAIGN_TYPE_IDS, POLICE_OUTCOME_CAMPAIGN_STATUS} from '../domain/vocabulary';
import type {CampaignStatus, CampaignTypeId} from '../domain/vocabulary';
import type {Filters} from './model';
import {perDataset} from '../domain/per-dataset';

/**
 * The filter semantics in plain code. The map applies the same semantics through the expressions in
 * ./expressions.ts; tests/unit/filters.test.ts checks that the two agree.
 */
export function campaignMatches(campaign: Pick<Campaign, 'type' | 'status'>, filters: Filters): boolean {
  return filters.types.includes(campaign.type) && filters.statuses.includes(campaign.status);
}

/** A police exchange shows with Deadly Exchange, under the campaign status it stands for. */
export function policeMatches(record: Pick<PoliceExchange, 'outcome'>, filters: Filters): boolean {
  return campaignMatches({type: 'deadly-exchange', status: POLICE_OUTCOME_CAMPAIGN_STATUS[record.outcome]}, filters);
}

/** State anti-boycott acts are the backdrop of Right to Boycott: they show with that type. */
export function stateActsShown(filters: Filters): boolean {
  return filters.types.includes('right-to-boycott');
}

const TYPE_INDEX = new Map(CAMPAIGN_TYPE_IDS.map((t, i) => [t, i]));
const STATUS_INDEX = new Map(CAMPAIGN_STATUSES.map((s, i) => [s, i]));

/** A type and status as one number, 0 … types × statuses − 1: a filter becomes a row of booleans over them. */
function cellOf(type: CampaignTypeId, status: CampaignStatus): number {
  return TYPE_INDEX.get(type)! * CAMPAIGN_STATUSES.length + STATUS_INDEX.get(status)!;
}

/** Whether the filters show each cell (see cellOf). */
function shownCells(filters: Filters): boolean[] {
  return CAMPAIGN_TYPE_IDS.flatMap((t) => CAMPAIGN_STATUSES.map((s) => filters.types.includes(t) && filters.statuses.includes(s)));
}

/** Adds a cell to a place's distinct cells: a place has a handful, so a list beats a Set. */
function addCell(byPlace: Map<string, number[]>, place: string, cell: number): void {
  const cells = byPlace.get(place);
  if (!cells) byPlace.set(place, [cell]);
  else if (!cells.includes(cell)) cells.push(cell);
}

export interface Tally {
  /** Records per cell (see cellOf). */
  counts: number[];
  /**
   * The distinct combinations of cells that places have, the empty one first. Places share them (the bench's
   * national set: 6,422 for 20,180 places), so a place is a number here, and the tally reaches the page from the
   * data worker as a few arrays and one map of numbers: as a list of cells per place, a phone profile took 140 to
   * 190 ms to receive it.
   */
  cellSets: number[][];
  /** How many places have each combination of cells, sister-city links included (what the counts count). */
  placesPerSet: number[];
  /** Each place's combination without sister-city links (drawn as arcs): what makes the map mark a place. */
  localSetOf: Map<string, number>;
  total: number;
  statesWithActs: number;
}

/** Numbers each distinct combination of cells, in the order first met, the empty one being 0. */
function cellSetNumbering(): {cellSets: number[][]; numberOf: (cells: readonly number[]) => number} {
  const cellSets: number[][] = [[]];
  const byKey = new Map<string, number>([['', 0]]);
  return {
    cellSets,
    numberOf(cells) {
      const sorted = [...cells].sort((a, b) => a - b);
      const key = sorted.join(',');
      let n = byKey.get(key);
      if (n === undefined) {
        n = cellSets.push(sorted) - 1;
        byKey.set(key, n);
      }
      return n;
    }
  };
}

/**
 * Counts per type and status, and each place's types and statuses, made once per dataset in one pass over the
 * records: a filter tap then only adds up the cells and checks the few combinations of cells, instead of walking
 * every record. The data worker makes it beside the dataset and the page primes it (src/app/load-dataset.ts): at
 * national scale (60,000 records) the pass cost a phone's main thread about 110 ms in the task that first showed the
 * data.
 */
export const tally = perDataset((dataset): Tally => {
  const counts = new Array<number>(CAMPAIGN_TYPE_IDS.length * CAMPAIGN_STATUSES.length).fill(0);
  const placeCells = new Map<string, number[]>();
  const localPlaceCells = new Map<string, number[]>();
  const add = (place: string, cell: number, local: boolean) => {
    counts[cell]! += 1;
    addCell(placeCells, place, cell);
    if (local) addCell(localPlaceCells, place, cell);
  };
  for (const c of dataset.campaigns) add(c.jurisdictionId, cellOf(c.type, c.status), !c.sisterLinkId);
  for (const p of dataset.policeExchanges) add(p.jurisdictionId, cellOf('deadly-exchange', POLICE_OUTCOME_CAMPAIGN_STATUS[p.outcome]), true);
  const {cellSets, numberOf} = cellSetNumbering();
  const placesPerSet: number[] = [];
  for (const cells of placeCells.values()) {
    const n = numberOf(cells);
    placesPerSet[n] = (placesPerSet[n] ?? 0) + 1;
  }
  const localSetOf = new Map([...localPlaceCells].map(([place, cells]) => [place, numberOf(cells)]));
  const statesWithActs = new Set(dataset.stateLaws.filter((l) => l.status === 'in-effect').map((l) => l.state)).size;
  return {
    counts,
    cellSets,
    placesPerSet: cellSets.map((_, n) => placesPerSet[n] ?? 0),
    localSetOf,
    total: counts.reduce((a, b) => a + b, 0),
    statesWithActs
  };
});

/** Which of the tally's combinations of cells the filters show. */
function setsShown(cellSets: readonly number[][], filters: Filters): boolean[] {
  const on = shownCells(filters);
  return cellSets.map((cells) => cells.some((cell) => on[cell]));
}

/**
 * Which places the map marks (a campaign other than a sister-city link, or a police exchange, that the filters
 * show): by each place's number in `tally(dataset).localSetOf`, so that a caller over 20,000 places looks each up
 * once per dataset, not at every map move.
 */
export function placeSetsShown(dataset: Dataset, filters: Filters): boolean[] {
  return setsShown(tally(dataset).cellSets, filters);
}

/**
 * What the filter panel, the results list and "About the data" count, in one place so they always agree:
 * records (campaigns, sister-city links and police exchanges) by type and by status, the records the current
 * filters show, the places they are in, and the states whose anti-boycott acts in effect are shown.
 */
export interface RecordCounts {
  /** Records of each type under the selected statuses (the number beside a type's box). */
  byType: Record<CampaignTypeId, number>;
  /** Records of each status under the selected types. */
  byStatus: Record<CampaignStatus, number>;
  /** Records the filters show. */
  shown: number;
  /** Every record, whatever the filters. */
  total: number;
  /** US places (cities, towns, counties, states) with a record the filters show. */
  places: number;
  /** States with an anti-boycott act in effect, shown with Right to Boycott. */
  statesWithActs: number;
}

export function recordCounts(dataset: Dataset, filters: Filters): RecordCounts {
  const {counts, cellSets, placesPerSet, total, statesWithActs} = tally(dataset);
  const on = shownCells(filters);
  const byType = Object.fromEntries(CAMPAIGN_TYPE_IDS.map((t) => [t, 0])) as Record<CampaignTypeId, number>;
  const byStatus = Object.fromEntries(CAMPAIGN_STATUSES.map((s) => [s, 0])) as Record<CampaignStatus, number>;
  let shown = 0;
  CAMPAIGN_TYPE_IDS.forEach((type, t) => {
    CAMPAIGN_STATUSES.forEach((status, s) => {
      const n = counts[t * CAMPAIGN_STATUSES.length + s]!;
      if (filters.statuses.includes(status)) byType[type] += n;
      if (filters.types.includes(type)) byStatus[status] += n;
      if (on[t * CAMPAIGN_STATUSES.length + s]) shown += n;
    });
  });
  const places = setsShown(cellSets, filters).reduce((sum, shown, n) => sum + (shown ? placesPerSet[n]! : 0), 0);
  return {byType, byStatus, shown, total, places, statesWithActs: stateActsShown(filters) ? statesWithActs : 0};
}
