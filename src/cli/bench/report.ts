import type {LoaderTimes} from './loader';
import type {Profile, RunResult, TapTimes} from './browser';

/**
 * The printed report of the browser bench: the issue's table (figure | now | goal | measured min/median/max |
 * ratio) for today's data and the national data, how each figure grows from national to twice national, and every
 * raw figure per variant. Numbers only: nothing here passes or fails.
 */

export type Scale = 'today' | 'national' | '2x';
export type VariantName = 'app-today' | 'bare-today' | 'app-national' | 'bare' | 'app-2x';

export const APP_OF: Record<Scale, VariantName> = {today: 'app-today', national: 'app-national', '2x': 'app-2x'};
/** The bare run each app run is compared with, in the same round. */
export const BARE_OF: Record<Scale, VariantName> = {today: 'bare-today', national: 'bare', '2x': 'bare'};

/** results[profile][variant][round]; a round that failed to start holds undefined. */
export type Results = Record<Profile['name'], Partial<Record<VariantName, (RunResult | undefined)[]>>>;

export interface Report {
  results: Results;
  loader: Partial<Record<Scale, LoaderTimes>>;
  runs: number;
}

// ---- numbers -------------------------------------------------------------------------------------------------

const sorted = (values: readonly number[]) => [...values].sort((a, b) => a - b);

export function median(values: readonly number[]): number {
  const s = sorted(values);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** Nearest-rank percentile: the smallest value with at least p % of the values at or below it. */
export function percentile(values: readonly number[], p: number): number {
  const s = sorted(values);
  return s[Math.max(0, Math.ceil((p / 100) * s.length) - 1)]!;
}

interface Stats {
  min: number;
  median: number;
  max: number;
  n: number;
}

function stats(values: readonly number[]): Stats | undefined {
  if (values.length === 0) return undefined;
  const s = sorted(values);
  return {min: s[0]!, median: median(s), max: s.at(-1)!, n: s.length};
}

// ---- formatting ----------------------------------------------------------------------------------------------

type Unit = 'ms' | 'MiB' | 'x' | 'count';

function fmt(value: number, unit: Unit): string {
  if (unit === 'count') return String(Math.round(value));
  if (unit === 'ms') return value >= 10_000 ? `${(value / 1000).toFixed(1)} s` : value >= 1000 ? `${(value / 1000).toFixed(2)} s` : `${Math.round(value)} ms`;
  if (unit === 'MiB') return `${(value / 1048576).toFixed(value >= 10 * 1048576 ? 1 : 2)} MiB`;
  return `${value.toFixed(2)}×`;
}

const UNIT_SUFFIX = / (ms|s|MiB)$/;

/** "1.20 / 1.31 / 1.52 s": the unit once when the three share it. */
function fmtStats(s: Stats | undefined, unit: Unit): string {
  if (!s) return '';
  if (s.n === 1) return `${fmt(s.median, unit)} (1 run)`;
  const texts = [s.min, s.median, s.max].map((v) => fmt(v, unit));
  const suffixes = texts.map((t) => t.match(UNIT_SUFFIX)?.[0] ?? '');
  if (suffixes.every((u) => u === suffixes[2])) return `${texts.map((t) => t.replace(UNIT_SUFFIX, '')).join(' / ')}${suffixes[2]}`;
  return texts.join(' / ');
}

function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const lines = [header, header.map(() => '---'), ...rows].map((cells) => `| ${cells.map((c) => c.replace(/\|/g, '/')).join(' | ')} |`);
  return lines.join('\n');
}

// ---- figures -------------------------------------------------------------------------------------------------

/** A figure: what was measured (values over runs or taps) and its ratio to the floor, or why it is missing. */
interface Figure {
  values: number[];
  unit: Unit;
  ratios?: number[];
  /** Shown after the ratio: the floor's own median, or the split of a sum. */
  note?: string;
  missing?: string;
  /** A percentile figure: shown as p95 with min/median/max of the samples. */
  p95?: boolean;
}

