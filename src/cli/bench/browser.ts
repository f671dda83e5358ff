import {type Browser, type BrowserContextOptions, type CDPSession, type Page} from 'playwright-core';
import {launchChromium} from '../chromium';
import {PROBE_SCRIPT} from './probe-script';

/**
 * One measured page load in a fresh Chromium: a fresh browser per run, so no run inherits another's caches (HTTP,
 * compiled code, the GPU process's compiled shaders) or heap.
 */

export interface Profile {
  name: 'desktop' | 'phone';
  label: string;
  context: BrowserContextOptions;
  /** CDP Emulation.setCPUThrottlingRate: 1 is none. */
  cpuThrottling: number;
}

export const PROFILES: readonly Profile[] = [
  {name: 'desktop', label: 'desktop 1280×800', context: {viewport: {width: 1280, height: 800}}, cpuThrottling: 1},
  {
    name: 'phone',
    label: 'phone 390×844 @3x, 4× CPU throttling',
    context: {viewport: {width: 390, height: 844}, deviceScaleFactor: 3, isMobile: true, hasTouch: true},
    cpuThrottling: 4
  }
];

/** The checkbox a filter tap toggles, by its label in campaign-types.csv (the type src/cli/bench/generate.ts names). */
export const TAPPED_LABEL = 'Ceasefire Resolution';
export const TAPS = 10;

export interface RunOptions {
  url: string;
  kind: 'app' | 'bare';
  profile: Profile;
  timeoutMs: number;
  /** App: tap the checkbox this many times. */
  taps: number;
  /** Bare: add these place files one after the other and setFilter `taps` times on each. */
  barePlaces: readonly {name: string; url: string}[];
}

