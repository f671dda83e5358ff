import {useId, useMemo, useState} from 'react';
import type {Dataset} from '../domain/records';
import {loadGazetteer} from '../search/load-gazetteer';
import {buildSearchIndex, type Gazetteer, search, type Suggestion} from '../search/search-index';
import {useAppStore} from '../store/store';
import {locate} from './locate';

type GazetteerState = {status: 'idle' | 'loading'} | {status: 'ready'; gazetteer: Gazetteer} | {status: 'error'; message: string};

/**
 * One box for a ZIP code, a city ("Boulder, CO"), a county or a Palestinian locality, in English or Arabic.
 * An ARIA combobox: arrows move through suggestions, Enter picks, Escape closes. The nationwide gazetteer
 * loads the first time the box gets focus; until then it already knows every place with records.
 */
export function SearchBox({dataset}: {dataset: Dataset}) {
  const place = useAppStore((s) => s.place);
  const {setPlace, select} = useAppStore.getState();
  const [query, setQuery] = useState(place?.label ?? '');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [gazetteer, setGazetteer] = useState<GazetteerState>({status: 'idle'});
  const [locating, setLocating] = useState<'idle' | 'busy' | {error: string}>('idle');
  const listId = useId();
  const index = useMemo(() => buildSearchIndex(dataset, gazetteer.status === 'ready' ? gazetteer.gazetteer : undefined), [dataset, gazetteer]);
  const suggestions = useMemo(() => (open ? search(index, query) : []), [index, query, open]);

  // Show the chosen place's name in the box, also when it comes from a shared link or Back.
  const [shownPlace, setShownPlace] = useState(place);
  if (place !== shownPlace) {
    setShownPlace(place);
    setQuery(place?.label ?? '');
  }

  function ensureGazetteer() {
    if (gazetteer.status !== 'idle') return;
    setGazetteer({status: 'loading'});
    loadGazetteer().then(
      (loaded) => setGazetteer({status: 'ready', gazetteer: loaded}),
      (error: Error) => setGazetteer({status: 'error', message: error.message})
    );
  }

  function choose(suggestion: Suggestion) {
    const {target} = suggestion;
    if (target.kind === 'us-place') {
      setPlace({label: target.label, point: target.point});
    } else {
      select({kind: 'locality', id: target.localityId});
    }
    setQuery(target.label);
    setOpen(false);
    setActive(-1);
  }

  function onKeyDown(event: React.KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      setOpen(true);
      if (suggestions.length > 0) {
        const step = event.key === 'ArrowDown' ? 1 : -1;
        setActive((i) => (i + step + suggestions.length) % suggestions.length);
      }
    } else if (event.key === 'Enter') {
      const pick = suggestions[active] ?? suggestions[0];
      if (pick) {
        event.preventDefault();
        choose(pick);
      }
    } else if (event.key === 'Escape') {
      if (open) setOpen(false);
      else setQuery('');
      setActive(-1);
    }
  }

  async function useMyLocation() {
    setLocating('busy');
    try {
      setPlace(await locate());
      setLocating('idle');
    } catch (error) {
      setLocating({error: (error as Error).message});
    }
  }

  const status =
    gazetteer.status === 'error'
      ? `Only places with records can be searched: ${gazetteer.message}`
      : open && query.trim().length >= 2
        ? suggestions.length === 0
          ? gazetteer.status === 'loading' ? 'Loading US places…' : 'No place found. Try a ZIP code, or “City, ST”.'
          : `${suggestions.length} suggestion${suggestions.length === 1 ? '' : 's'}; use the arrow keys to choose.`
        : '';

  return (
    <div className="search">
      <label htmlFor={`${listId}-input`} className="search-label">Find campaigns near you</label>
      <div className="search-row">
        <div className="combobox">
          <input
            id={`${listId}-input`}
            type="search"
            role="combobox"
            aria-expanded={suggestions.length > 0}
            aria-controls={listId}
            aria-autocomplete="list"
            aria-activedescendant={active >= 0 && suggestions[active] ? `${listId}-${active}` : undefined}
            autoComplete="off"
            spellCheck={false}
            placeholder="ZIP, city, or Palestinian town"
            value={query}
            onFocus={ensureGazetteer}
            onChange={(e) => {
              setQuery(e.target.value);
              setOpen(true);
              setActive(-1);
            }}
            onKeyDown={onKeyDown}
            onBlur={() => setOpen(false)}
          />
          {suggestions.length > 0 && (
            <ul id={listId} role="listbox" className="suggestions" aria-label="Places">
              {suggestions.map((s, i) => (
                <li
                  key={s.key}
                  id={`${listId}-${i}`}
                  role="option"
                  aria-selected={i === active}
                  // mousedown, not click: it comes before the input's blur closes the list.
                  onMouseDown={(e) => {
                    e.preventDefault();
                    choose(s);
                  }}
                >
                  <bdi className="suggestion-label">{s.label}</bdi>
                  <bdi className="suggestion-detail">{s.detail}</bdi>
                </li>
              ))}
            </ul>
          )}
        </div>
        <button type="button" className="button secondary locate" onClick={useMyLocation} disabled={locating === 'busy'}>
          {locating === 'busy' ? 'Locating…' : 'Use my location'}
        </button>
      </div>
      <p className="search-status" role="status" aria-live="polite">
        {typeof locating === 'object' ? locating.error : status}
      </p>
    </div>
  );
}
