/// <reference types="vite-plugin-pwa/vanillajs" />
import {useEffect, useState, useSyncExternalStore} from 'react';
import {registerSW} from 'virtual:pwa-register';
import {useAppStore} from '../store/store';
import {useI18n} from '../i18n/use-i18n';
import './update-notice.css';

/** When this build was made (vite.config.ts `define`, an ISO date and time): it names the version. */
declare const __APP_BUILT__: string;

/**
 * The service worker (vite-plugin-pwa, Workbox) and what it tells a person about new versions.
 *
 * Why an open page never runs half of one version and half of another: the worker precaches every file of
 * one build (hashed scripts, the data, basemap, glyphs, gazetteer) under that build's revisions, and serves
 * each page only the files of its own build. A new build's worker downloads all of its files beside the old
 * ones and then waits (registerType 'prompt', no skipWaiting): it takes over only once no page of the old
 * version is open, so the next visit starts wholly on the new build, while a page already open keeps getting
 * its own build's gazetteer, glyphs and lazy chunks until it closes. ('autoUpdate' would take over open
 * pages at once, and one could then fetch a file of the new build into the old app.) The one way to switch
 * sooner is "Use it now": the waiting worker takes over and every open page reloads at once on the new build
 * (reloadOnNewWorker below).
 */

export const VERSION_KEY = 'campaign-map:version';

/**
 * The build this page ran last time, if it was another one: read once per page load, and this build
 * recorded in its place. Undefined on a first visit, when nothing changed, or without storage.
 */
export function previousVersion(storage: Pick<Storage, 'getItem' | 'setItem'>, current: string): string | undefined {
  try {
    const previous = storage.getItem(VERSION_KEY);
    if (previous !== current) storage.setItem(VERSION_KEY, current);
    return previous !== null && previous !== current ? previous : undefined;
  } catch {
    // Storage can be switched off or full: then no notice, and nothing else changes.
    return undefined;
  }
}

/**
 * When another worker takes over this page ("Use it now", here or in another tab), the page reloads at once on
 * the new version. workbox-window reloads only pages that had a worker when they registered, which a first
 * visit (taken over by clientsClaim) had not; a first take-over (no worker before) is no change of version.
 * Watched from the moment the page runs, so a take-over while the data is still loading is not missed.
 */
function reloadOnNewWorker(): void {
  if (typeof navigator === 'undefined' || !('serviceWorker' in navigator)) return;
  let controller = navigator.serviceWorker.controller;
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    const previous = controller;
    controller = navigator.serviceWorker.controller;
    if (previous) window.location.reload();
  });
}
reloadOnNewWorker();

interface WorkerState {
  /** A new version is installed and waiting for the old pages to close. */
  waiting: boolean;
  /** Asks the waiting worker to take over now (open pages reload). */
  apply: () => Promise<void>;
}

let state: WorkerState = {waiting: false, apply: async () => {}};
let started = false;
const listeners = new Set<() => void>();

/**
 * Registers sw.js once per page, once the page has loaded and its data has arrived: the worker then downloads
 * the whole site (about 11 MB), which must not slow down the first view on a weak signal.
 */
function startServiceWorker(): void {
  if (started) return;
  started = true;
  if (!('serviceWorker' in navigator)) return;
  const apply = registerSW({
    immediate: false,
    onNeedReload() {
      // reloadOnNewWorker() reloads every page that changes version.
    },
    onNeedRefresh() {
      state = {...state, waiting: true};
      listeners.forEach((listener) => listener());
    },
    onRegisterError(error: unknown) {
      // No offline copy (a private window, an old browser, a host without HTTPS): the site still works online.
      console.warn('The offline copy could not be set up:', error);
    }
  });
  state = {...state, apply};
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Told once per page load: this page is run by the service worker and is a newer build than last time. */
let updatedCache: boolean | undefined;
function updatedSinceLastVisit(): boolean {
  if (updatedCache === undefined) {
    const controlled = typeof navigator !== 'undefined' && Boolean(navigator.serviceWorker?.controller);
    const previous = typeof localStorage === 'undefined' ? undefined : previousVersion(localStorage, __APP_BUILT__);
    updatedCache = controlled && previous !== undefined;
  }
  return updatedCache;
}

/** A quiet line in the header: a new version is ready, or this is a new version since the last visit. */
export function UpdateNotice() {
  const {t, f} = useI18n();
  const worker = useSyncExternalStore(subscribe, () => state);
  const [updated] = useState(updatedSinceLastVisit);
  const [dismissed, setDismissed] = useState(false);
  const dataArrived = useAppStore((s) => s.load.status === 'ready');
  useEffect(() => {
    if (dataArrived) startServiceWorker();
  }, [dataArrived]);

  if (worker.waiting) {
    return (
      <p className="update-notice" role="status">
        {t('update.ready')}
        <button type="button" onClick={() => void worker.apply()}>{t('update.useNow')}</button>
      </p>
    );
  }
  if (!updated || dismissed) return null;
  return (
    <p className="update-notice" role="status">
      {t('update.updated', {date: f.date(__APP_BUILT__.slice(0, 10))})}
      <button type="button" aria-label={t('update.hide')} onClick={() => setDismissed(true)}>{t('update.ok')}</button>
    </p>
  );
}