export interface RunResult {
  /** ms from navigation start to the map's first idle. */
  firstIdle?: number;
  /** ms from navigation start to the data on the map, every file settled (app), or to the first idle (bare). */
  ready?: number;
  /** App: ms to the first idle with any campaign features drawn, before every file may have arrived. */
  firstData?: number;
  /**
   * App: the messages of data files that failed before ready (the app's own per-file timeout among them). Such a run
   * drew only part of the data: the report leaves it out of every figure and lists it.
   */
  failedFiles?: string[];
  /** The longest main-thread task that began before `ready`, ms; null when none was over 50 ms (longtask's floor). */
  longestTask?: number | null;
  /** The sum of those tasks over 50 ms, ms: how long the main thread was blocked in long tasks before ready. */
  longTaskTotal?: number;
  /** JS heap in use after ready and a garbage collection, bytes: the page's main thread, and each worker's. */
  heapMain?: number;
  heapWorkers?: {url: string; used: number}[];
  /** Encoded (gzip where served so) response bodies that had arrived before `ready`, and how many responses. */
  bytesBeforeReady?: number;
  responsesBeforeReady?: number;
  /** The app's map container, CSS pixels: the bare page is given the same. */
  mapSize?: {width: number; height: number};
  taps?: TapTimes[];
  /** Bare page: per place file, ms from setFilter to idle, and ms from addSource to idle. */
  bareFilter?: Record<string, {add: number; setFilter: number[]}>;
  /** What could not be measured, and why. */
  problems: string[];
  errors: string[];
}

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${Math.round(ms / 1000)} s waiting for ${what}`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}


interface TargetMessage {
  id?: number;
  result?: {usedSize?: number};
  error?: {message: string};
}

/**
 * Each worker's heap in use after a garbage collection: Playwright gives no CDP session to a worker, so the
 * browser's own session attaches to each worker target (non-flat) and talks to it through Target messages.
 */
async function workerHeaps(browser: Browser): Promise<{url: string; used: number}[]> {
  const session = await browser.newBrowserCDPSession();
  try {
    const {targetInfos} = await session.send('Target.getTargets');
    const heaps: {url: string; used: number}[] = [];
    for (const target of targetInfos.filter((t) => t.type === 'worker')) {
      const {sessionId} = await session.send('Target.attachToTarget', {targetId: target.targetId, flatten: false});
      const replies = new Map<number, (m: TargetMessage) => void>();
      const listener = (event: {sessionId: string; message: string}) => {
        if (event.sessionId !== sessionId) return;
        const message = JSON.parse(event.message) as TargetMessage;
        if (message.id !== undefined) replies.get(message.id)?.(message);
      };
      session.on('Target.receivedMessageFromTarget', listener);
      const call = (id: number, method: string) => {
        const reply = new Promise<TargetMessage>((resolve) => replies.set(id, resolve));
        void session.send('Target.sendMessageToTarget', {sessionId, message: JSON.stringify({id, method})});
        return withTimeout(reply, 15_000, `${method} in a worker`);
      };
      try {
        await call(1, 'HeapProfiler.collectGarbage');
        const usage = await call(2, 'Runtime.getHeapUsage');
        if (usage.result?.usedSize !== undefined) heaps.push({url: target.url, used: usage.result.usedSize});
      } finally {
        session.off('Target.receivedMessageFromTarget', listener);
        await session.send('Target.detachFromTarget', {sessionId}).catch(() => undefined);
      }
    }
    return heaps;
  } finally {
    await session.detach().catch(() => undefined);
  }
}

async function mainHeap(cdp: CDPSession): Promise<number | undefined> {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('Performance.enable');
  const {metrics} = await cdp.send('Performance.getMetrics');
  return metrics.find((m) => m.name === 'JSHeapUsedSize')?.value;
}

interface Tap {
  start: number | null;
  /** When the page's first pointerdown listener ran: the time before it is the tap's input delay. */
  handled: number;
  painted: number;
  idle: number;
}

/**
 * Per tap, ms from its pointerdown: to the frame after the counts changed, to the map's next idle, and to when the
 * page first heard of it (on this machine, a tap waits there while the GPU process still draws the map's last frame
 * in software).
 */
export interface TapTimes {
  painted: number;
  idle: number;
  waited: number;
}

async function tapFilter(page: Page, profile: Profile, count: number, timeoutMs: number): Promise<TapTimes[]> {
  const checkbox = page.getByLabel(TAPPED_LABEL);
  const taps: TapTimes[] = [];
  for (let i = 0; i < count; i++) {
    await page.evaluate('window.__bench.armTap()');
    if (profile.context.hasTouch) await checkbox.tap({timeout: timeoutMs});
    else await checkbox.click({timeout: timeoutMs});
    const tap = await withTimeout(page.evaluate<Tap>('window.__bench.tapDone'), timeoutMs, 'the counts and the map after a filter tap');
    if (tap.start === null) throw new Error('the tap fired no pointerdown');
    taps.push({painted: tap.painted - tap.start, idle: tap.idle - tap.start, waited: tap.handled - tap.start});
    // Let whatever the tap scheduled after the map's idle finish before the next one.
    await page.waitForTimeout(300);
  }
  return taps;
}

async function bareFilter(page: Page, places: RunOptions['barePlaces'], count: number, timeoutMs: number): Promise<RunResult['bareFilter']> {
  const result: NonNullable<RunResult['bareFilter']> = {};
  for (const {name, url} of places) {
    const add = await withTimeout(page.evaluate<number>(`window.__benchBare.addPlaces(${JSON.stringify(url)})`), timeoutMs, `the bare page's ${name} places`);
    const setFilter: number[] = [];
    for (let i = 1; i <= count; i++) {
      setFilter.push(await withTimeout(page.evaluate<number>(`window.__benchBare.setFilter(${i})`), timeoutMs, 'setFilter on the bare page'));
      await page.waitForTimeout(300);
    }
    result[name] = {add, setFilter};
  }
  return result;
}

