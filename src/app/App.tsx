import {lazy, Suspense} from 'react';
import {selectDataset, useAppStore} from '../store/store';
import {AboutData} from '../ui/AboutData';
import {CopyLink} from '../ui/CopyLink';
import {DataIssues} from '../ui/DataIssues';
import {DetailsPanel} from '../ui/DetailsPanel';
import {FilterPanel} from '../ui/FilterPanel';
import {NearbyPanel} from '../ui/NearbyList';
import {SearchBox} from '../ui/SearchBox';
import {ErrorBoundary} from './ErrorBoundary';
import {loadDataset} from './load-dataset';

// MapLibre is most of the code: loading it apart lets the panel and the data arrive first on a slow phone.
const CampaignMap = lazy(() => import('../map/CampaignMap').then((m) => ({default: m.CampaignMap})));

function Sidebar() {
  const load = useAppStore((s) => s.load);
  const selection = useAppStore((s) => s.selection);
  const place = useAppStore((s) => s.place);
  const dataset = useAppStore(selectDataset);
  if (load.status === 'loading') return <p className="panel-message" role="status">Loading campaigns…</p>;
  if (load.status === 'error') {
    return (
      <div className="panel-message error" role="alert">
        <p>The campaign data could not be loaded: {load.message}</p>
        <button type="button" className="button" onClick={() => loadDataset()}>Try again</button>
      </div>
    );
  }
  if (!dataset) return null;
  return (
    <>
      <SearchBox dataset={dataset} />
      {selection ? (
        <DetailsPanel dataset={dataset} selection={selection} />
      ) : (
        <>
          {place && <NearbyPanel dataset={dataset} place={place} />}
          <FilterPanel dataset={dataset} />
        </>
      )}
    </>
  );
}

export function App() {
  const dataset = useAppStore(selectDataset);
  return (
    <div className="app">
      <header className="app-header">
        <h1>Campaign Map</h1>
        <p className="tagline">US municipal campaigns for Palestinian rights</p>
        {dataset && (
          <nav className="header-links">
            <CopyLink />
            <AboutData dataset={dataset} />
            <DataIssues issues={dataset.issues} />
          </nav>
        )}
      </header>
      <main className="app-main">
        <aside className="sidebar" aria-label="Filters and details">
          <ErrorBoundary label="panel">
            <Sidebar />
          </ErrorBoundary>
        </aside>
        <ErrorBoundary label="map">
          <Suspense fallback={<div className="map-wrap"><div className="map-status" role="status">Loading the map…</div></div>}>
            <CampaignMap />
          </Suspense>
        </ErrorBoundary>
      </main>
    </div>
  );
}
