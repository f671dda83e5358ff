import {shallow} from 'zustand/shallow';
import {sameSelection, type AppState, useAppStore} from '../store/store';
import {fromSearchParams, type SharedView, toSearchParams} from '../store/url-state';

const shared = (s: AppState): SharedView => ({filters: s.filters, place: s.place, radius: s.radius, selection: s.selection, camera: s.camera});

function urlFor(view: SharedView): string {
  const query = toSearchParams(view).toString();
  return `${location.pathname}${query ? `?${query}` : ''}${location.hash}`;
}

/**
 * Keeps the view and the address bar in step. Choosing a place or selecting something adds a history entry,
 * so Back returns to the previous place or selection; filter and camera changes replace the current entry,
 * so Back never replays every pan. Restoring from the URL sets state directly, without moving the camera to
 * a selection: the link's own camera wins.
 */
export function startUrlSync(): () => void {
  useAppStore.setState(fromSearchParams(new URLSearchParams(location.search)));
  let restoring = false;

  const unsubscribe = useAppStore.subscribe(shared, (next, previous) => {
    if (restoring) return;
    const url = urlFor(next);
    if (url === `${location.pathname}${location.search}${location.hash}`) return;
    const isStep = next.place !== previous.place || !sameSelection(next.selection, previous.selection);
    if (isStep) history.pushState(null, '', url);
    else history.replaceState(null, '', url);
  }, {equalityFn: shallow});

  const onPopState = () => {
    restoring = true;
    useAppStore.setState({...fromSearchParams(new URLSearchParams(location.search)), focus: null});
    restoring = false;
  };
  window.addEventListener('popstate', onPopState);
  return () => {
    unsubscribe();
    window.removeEventListener('popstate', onPopState);
  };
}
