import type {FeatureIdentifier, Map as MaplibreMap} from 'maplibre-gl';
import {STATE_BY_USPS} from '../domain/us-states';
import {jurisdictionFeatureId} from '../geo/features';
import type {Selection} from '../store/store';
import {SOURCE_IDS} from './layers';

/** The map features that stand for a selection: a place is both its campaign marker and its police ring. */
export function featuresOf(selection: Selection): FeatureIdentifier[] {
  switch (selection.kind) {
    case 'jurisdiction':
      return [
        {source: SOURCE_IDS.jurisdictions, id: jurisdictionFeatureId(selection.id)},
        {source: SOURCE_IDS.police, id: selection.id}
      ];
    case 'link':
      return [{source: SOURCE_IDS.sisterLinks, id: selection.id}];
    case 'locality':
      return [{source: SOURCE_IDS.localities, id: selection.id}];
    case 'state': {
      const fips = STATE_BY_USPS.get(selection.id)?.fips;
      return fips ? [{source: SOURCE_IDS.stateLaws, id: fips}] : [];
    }
    // A county with records of its own is a marker of the jurisdictions source, like any place.
    case 'county':
      return [{source: SOURCE_IDS.jurisdictions, id: jurisdictionFeatureId(selection.id)}];
    case 'place':
      return [{source: SOURCE_IDS.jurisdictions, id: jurisdictionFeatureId(selection.id)}, {source: SOURCE_IDS.police, id: selection.id}];
    case 'ps-place':
      return [];
  }
}

/**
 * MapLibre keeps feature state in plain objects keyed by id, so an id like "__proto__" would write onto
 * Object.prototype and stop the render loop. The store only holds ids the dataset has; this is the last guard.
 */
function safeId(id: FeatureIdentifier['id']): boolean {
  return typeof id === 'number' ? Number.isFinite(id) : typeof id === 'string' && !(id in Object.prototype);
}

/** Moves a feature-state flag ("selected" or "hovered") from the previous selection to the next one. */
export function moveFeatureState(map: MaplibreMap, key: 'selected' | 'hovered', previous: Selection | null, next: Selection | null): void {
  const present = (f: FeatureIdentifier) => safeId(f.id) && map.getSource(f.source) !== undefined;
  if (previous) for (const f of featuresOf(previous).filter(present)) map.setFeatureState(f, {[key]: false});
  if (next) for (const f of featuresOf(next).filter(present)) map.setFeatureState(f, {[key]: true});
}
