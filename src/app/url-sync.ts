import {shallow} from 'zustand/shallow';
import {selectionExists, selectionFile} from '../store/derived';
import {sameSelection, type AppState, selectDataset, useAppStore} from '../store/store';
import {readSharedView, type SharedView, toSearchParams} from '../store/url-state';

const shared = (s: AppState): SharedView => ({
  filters: s.filters,
  place: s.place,
  radius: s.radius,
  // A selection still waiting for its data stays in the address, so a reload keeps it.
  selection: s.selection ?? s.pendingSelection,
  camera: s.camera,
  projection: s.projection,
  compare: s.compare
});

function urlFor(view: SharedView): string {
  const query = toSearchParams(view).toString();
  return `${location.pathname}${query ? `?${query}` : ''}${location.hash}`;
}

export const MISSING_RECORD = 'This link named a record that is not in the data (any more), so nothing is selected.';

/**
 * A selection read from a link becomes real only once the data confirms it exists: the id is checked against
 * the dataset's Maps, never used as a key of a plain object. While its file is still loading it waits; an
 * unknown id is dropped with a notice.
 */
let settling = false;

function settlePendingSelection(): void {
  const state = useAppStore.getState();
  const pending = state.pendingSelection;
  const dataset = selectDataset(state);
  if (!pending || !dataset) return;
  const file = selectionFile(pending);
  const fileState = file ? state.files[file] : undefined;
  if (fileState?.status === 'loading') return;
  // Settling what the address already says is no step of the person's: it replaces the history entry.
  settling = true;
  if (selectionExists(dataset, pending)) {
    useAppStore.setState({selection: pending, pendingSelection: null});
  } else {
    useAppStore.setState({pendingSelection: null});
    state.notify(fileState?.status === 'failed' ? 'This link named a record whose file could not be loaded, so nothing is selected.' : MISSING_RECORD);
  }
  settling = false;
}

/** Applies a view read from the address: everything but the selection at once, the selection once it is confirmed. */
function restore(search: string, extra: Partial<AppState> = {}): void {
  const {view, problems} = readSharedView(new URLSearchParams(search));
  const {selection, ...rest} = view;
  useAppStore.setState({...rest, ...extra, selection: null, pendingSelection: selection});
  for (const problem of problems) useAppStore.getState().notify(problem);
  settlePendingSelection();
}

/**
 * Keeps the view and the address bar in step. Choosing a place or selecting something adds a history entry,
 * so Back returns to the previous place or selection; filter and camera changes replace the current entry,
 * so Back never replays every pan. Restoring from the URL sets state directly, without moving the camera to
 * a selection: the link's own camera wins.
 */
export function startUrlSync(): () => void {
  restore(location.search);
  let restoring = false;

  const unsubscribe = useAppStore.subscribe(shared, (next, previous) => {
    if (restoring) return;
    const url = urlFor(next);
    if (url === `${location.pathname}${location.search}${location.hash}`) return;
    const isStep = !settling && (next.place !== previous.place || !sameSelection(next.selection, previous.selection));
    if (isStep) history.pushState(null, '', url);
    else history.replaceState(null, '', url);
  }, {equalityFn: shallow});
  const unsubscribeData = useAppStore.subscribe((s) => [s.load, s.files] as const, settlePendingSelection, {equalityFn: shallow});

  const onPopState = () => {
    restoring = true;
    restore(location.search, {focus: null});
    restoring = false;
  };
  window.addEventListener('popstate', onPopState);
  return () => {
    unsubscribe();
    unsubscribeData();
    window.removeEventListener('popstate', onPopState);
  };
}