export async function measure(options: RunOptions): Promise<RunResult> {
  const result: RunResult = {problems: [], errors: []};
  const browser = await launchChromium();
  try {
    // The offline copy (the service worker precaching the whole site once the data is in) is a first visit's
    // background download, measured apart from the map: here it would only add noise to the taps and the heap.
    const context = await browser.newContext({...options.profile.context, serviceWorkers: 'block'});
    await context.addInitScript({content: PROBE_SCRIPT});
    const page = await context.newPage();
    page.on('pageerror', (e) => result.errors.push(e.message));
    page.on('console', (m) => {
      if (m.type() === 'error') result.errors.push(m.text());
    });
    const cdp = await context.newCDPSession(page);
    if (options.profile.cpuThrottling > 1) await cdp.send('Emulation.setCPUThrottlingRate', {rate: options.profile.cpuThrottling});

    // Every response with when its last byte arrived (epoch ms) and its encoded body size; the server always sends
    // Content-Length, so that is the body as it crossed the wire (gzip where served so).
    const responses: Promise<{end: number; bytes: number} | undefined>[] = [];
    page.on('requestfinished', (request) => {
      // blob: URLs are the page's own data handed to MapLibre's workers (src/map/source-protocol.ts), not downloads.
      if (request.url().startsWith('blob:')) return;
      responses.push((async () => {
        const response = await request.response();
        const length = Number(await response?.headerValue('content-length'));
        const {startTime, responseEnd} = request.timing();
        return Number.isFinite(length) && responseEnd >= 0 ? {end: startTime + responseEnd, bytes: length} : undefined;
      })().catch(() => undefined));
    });

    await page.goto(options.url, {waitUntil: 'commit', timeout: options.timeoutMs});
    const what = options.kind === 'app' ? 'the data on the map' : "the bare page's first idle";
    try {
      result.ready = await withTimeout(page.evaluate<number>('window.__bench.readyP'), options.timeoutMs, what);
    } catch (error) {
      result.problems.push(`${what}: ${error instanceof Error ? error.message : String(error)}`);
    }
    const probe = await page.evaluate<{
      firstIdle: number | null;
      firstData: number | null;
      failedFiles: string[];
      longtasks: [number, number][];
      longtaskError?: string;
      timeOrigin: number;
    }>(
      '({firstIdle: __bench.firstIdle, firstData: __bench.firstData, failedFiles: __bench.failedFiles, longtasks: __bench.longtasks, longtaskError: __bench.longtaskError, timeOrigin: performance.timeOrigin})'
    );
    if (probe.firstIdle !== null) result.firstIdle = probe.firstIdle;
    if (probe.firstData !== null) result.firstData = probe.firstData;
    if (options.kind === 'app') {
      result.failedFiles = probe.failedFiles;
      if (probe.failedFiles.length > 0) result.problems.push(`the app drew only part of the data, left out of every figure: ${probe.failedFiles.join(' ')}`);
    }
    if (result.ready === undefined) return result;

    if (probe.longtaskError) result.problems.push(`longest task: PerformanceObserver 'longtask' failed: ${probe.longtaskError}`);
    else {
      const before = probe.longtasks.filter(([start]) => start < result.ready!).map(([, duration]) => duration);
      result.longestTask = before.length > 0 ? Math.max(...before) : null;
      result.longTaskTotal = before.reduce((sum, d) => sum + d, 0);
    }
    if (options.kind === 'app') {
      result.mapSize = await page.evaluate<{width: number; height: number}>(
        '(() => { const r = window.__campaignMap.getContainer().getBoundingClientRect(); return {width: r.width, height: r.height}; })()'
      );
    }
    const readyAt = probe.timeOrigin + result.ready;
    const arrived = (await Promise.all(responses)).filter((r): r is {end: number; bytes: number} => r !== undefined && r.end <= readyAt);
    result.bytesBeforeReady = arrived.reduce((sum, r) => sum + r.bytes, 0);
    result.responsesBeforeReady = arrived.length;

    try {
      const main = await mainHeap(cdp);
      if (main !== undefined) result.heapMain = main;
      else result.problems.push('main heap: Performance.getMetrics has no JSHeapUsedSize');
    } catch (error) {
      result.problems.push(`main heap: ${error instanceof Error ? error.message : String(error)}`);
    }
    try {
      result.heapWorkers = await workerHeaps(browser);
    } catch (error) {
      result.problems.push(`worker heap: ${error instanceof Error ? error.message : String(error)}`);
    }

    try {
      // A person taps once the data is there; let what the load left queued finish first.
      if (options.taps > 0) await page.waitForTimeout(1000);
      if (options.kind === 'app' && options.taps > 0) result.taps = await tapFilter(page, options.profile, options.taps, options.timeoutMs);
      if (options.kind === 'bare' && options.taps > 0 && options.barePlaces.length > 0) {
        const filter = await bareFilter(page, options.barePlaces, options.taps, options.timeoutMs);
        if (filter) result.bareFilter = filter;
      }
    } catch (error) {
      result.problems.push(`filter: ${error instanceof Error ? error.message : String(error)}`);
    }
    await context.close();
    return result;
  } finally {
    await browser.close().catch(() => undefined);
  }
}
