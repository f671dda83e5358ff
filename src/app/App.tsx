import {lazy, Suspense, useEffect, useLayoutEffect, useRef} from 'react';
import {useI18n} from '../i18n/use-i18n';
import {useAppStore, useLoadState} from '../store/store';
import {AboutData} from '../ui/AboutData';
import {CopyLink} from '../ui/CopyLink';
import {DataIssues} from '../ui/DataIssues';
import {DetailsPanel} from '../ui/DetailsPanel';
import {FilterPanel} from '../ui/FilterPanel';
import {ComparePanel} from '../ui/Compare';
import {InView} from '../ui/InView';
import {LanguageSwitch} from '../ui/LanguageSwitch';
import {Sheet} from '../ui/Sheet';
import {FileProblems, Notices, OfflineNotice} from '../ui/LoadStatus';
import {NearbyPanel} from '../ui/NearbyList';
import {SearchBox} from '../ui/SearchBox';
import {UpdateNotice} from '../ui/UpdateNotice';
import {ErrorBoundary} from './ErrorBoundary';

// MapLibre is most of the code: loading it apart lets the panel and the data arrive first on a slow phone.
const CampaignMap = lazy(() => import('../map/CampaignMap').then((m) => ({default: m.CampaignMap})));

/**
 * Where the keyboard goes back to when details close: the row that opened them. The list is drawn anew when it
 * comes back, so the row is found again by its `data-focus-key`.
 */
function useReturnFocus(open: boolean) {
  const opener = useRef<{element: HTMLElement; key: string | undefined} | null>(null);
  // Noted the moment details open, before React redraws the panel and the row leaves the page.
  useEffect(() => useAppStore.subscribe((s) => s.selection, (next, previous) => {
    if (!next || previous) return;
    const active = document.activeElement;
    opener.current = active instanceof HTMLElement && active !== document.body ? {element: active, key: active.dataset.focusKey} : null;
  }), []);
  useLayoutEffect(() => {
    if (open) return;
    const from = opener.current;
    opener.current = null;
    if (!from) return;
    const again = from.key ? document.querySelector<HTMLElement>(`[data-focus-key="${CSS.escape(from.key)}"]`) : null;
    (from.element.isConnected ? from.element : again)?.focus();
  }, [open]);
}

function Sidebar() {
  const {load, dataset} = useLoadState();
  const selection = useAppStore((s) => s.selection);
  const place = useAppStore((s) => s.place);
  const {t} = useI18n();
  useReturnFocus(selection !== null);
  if (load.status === 'loading') return <p className="panel-message" role="status">{t('load.campaigns')}</p>;
  if (!dataset) return null;
  return (
    <>
      <Notices />
      <FileProblems />
      <SearchBox dataset={dataset} />
      {selection ? (
        <DetailsPanel dataset={dataset} selection={selection} />
      ) : (
        <>
          {place && <NearbyPanel dataset={dataset} place={place} />}
          <ComparePanel dataset={dataset} />
          <InView dataset={dataset} />
          <FilterPanel dataset={dataset} />
        </>
      )}
    </>
  );
}

export function App() {
  const {dataset} = useLoadState();
  const {t, language} = useI18n();
  return (
    <div className="app">
      <a className="skip-link" href="#panel">{t('app.skipToPanel')}</a>
      <header className="app-header">
        <h1>{t('app.title')}</h1>
        <p className="tagline">{t('app.tagline')}</p>
        <LanguageSwitch />
        <OfflineNotice />
        <UpdateNotice />
        {/* Shown before the data arrives: on a phone these links take the header's second line, and their coming
            later resized the map (a whole redraw, a second on a throttled phone) just as the campaigns were drawn. */}
        <nav className="header-links">
          <CopyLink />
          <AboutData dataset={dataset} />
          {dataset && <DataIssues issues={dataset.issues} />}
        </nav>
      </header>
      <main className="app-main">
        <Sheet label={t('app.panelLabel')}>
          <ErrorBoundary part="panel">
            <Sidebar />
          </ErrorBoundary>
        </Sheet>
        <ErrorBoundary part="map">
          <Suspense fallback={<div className="map-wrap"><div className="map-status" role="status">{t('map.loading')}</div></div>}>
            {/* MapLibre takes its words and its style's names once, when it is made: a new language, a new map. */}
            <CampaignMap key={language} />
          </Suspense>
        </ErrorBoundary>
      </main>
    </div>
  );
}
