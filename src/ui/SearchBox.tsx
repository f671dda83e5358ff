import {useEffect, useId, useState, useSyncExternalStore} from 'react';
import type {Dataset} from '../domain/records';
import {recordsForSearch, type Suggestion} from '../search/place-search';
import {parseQuery} from '../search/query';
import {placeSearch} from '../search/search-client';
import {useAppStore} from '../store/store';
import {type Message, message} from '../i18n/message';
import {useI18n} from '../i18n/use-i18n';
import {placeLabel} from './labels';
import {locate} from './locate';
import {PHONE_QUERY} from './Sheet';

const subscribe = (listener: () => void) => placeSearch.subscribe(listener);
const results = () => placeSearch.results;
const searchStatus = () => placeSearch.status;

/** A hint that fits what was typed when nothing matches, so the person knows what to try next. */
export function noMatchHint(query: string, searching: boolean): Message {
  const parsed = parseQuery(query);
  if (parsed.kind === 'zip') return parsed.exact ? message('search.hint.noZip', {zip: parsed.exact}) : message('search.hint.keepTyping');
  if (searching) return message('search.hint.loading');
  if (/[\u0600-\u06ff]/.test(query)) return message('search.hint.arabic');
  return message('search.hint.spelling');
}

/**
 * One box for a ZIP code, a city ("Austin TX", "Boulder, CO"), a county, a state, or a Palestinian city, town,
 * village or camp, in English or Arabic. An ARIA combobox: arrows move through suggestions, Enter picks, Escape
 * closes. The search runs in a worker that loads the nationwide gazetteer the first time the box gets focus.
 */
export function SearchBox({dataset}: {dataset: Dataset}) {
  const {t, tm, language} = useI18n();
  const place = useAppStore((s) => s.place);
  const {setPlace, choosePlace, select} = useAppStore.getState();
  const [query, setQuery] = useState(place ? placeLabel(place, t) : '');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [locating, setLocating] = useState<'idle' | 'busy' | {error: string}>('idle');
  const listId = useId();
  const found = useSyncExternalStore(subscribe, results);
  const search = useSyncExternalStore(subscribe, searchStatus);
  const current = open && found.query === query && query.trim() !== '';
  const suggestions: readonly Suggestion[] = current ? found.suggestions : [];

  useEffect(() => placeSearch.setRecords(() => recordsForSearch(dataset)), [dataset]);

  // Show the chosen place's name in the box, also when it comes from a shared link or Back.
  const [shownPlace, setShownPlace] = useState(place);
  if (place !== shownPlace) {
    setShownPlace(place);
    setQuery(place ? placeLabel(place, t) : '');
  }

  function type(text: string) {
    setQuery(text);
    setOpen(true);
    setActive(-1);
    placeSearch.search(text);
  }

  function choose(suggestion: Suggestion) {
    const {target} = suggestion;
    // Back down on a phone, so the map shows where the choice is: before choosing, so that the map reveals it in
    // the part the panel will leave, not in the strip the pulled-up panel leaves now.
    if (window.matchMedia(PHONE_QUERY).matches) useAppStore.setState({sheet: 'half'});
    switch (target.kind) {
      case 'us-place':
        // A city or town opens its profile; a ZIP code only the list of what is near it.
        if (target.placeId) choosePlace({label: target.label, point: target.point}, {kind: 'place', id: target.placeId});
        else setPlace({label: target.label, point: target.point});
        break;
      case 'state':
        select({kind: 'state', id: target.usps});
        break;
      case 'county':
        select({kind: 'county', id: target.countyId}, {kind: 'point', center: target.point, minZoom: 7});
        break;
      case 'locality':
        select({kind: 'locality', id: target.localityId});
        break;
      case 'ps-place':
        select({kind: 'ps-place', id: target.placeId});
        break;
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

  const typed = open && query.trim().length >= 2;
  const loadingAll = search.status === 'loading' || (search.status === 'ready' && !search.complete);
  let status = '';
  if (search.status === 'failed') status = t('search.failed', {problem: tm(search.problem)});
  else if (typed && current && suggestions.length === 0) status = tm(noMatchHint(query, loadingAll));
  else if (typed && suggestions.length > 0) status = t('search.suggestions', {count: suggestions.length});
  else if (typed && loadingAll) status = t('search.loadingPlaces');

  return (
    <div className="search">
      <label htmlFor={`${listId}-input`} className="search-label">{t('search.label')}</label>
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
            placeholder={t('search.placeholder')}
            value={query}
            onFocus={() => {
              placeSearch.start();
              // On a phone, typing pulls the panel up, so the box and its suggestions sit above the keyboard.
              if (window.matchMedia(PHONE_QUERY).matches) useAppStore.setState({sheet: 'full'});
            }}
            onChange={(e) => type(e.target.value)}
            onKeyDown={onKeyDown}
            onBlur={() => setOpen(false)}
          />
          {suggestions.length > 0 && (
            <ul id={listId} role="listbox" className="suggestions" aria-label={t('search.places')}>
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
                  <span className="suggestion-label">
                    {/* Arabic names first for a person reading Arabic, where both exist. */}
                    {language === 'ar' && s.labelAr ? (
                      <><bdi lang="ar">{s.labelAr}</bdi> <bdi className="suggestion-ar" lang="en">{s.label}</bdi></>
                    ) : (
                      <><bdi>{s.label}</bdi>{s.labelAr && <bdi lang="ar" dir="rtl" className="suggestion-ar">{s.labelAr}</bdi>}</>
                    )}
                  </span>
                  <bdi className="suggestion-detail">{s.details.map(tm).join(' · ')}</bdi>
                </li>
              ))}
            </ul>
          )}
        </div>
        <button type="button" className="button secondary locate" onClick={useMyLocation} disabled={locating === 'busy'}>
          {locating === 'busy' ? t('search.locating') : t('search.useLocation')}
        </button>
      </div>
      <p className="search-status" role="status" aria-live="polite">
        {typeof locating === 'object' ? t(locating.error) : status}
        {search.status === 'failed' && (
          <> <button type="button" className="link-button" onClick={() => placeSearch.retry()}>{t('load.tryAgain')}</button></>
        )}
      </p>
    </div>
  );
}
