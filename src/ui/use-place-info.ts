import {useEffect, useState} from 'react';
import {placeSearch} from '../search/search-client';
import type {PlaceInfo} from '../search/protocol';

/** A county or Palestinian place of the gazetteer, looked up in the search worker; 'loading' until it answers. */
export function usePlaceInfo(kind: PlaceInfo['kind'], id: string): PlaceInfo | null | 'loading' {
  const key = `${kind}:${id}`;
  const [found, setFound] = useState<{key: string; info: PlaceInfo | null} | null>(null);
  useEffect(() => {
    let live = true;
    void placeSearch.lookup(kind, id).then((info) => {
      if (live) setFound({key, info});
    });
    return () => {
      live = false;
    };
  }, [kind, id, key]);
  return found?.key === key ? found.info : 'loading';
}