type Pick = (r: RunResult) => number | undefined;

/** The runs of a variant; an app run whose data files did not all load drew less data and counts as not run. */
function runsOf(report: Report, profile: Profile['name'], variant: VariantName): (RunResult | undefined)[] {
  return (report.results[profile]?.[variant] ?? []).map((r) => (r?.failedFiles?.length ? undefined : r));
}

function allRunsOf(report: Report, profile: Profile['name'], variant: VariantName): (RunResult | undefined)[] {
  return report.results[profile]?.[variant] ?? [];
}

function why(report: Report, profile: Profile['name'], variant: VariantName, what: string): string {
  const runs = allRunsOf(report, profile, variant);
  if (runs.length === 0) return `not measured: ${variant} was not run on the ${profile} profile`;
  const problems = [...new Set(runs.flatMap((r) => r?.problems ?? ['the run failed to start']))];
  return `not measured (${what}): ${problems.length > 0 ? problems.slice(0, 2).join('; ') : 'no run reported it'}`;
}

/** Per-round values of an app figure and their ratios to the paired bare run's figure. */
function paired(report: Report, profile: Profile['name'], scale: Scale, app: Pick, floor: Pick | undefined, unit: Unit, what: string): Figure {
  const apps = runsOf(report, profile, APP_OF[scale]);
  const bares = runsOf(report, profile, BARE_OF[scale]);
  const values: number[] = [];
  const ratios: number[] = [];
  const floors: number[] = [];
  apps.forEach((run, round) => {
    const v = run && app(run);
    if (v === undefined) return;
    values.push(v);
    const bare = bares[round];
    const f = floor && bare ? floor(bare) : undefined;
    if (f !== undefined) floors.push(f);
    if (f !== undefined && f > 0) ratios.push(v / f);
  });
  if (values.length === 0) return {values, unit, missing: why(report, profile, APP_OF[scale], what)};
  const figure: Figure = {values, unit};
  if (floor) {
    if (ratios.length > 0) {
      figure.ratios = ratios;
      figure.note = `bare ${fmt(median(floors), unit)}`;
    } else figure.note = why(report, profile, BARE_OF[scale], `the bare page's ${what}`);
  }
  return figure;
}

const longest: Pick = (r) => (r.longestTask === undefined ? undefined : r.longestTask ?? 50);
const heapSum: Pick = (r) => (r.heapMain === undefined ? undefined : r.heapMain + mapWorkerHeap(r));

function mapWorkerHeap(r: RunResult): number {
  return (r.heapWorkers ?? []).filter((w) => /maplibre/i.test(w.url)).reduce((sum, w) => sum + w.used, 0);
}

function taps(report: Report, profile: Profile['name'], scale: Scale, key: keyof TapTimes): number[] {
  return runsOf(report, profile, APP_OF[scale]).flatMap((r) => r?.taps?.map((t) => t[key]) ?? []);
}

function bareSetFilter(report: Report, profile: Profile['name'], scale: Scale): number[] {
  return runsOf(report, profile, BARE_OF[scale]).flatMap((r) => r?.bareFilter?.[scale]?.setFilter ?? []);
}

function tapPainted(report: Report, profile: Profile['name'], scale: Scale): Figure {
  const values = taps(report, profile, scale, 'painted');
  if (values.length === 0) return {values, unit: 'ms', missing: why(report, profile, APP_OF[scale], 'filter taps')};
  const waited = taps(report, profile, scale, 'waited');
  return {values, unit: 'ms', p95: true, note: `of which input delay (the tap not yet at the page) p95 ${fmt(percentile(waited, 95), 'ms')}, median ${fmt(median(waited), 'ms')}`};
}

