import {mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {availableParallelism, loadavg, tmpdir} from 'node:os';
import {join} from 'node:path';
import {performance} from 'node:perf_hooks';
import {DATA_FILES, parseDataset} from '../../loaders/dataset';
import {measure, PROFILES, type Profile, type RunResult, TAPS} from './browser';
import {buildBare, buildToday, buildWithData} from './build';
import {barePlaces, datasetTexts, describe, generateDataset, NATIONAL, placementAreas, ROOT, TWICE_NATIONAL} from './generate';
import {loaderVsJsonParse} from './loader';
import {BARE_OF, detailTable, growthTable, issueTable, problemList, type Report, type Results, type Scale, type VariantName} from './report';
import {serveStatic, type StaticServer} from './server';

/**
 * `npm run bench -- --browser`: the national-scale benchmark of issue 13. It generates the national and twice-national
 * datasets, builds the site with each (and with today's data) exactly as `npm run build` does, builds a bare MapLibre
 * page with the same basemap and viewport, serves each build on 127.0.0.1, loads them in Chromium interleaved on a
 * desktop and a phone profile, and prints the issue's table. Everything lives in one temporary folder, removed at the
 * end (or kept with --keep).
 */

export interface BrowserBenchOptions {
  runs: number;
  profiles: readonly Profile['name'][];
  scales: readonly Scale[];
  /** In how many of the rounds the filter is tapped (TAPS times per app variant, and setFilter on the bare page). */
  tapRounds: number;
  /** fadeDuration of the bare page (the app sets none, so MapLibre's default 300 ms applies to it). */
  bareFade: number;
  keep: boolean;
  loaderRuns: number;
}

interface Variant {
  name: VariantName;
  kind: 'app' | 'bare';
  scale: Scale;
}

/** The order of one round: each app run next to a bare run, so slow drift of the machine hits both alike. */
const ROUND: readonly Variant[] = [
  {name: 'app-today', kind: 'app', scale: 'today'},
  {name: 'bare-today', kind: 'bare', scale: 'today'},
  {name: 'app-national', kind: 'app', scale: 'national'},
  {name: 'bare', kind: 'bare', scale: 'national'},
  {name: 'app-2x', kind: 'app', scale: '2x'}
];

const TIMEOUT_MS: Record<Profile['name'], number> = {desktop: 300_000, phone: 600_000};

const started = performance.now();
function log(message: string): void {
  const s = Math.round((performance.now() - started) / 1000);
  console.log(`[${String(Math.floor(s / 60)).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}] ${message}`);
}

/** Other processes competing for the CPU make every figure noisy: say so with each round. */
function load(): string {
  const [one] = loadavg();
  const cores = availableParallelism();
  // The bench itself keeps two or three threads busy (page, map worker, GPU process): more than twice the cores is others.
  return `load average ${one!.toFixed(1)} on ${cores} cores${one! > 2 * cores ? ': other processes are competing for the CPU, figures are noisy' : ''}`;
}

const ms = (v: number | undefined) => (v === undefined ? '—' : v >= 1000 ? `${(v / 1000).toFixed(2)} s` : `${Math.round(v)} ms`);
const mib = (v: number | undefined) => (v === undefined ? '—' : `${(v / 1048576).toFixed(1)} MiB`);

function summary(variant: Variant, r: RunResult): string {
  const parts = [
    variant.kind === 'app' ? `data on map ${ms(r.ready)} (first points ${ms(r.firstData)}), first idle ${ms(r.firstIdle)}` : `first idle ${ms(r.ready)}`,
    `longest task ${r.longestTask === null ? '≤50 ms' : ms(r.longestTask)} (all long tasks ${ms(r.longTaskTotal)})`,
    `heap ${mib(r.heapMain)} + ${mib(r.heapWorkers?.reduce((s, w) => s + w.used, 0))}`,
    `${mib(r.bytesBeforeReady)} in ${r.responsesBeforeReady ?? '—'} responses`
  ];
  if (r.taps) parts.push(`${r.taps.length} taps: painted ${r.taps.map((t) => Math.round(t.painted)).join('/')} ms, idle ${r.taps.map((t) => Math.round(t.idle)).join('/')} ms, input delay ${r.taps.map((t) => Math.round(t.waited)).join('/')} ms`);
  if (r.bareFilter) parts.push(Object.entries(r.bareFilter).map(([k, f]) => `setFilter ${k} ${f.setFilter.map(Math.round).join('/')} ms`).join(', '));
  if (r.problems.length > 0) parts.push(`PROBLEMS: ${r.problems.join('; ')}`);
  return parts.join('; ');
}

export async function browserBench(options: BrowserBenchOptions): Promise<void> {
  const work = mkdtempSync(join(tmpdir(), 'campaign-map-bench-'));
  const servers: StaticServer[] = [];
  let cleaned = false;
  const cleanup = async () => {
    if (cleaned) return;
    cleaned = true;
    await Promise.all(servers.map((s) => s.close().catch(() => undefined)));
    if (options.keep) log(`kept ${work}`);
    else rmSync(work, {recursive: true, force: true});
  };
  const onSignal = (signal: NodeJS.Signals) => {
    log(`${signal}: cleaning up`);
    void cleanup().finally(() => process.exit(130));
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);

  try {
    const scales = new Set(options.scales);
    const variants = ROUND.filter((v) => scales.has(v.scale) || (v.name === 'bare' && (scales.has('national') || scales.has('2x'))));
    log(`browser bench in ${work}: ${options.runs} runs × [${variants.map((v) => v.name).join(', ')}] on ${options.profiles.join(' and ')}; ${load()}`);

    // 1. Data: today's as it is, and the generated sets (each asserted to pass parseDataset with zero issues).
    const areas = placementAreas();
    const todayFiles = Object.fromEntries(Object.values(DATA_FILES).map((f) => [f, readFileSync(join(ROOT, 'data', f), 'utf8')]));
    const today = parseDataset(datasetTexts(todayFiles), {areas});
    log(`today: ${today.campaigns.length} campaigns in ${today.jurisdictions.length} jurisdictions (${today.issues.length} issues, as data:check reports them)`);
    // Only the files and what the bare page draws are kept: a parsed national dataset is hundreds of MB in Node.
    const generated = new Map<Scale, {files: Record<string, string>; description: string}>();
    const placesJson: Partial<Record<Scale, string>> = {today: JSON.stringify(barePlaces(today))};
    for (const [scale, spec] of [['national', NATIONAL], ['2x', TWICE_NATIONAL]] as const) {
      if (!scales.has(scale)) continue;
      const g = generateDataset(spec);
      generated.set(scale, {files: g.files, description: describe(g)});
      placesJson[scale] = JSON.stringify(barePlaces(g.dataset));
      log(`generated ${describe(g)}`);
    }

    // 2. The loader (on the files as the build prepares them) against JSON.parse of the same records, in Node.
    const report: Report = {results: {desktop: {}, phone: {}} as Results, loader: {}, runs: options.runs};
    const texts: Partial<Record<Scale, ReturnType<typeof datasetTexts>>> = {today: datasetTexts(todayFiles)};
    for (const [scale, g] of generated) texts[scale] = datasetTexts(g.files);
    for (const scale of options.scales) {
      const t = texts[scale];
      if (!t) continue;
      report.loader[scale] = loaderVsJsonParse(t, areas, options.loaderRuns, scale === 'today');
      const l = report.loader[scale]!;
      const ms = (times: number[]) => times.map((v) => Math.round(v)).join('/');
      log(`loader (Node), ${scale}: prepared files read and joined ${ms(l.loader)} ms; JSON.parse ${ms(l.jsonParse)} ms; preparing them at build ${ms(l.prepare)} ms`);
    }

    // 3. Builds: `npm run build` as it is, the same with each generated data/, and the bare page.
    const dist = (name: string) => join(work, `dist-${name}`);
    const timed = async (what: string, build: () => Promise<void>) => {
      const t = performance.now();
      await build();
      log(`built ${what} in ${((performance.now() - t) / 1000).toFixed(1)} s`);
    };
    if (scales.has('today')) await timed("today's site (npm run build)", () => buildToday(dist('today')));
    for (const [scale, g] of generated) await timed(`the site with the ${scale} data`, () => buildWithData(join(work, `project-${scale}`), g.files, dist(scale)));
    await timed('the bare MapLibre page', () => buildBare(join(work, 'project-bare'), dist('bare')));
    mkdirSync(join(dist('bare'), 'bench'), {recursive: true});
    const placeFiles: Partial<Record<Scale, string>> = {};
    for (const scale of options.scales) {
      const json = placesJson[scale];
      if (json === undefined) continue;
      placeFiles[scale] = `bench/places-${scale}.json`;
      writeFileSync(join(dist('bare'), placeFiles[scale]!), json);
    }

    // 4. Servers.
    const urls: Partial<Record<Scale | 'bare', string>> = {};
    for (const name of [...options.scales, 'bare'] as const) {
      const server = await serveStatic(dist(name));
      servers.push(server);
      urls[name] = server.url;
      log(`serving ${name} at ${server.url} (${mib(server.bytes.raw)} on disk, ${mib(server.bytes.sent)} as sent)`);
    }

    // 5. Runs: per profile, a warm-up app run (it measures the app's map size for the bare page), then the rounds.
    for (const profileName of options.profiles) {
      const profile = PROFILES.find((p) => p.name === profileName)!;
      const timeoutMs = TIMEOUT_MS[profile.name];
      const warmUrl = urls.today ?? urls.national ?? urls['2x']!;
      log(`${profile.label}: warm-up run (not counted)`);
      const warm = await measure({url: warmUrl, kind: 'app', profile, timeoutMs, taps: 0, barePlaces: []});
      const size = warm.mapSize ?? (profile.context.viewport ?? {width: 1280, height: 800});
      log(`${profile.label}: the app's map is ${size.width}×${size.height}; warm-up ${summary(ROUND[0]!, warm)}`);
      const bareUrl = `${urls.bare}bare.html?w=${size.width}&h=${size.height}&fade=${options.bareFade}`;
      const results = report.results[profile.name];
      const roundStart = performance.now();
      for (let round = 0; round < options.runs; round++) {
        const tapping = round < options.tapRounds;
        for (const variant of variants) {
          const t = performance.now();
          let result: RunResult | undefined;
          try {
            const barePlacesFor = variant.name === 'bare' ? (['national', '2x'] as const) : (['today'] as const);
            result = await measure({
              url: variant.kind === 'app' ? urls[variant.scale]! : bareUrl,
              kind: variant.kind,
              profile,
              timeoutMs,
              taps: tapping ? TAPS : 0,
              barePlaces: barePlacesFor.filter((s) => placeFiles[s] && BARE_OF[s] === variant.name).map((s) => ({name: s, url: placeFiles[s]!}))
            });
            log(`${profile.name} ${round + 1}/${options.runs} ${variant.name} (${((performance.now() - t) / 1000).toFixed(0)} s): ${summary(variant, result)}`);
          } catch (error) {
            log(`${profile.name} ${round + 1}/${options.runs} ${variant.name}: FAILED: ${error instanceof Error ? error.message : String(error)}`);
          }
          (results[variant.name] ??= []).push(result);
        }
        const perRound = (performance.now() - roundStart) / (round + 1);
        const left = options.runs - round - 1;
        log(`${profile.name}: round ${round + 1} done; ${left > 0 ? `about ${Math.round((perRound * left) / 60000)} min left on this profile; ` : ''}${load()}`);
      }
    }

    // 6. The report.
    console.log('');
    console.log(`## Browser bench (${options.runs} runs per variant, interleaved; ratios against the bare page of the same round)`);
    for (const scale of ['today', 'national'] as const) {
      if (!scales.has(scale)) continue;
      console.log('');
      console.log(scale === 'today' ? "### Today's data (data/ as it is)" : `### National scale (${generated.get('national')!.description})`);
      console.log('');
      console.log(issueTable(report, scale));
    }
    if (scales.has('national') && scales.has('2x')) {
      console.log('');
      console.log('### National → twice national');
      console.log('');
      console.log(growthTable(report));
    }
    console.log('');
    console.log('### Every figure per variant (min / median / max over the runs)');
    console.log('');
    console.log(detailTable(report));
    const problems = problemList(report);
    console.log('');
    console.log(problems.length > 0 ? `### Could not be measured, or went wrong (${problems.length})\n\n${problems.map((p) => `- ${p}`).join('\n')}` : '### Nothing failed to measure');
    log(`browser bench done; ${load()}`);
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    await cleanup();
  }
}
