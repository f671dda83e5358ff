import {SHARED_LOCATION} from '../store/url-state';
import type {NearPlace} from '../store/store';

/** A chosen place's name in the person's language: their own location and a shared one are words of the interface. */
export function placeLabel(place: NearPlace, t: (key: string) => string): string {
  if (place.own) return t('place.yourLocation');
  if (place.label === SHARED_LOCATION) return t('place.sharedLocation');
  return place.label;
}