function tapIdle(report: Report, profile: Profile['name'], scale: Scale): Figure {
  const values = taps(report, profile, scale, 'idle');
  if (values.length === 0) return {values, unit: 'ms', missing: why(report, profile, APP_OF[scale], 'filter taps')};
  const floor = bareSetFilter(report, profile, scale);
  if (floor.length === 0) return {values, unit: 'ms', note: why(report, profile, BARE_OF[scale], 'setFilter on the bare page')};
  return {values, unit: 'ms', ratios: [median(values) / median(floor)], note: `bare ${fmt(median(floor), 'ms')}, medians of ${values.length} taps and ${floor.length} setFilters`};
}

function loaderFigure(report: Report, scale: Scale): Figure {
  const times = report.loader[scale];
  if (!times) return {values: [], unit: 'ms', missing: 'not measured: the Node part was skipped'};
  return {values: times.loader, unit: 'ms', ratios: [median(times.loader) / median(times.jsonParse)], note: `JSON.parse ${fmt(median(times.jsonParse), 'ms')} of ${fmt(times.jsonBytes, 'MiB')}; checking at build ${fmt(median(times.prepare), 'ms')}`};
}

function heapFigure(report: Report, profile: Profile['name'], scale: Scale): Figure {
  const figure = paired(report, profile, scale, heapSum, heapSum, 'MiB', 'heap');
  if (figure.missing) return figure;
  const apps = runsOf(report, profile, APP_OF[scale]).filter((r): r is RunResult => r?.heapMain !== undefined);
  const main = median(apps.map((r) => r.heapMain!));
  const worker = median(apps.map(mapWorkerHeap));
  const workers = apps.some((r) => (r.heapWorkers ?? []).some((w) => /maplibre/i.test(w.url)));
  figure.note = `${fmt(main, 'MiB')} main + ${workers ? fmt(worker, 'MiB') : 'no MapLibre worker heap read'} worker; ${figure.note ?? ''}`;
  return figure;
}

/** Longest tasks: a run with none over 50 ms (the longtask API's floor) counts as 50 ms, and the note says how many. */
function longestFigure(report: Report, profile: Profile['name'], scale: Scale): Figure {
  const figure = paired(report, profile, scale, longest, longest, 'ms', 'longest task');
  const none = runsOf(report, profile, APP_OF[scale]).filter((r) => r?.longestTask === null).length;
  if (none > 0) figure.note = `${figure.note ?? ''}; ${none} app run(s) had no task over 50 ms, counted as 50`;
  return figure;
}

function cells(figure: Figure): [string, string] {
  if (figure.missing) return [figure.missing, ''];
  let measured: string;
  if (figure.p95) {
    const s = stats(figure.values)!;
    measured = `p95 ${fmt(percentile(figure.values, 95), figure.unit)} (${fmtStats(s, figure.unit)}, ${s.n} taps)`;
  } else measured = fmtStats(stats(figure.values), figure.unit);
  const ratio = figure.ratios ? (figure.ratios.length === 1 ? fmt(figure.ratios[0]!, 'x') : `${fmt(median(figure.ratios), 'x')} (${fmt(Math.min(...figure.ratios), 'x')}–${fmt(Math.max(...figure.ratios), 'x')})`) : '';
  return [measured, [ratio, figure.note].filter(Boolean).join('; ')];
}

interface Row {
  figure: string;
  /** The issue's figures at national scale; `today` for the one row it gives for today's data. */
  now: string;
  goal: string;
  today?: {now: string; goal: string};
  value: (report: Report, scale: Scale) => Figure;
}

