/**
 * What the bench injects into every page before the page's own scripts run (Playwright's addInitScript). Plain
 * JavaScript in a string: the page runs under a strict CSP (no eval), and a function compiled by tsx would carry
 * helpers the page does not have.
 *
 * It keeps, on `window.__bench`:
 * - `longtasks`: [startTime, duration] of every main-thread task over 50 ms (PerformanceObserver, buffered);
 * - `firstIdle`: when the map first fired 'idle' (ms since navigation start);
 * - `ready`: for the app, the first 'idle' at which the campaign layers ('campaign-points' or 'campaign-clusters')
 *   have rendered features and no data file is still loading (the app's `[data-files-loading]` status is gone): the
 *   data is on the map; for the bare page, its first idle. `failedFiles`: the app's messages for files that failed
 *   by then (its own per-file timeout included), so a run that drew only part of the data is not taken for one that
 *   drew it all;
 * - `firstData`: the app's first 'idle' with any campaign features drawn (its first view may come before every
 *   file has arrived);
 * - `readyP` / `firstIdleP`: promises of those, for the bench to await without polling (polling costs the page);
 * - `armTap()` then `tapDone`: one filter tap, from its pointerdown to the frame after `.filter-summary` changes
 *   (a requestAnimationFrame callback, then a message: the frame's paint is done) and to the map's next idle.
 *
 * The app exposes its map as `window.__campaignMap` when the map loads (src/map/CampaignMap.tsx); the bare page as
 * `window.__benchMap` right after creating it. A setter on each catches the assignment, so no idle is missed.
 */
export const PROBE_SCRIPT = String.raw`(() => {
  if (window.__bench) return;
  const CAMPAIGN_LAYERS = ['campaign-points', 'campaign-clusters'];
  let resolveFirstIdle, resolveReady;
  const bench = {
    longtasks: [], firstIdle: null, firstData: null, ready: null, failedFiles: [], mapAt: null, onIdle: null, tapDone: null,
    firstIdleP: new Promise((resolve) => { resolveFirstIdle = resolve; }),
    readyP: new Promise((resolve) => { resolveReady = resolve; })
  };
  window.__bench = bench;
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) bench.longtasks.push([e.startTime, e.duration]);
    }).observe({type: 'longtask', buffered: true});
  } catch (e) {
    bench.longtaskError = String(e);
  }
  const hasData = (map) => {
    const layers = CAMPAIGN_LAYERS.filter((id) => map.getLayer(id));
    return layers.length > 0 && map.queryRenderedFeatures({layers}).length > 0;
  };
  const hook = (map, isApp) => {
    bench.mapAt = performance.now();
    map.on('idle', () => {
      const t = performance.now();
      if (bench.firstIdle === null) { bench.firstIdle = t; resolveFirstIdle(t); }
      if (bench.ready === null) {
        if (!isApp) { bench.ready = t; resolveReady(t); }
        else if (hasData(map)) {
          if (bench.firstData === null) bench.firstData = t;
          if (!document.querySelector('[data-files-loading]')) {
            bench.failedFiles = [...document.querySelectorAll('.file-problems li span')].map((el) => el.textContent);
            bench.ready = t;
            resolveReady(t);
          }
        }
      }
      if (bench.onIdle) bench.onIdle(t);
    });
  };
  for (const [name, isApp] of [['__campaignMap', true], ['__benchMap', false]]) {
    let value;
    Object.defineProperty(window, name, {
      configurable: true,
      get: () => value,
      set: (v) => { const first = value === undefined; value = v; if (first && v) hook(v, isApp); }
    });
  }
  bench.armTap = () => {
    const tap = {start: null, handled: null, painted: null, idle: null};
    const summary = () => { const el = document.querySelector('.filter-summary'); return el ? el.textContent : null; };
    const before = summary();
    bench.tapDone = new Promise((resolve) => {
      const finish = () => { if (tap.painted !== null && tap.idle !== null) resolve(tap); };
      document.addEventListener('pointerdown', (e) => { tap.start = e.timeStamp; tap.handled = performance.now(); }, {capture: true, once: true});
      const observer = new MutationObserver(() => {
        if (summary() === before) return;
        observer.disconnect();
        bench.onIdle = (t) => { bench.onIdle = null; tap.idle = t; finish(); };
        requestAnimationFrame(() => {
          const channel = new MessageChannel();
          channel.port1.onmessage = () => { tap.painted = performance.now(); finish(); };
          channel.port2.postMessage(0);
        });
      });
      observer.observe(document.body, {subtree: true, childList: true, characterData: true});
    });
  };
})();`;
