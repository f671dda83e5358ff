import type {LngLat} from '../domain/records';
import {boundsOfPair, type Bounds} from '../geo/bounds';
import type {DatasetIndex} from '../store/derived';
import type {Selection} from '../store/store';

export type CameraTarget = {bounds: Bounds} | {center: LngLat; minZoom: number};

/**
 * Where the camera should go so the selected thing is in view: a link shows both of its ends, a Palestinian
 * locality is shown close enough to read its neighbours, and a US place is only panned to when off screen.
 */
export function cameraTargetFor(selection: Selection, index: DatasetIndex): CameraTarget | null {
  switch (selection.kind) {
    case 'link': {
      const link = index.link.get(selection.id);
      const from = link && index.jurisdiction.get(link.jurisdictionId);
      const to = link && index.locality.get(link.localityId);
      return from && to ? {bounds: boundsOfPair(from.point, to.point)} : null;
    }
    case 'locality': {
      const locality = index.locality.get(selection.id);
      return locality ? {center: locality.point, minZoom: 7.5} : null;
    }
    case 'jurisdiction': {
      const place = index.jurisdiction.get(selection.id);
      return place ? {center: place.point, minZoom: 0} : null;
    }
    case 'state':
      // States are chosen by clicking their area, which is therefore already in view.
      return null;
  }
}