/** The issue's table, row by row. */
const ROWS: readonly Row[] = [
  {
    figure: 'data on the map (campaign layers drawn) / bare page\'s first idle, desktop', now: '4.95×', goal: '≤ 1.5×',
    value: (r, s) => paired(r, 'desktop', s, (x) => x.ready, (x) => x.firstIdle, 'ms', 'data on the map')
  },
  {
    figure: 'same, phone profile', now: '8.0×', goal: '≤ 2×',
    value: (r, s) => paired(r, 'phone', s, (x) => x.ready, (x) => x.firstIdle, 'ms', 'data on the map')
  },
  {
    figure: 'longest main-thread task from navigation to ready, phone', now: '10.7 s', goal: '≤ 200 ms, or no longer than the bare page\'s own',
    value: (r, s) => longestFigure(r, 'phone', s)
  },
  {figure: 'loader time / JSON.parse of the same records (Node)', now: '10.2×', goal: '≤ 2×', value: (r, s) => loaderFigure(r, s)},
  {figure: 'filter tap → counts painted, p95, phone', now: '404 ms', goal: '≤ 100 ms', value: (r, s) => tapPainted(r, 'phone', s)},
  {figure: 'filter tap → map idle / the same setFilter on the bare page, phone', now: 'about 2×', goal: '≤ 1.2×', value: (r, s) => tapIdle(r, 'phone', s)},
  {figure: 'main + map-worker heap after ready, desktop', now: '66 + 84 MB', goal: '≤ 100 MB together', value: (r, s) => heapFigure(r, 'desktop', s)},
  {
    figure: 'bytes before the map shows data (encoded), desktop', now: '9.8 MiB gzip', goal: 'only what the map draws; details on demand',
    value: (r, s) => paired(r, 'desktop', s, (x) => x.bytesBeforeReady, (x) => x.bytesBeforeReady, 'MiB', 'bytes')
  },
  {
    figure: 'map first idle / bare, desktop', now: '—', goal: '—', today: {now: '1.55×', goal: '≤ 1.15× (preload the map chunk)'},
    value: (r, s) => paired(r, 'desktop', s, (x) => x.firstIdle, (x) => x.firstIdle, 'ms', 'first idle')
  }
];

export function issueTable(report: Report, scale: Scale): string {
  const rows = ROWS.map((row) => {
    const [measured, ratio] = cells(row.value(report, scale));
    const {now, goal} = scale === 'national' ? row : row.today ?? {now: '—', goal: '—'};
    return [row.figure, now, goal, measured, ratio];
  });
  return table(['figure', 'now', 'goal', 'measured min / median / max', 'ratio'], rows);
}

/** How each figure grows from the national data to twice as much: medians (p95 for taps) and their ratio. */
export function growthTable(report: Report): string {
  const figures: [string, (r: Report, s: Scale) => Figure][] = [
    ['data on the map, desktop', (r, s) => paired(r, 'desktop', s, (x) => x.ready, undefined, 'ms', 'data on the map')],
    ['data on the map, phone', (r, s) => paired(r, 'phone', s, (x) => x.ready, undefined, 'ms', 'data on the map')],
    ['map first idle, desktop', (r, s) => paired(r, 'desktop', s, (x) => x.firstIdle, undefined, 'ms', 'first idle')],
    ['map first idle, phone', (r, s) => paired(r, 'phone', s, (x) => x.firstIdle, undefined, 'ms', 'first idle')],
    ['longest task to ready, desktop', (r, s) => paired(r, 'desktop', s, longest, undefined, 'ms', 'longest task')],
    ['longest task to ready, phone', (r, s) => paired(r, 'phone', s, longest, undefined, 'ms', 'longest task')],
    ['loader (Node)', (r, s) => loaderFigure(r, s)],
    ['JSON.parse of the records (Node)', (r, s) => (r.loader[s] ? {values: r.loader[s]!.jsonParse, unit: 'ms'} : {values: [], unit: 'ms', missing: 'not measured'})],
    ['filter tap → counts painted p95, desktop', (r, s) => tapPainted(r, 'desktop', s)],
    ['filter tap → counts painted p95, phone', (r, s) => tapPainted(r, 'phone', s)],
    ['filter tap → map idle, desktop', (r, s) => tapIdle(r, 'desktop', s)],
    ['filter tap → map idle, phone', (r, s) => tapIdle(r, 'phone', s)],
    ['setFilter → idle on the bare page, phone', (r, s) => ({values: bareSetFilter(r, 'phone', s), unit: 'ms'})],
    ['main-thread heap after ready, desktop', (r, s) => paired(r, 'desktop', s, (x) => x.heapMain, undefined, 'MiB', 'heap')],
    ['map-worker heap after ready, desktop', (r, s) => paired(r, 'desktop', s, (x) => (x.heapWorkers ? mapWorkerHeap(x) : undefined), undefined, 'MiB', 'worker heap')],
    ['bytes before data on the map, desktop', (r, s) => paired(r, 'desktop', s, (x) => x.bytesBeforeReady, undefined, 'MiB', 'bytes')]
  ];
  const typical = (f: Figure) => (f.values.length === 0 ? undefined : f.p95 ? percentile(f.values, 95) : median(f.values));
  const rows = figures.map(([name, value]) => {
    const national = value(report, 'national');
    const twice = value(report, '2x');
    const a = typical(national);
    const b = typical(twice);
    return [name, a === undefined ? national.missing ?? 'not measured' : fmt(a, national.unit), b === undefined ? twice.missing ?? 'not measured' : fmt(b, twice.unit), a && b ? fmt(b / a, 'x') : ''];
  });
  return table(['figure (median; p95 for taps)', 'national', '2× national', 'growth'], rows);
}

