import {useEffect, useState} from 'react';
import type {Jurisdiction} from '../domain/records';
import type {PlaceContext} from '../profile/context';
import {contextFromJurisdiction} from '../profile/profile';
import {placeSearch} from '../search/search-client';

/**
 * A place's context for its profile, from the search worker's gazetteer; for a place only the data knows (a
 * New England town), one made from its record. 'loading' until the worker answers, null if nobody knows it.
 */
export function usePlaceContext(id: string, jurisdiction: Jurisdiction | undefined): PlaceContext | null | 'loading' {
  const [found, setFound] = useState<{id: string; context: PlaceContext | null} | null>(null);
  useEffect(() => {
    let live = true;
    void placeSearch.context(id).then((context) => {
      if (live) setFound({id, context});
    });
    return () => {
      live = false;
    };
  }, [id]);
  if (found?.id !== id) return 'loading';
  return found.context ?? (jurisdiction ? contextFromJurisdiction(jurisdiction) : null);
}
