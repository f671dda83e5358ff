import {CampaignMap} from '../map/CampaignMap';
import {selectDataset, useAppStore} from '../store/store';
import {DataIssues} from '../ui/DataIssues';
import {DetailsPanel} from '../ui/DetailsPanel';
import {FilterPanel} from '../ui/FilterPanel';
import {ErrorBoundary} from './ErrorBoundary';
import {loadDataset} from './load-dataset';

function Sidebar() {
  const load = useAppStore((s) => s.load);
  const selection = useAppStore((s) => s.selection);
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
  return selection ? <DetailsPanel dataset={dataset} selection={selection} /> : <FilterPanel dataset={dataset} />;
}

export function App() {
  const dataset = useAppStore(selectDataset);
  return (
    <div className="app">
      <header className="app-header">
        <h1>Campaign Map</h1>
        <p className="tagline">US municipal campaigns for Palestinian rights</p>
        {dataset && <DataIssues issues={dataset.issues} />}
      </header>
      <main className="app-main">
        <aside className="sidebar" aria-label="Filters and details">
          <ErrorBoundary label="panel">
            <Sidebar />
          </ErrorBoundary>
        </aside>
        <ErrorBoundary label="map">
          <CampaignMap />
        </ErrorBoundary>
      </main>
    </div>
  );
}