/** Every raw figure per profile and variant, min / median / max over the runs. */
export function detailTable(report: Report): string {
  const rows: string[][] = [];
  for (const profile of Object.keys(report.results) as Profile['name'][]) {
    for (const [variant, runs] of Object.entries(report.results[profile] ?? {}) as [VariantName, (RunResult | undefined)[]][]) {
      const partial = runs.filter((r) => r?.failedFiles?.length).length;
      const ok = runs.filter((r): r is RunResult => r !== undefined && !r.failedFiles?.length);
      const col = (pick: Pick, unit: Unit) => fmtStats(stats(ok.flatMap((r) => {
        const v = pick(r);
        return v === undefined ? [] : [v];
      })), unit) || '—';
      const noTask = ok.filter((r) => r.longestTask === null).length;
      rows.push([
        profile, variant, `${ok.filter((r) => r.ready !== undefined).length}/${runs.length}${partial > 0 ? ` (${partial} with part of the data)` : ''}`,
        col((r) => r.firstIdle, 'ms'), variant.startsWith('app') ? col((r) => r.firstData, 'ms') : '', col((r) => r.ready, 'ms'),
        col(longest, 'ms') + (noTask > 0 ? ` (${noTask} with none >50 ms)` : ''), col((r) => r.longTaskTotal, 'ms'),
        col((r) => r.heapMain, 'MiB'), col((r) => (r.heapWorkers ? mapWorkerHeap(r) : undefined), 'MiB'),
        col((r) => r.bytesBeforeReady, 'MiB'), col((r) => r.responsesBeforeReady, 'count')
      ]);
    }
  }
  return table(['profile', 'variant', 'runs ok', 'first idle', 'first campaign points (app)', 'ready (all data on map / bare idle)', 'longest task to ready', 'all long tasks to ready', 'main heap', 'map-worker heap', 'bytes to ready', 'responses to ready'], rows);
}

/** Everything that could not be measured or went wrong, by run. */
export function problemList(report: Report): string[] {
  const lines: string[] = [];
  for (const [profile, variants] of Object.entries(report.results)) {
    for (const [variant, runs] of Object.entries(variants ?? {})) {
      runs?.forEach((run, round) => {
        if (!run) lines.push(`${profile} ${variant} run ${round + 1}: did not run to the end`);
        for (const p of run?.problems ?? []) lines.push(`${profile} ${variant} run ${round + 1}: ${p}`);
        const errors = [...new Set(run?.errors ?? [])];
        if (errors.length > 0) lines.push(`${profile} ${variant} run ${round + 1}: page errors: ${errors.slice(0, 3).join(' | ').slice(0, 400)}`);
      });
    }
  }
  return lines;
}
