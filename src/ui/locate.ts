import type {NearPlace} from '../store/store';

/**
 * "Use my location": asks the browser once, when the person presses the button. The position stays in
 * this page; it is rounded to about a kilometre first, which is plenty for "near me" and keeps a shared
 * link from pinpointing anyone's home.
 */
export function roundedLocation(latitude: number, longitude: number): NearPlace {
  return {label: 'Your location', point: [Number(longitude.toFixed(2)), Number(latitude.toFixed(2))], own: true};
}

/** The catalog key of what went wrong, in words that point to search instead. */
export function locationErrorKey(code: number | 'unsupported'): string {
  switch (code) {
    case 'unsupported':
      return 'locate.unsupported';
    case 1:
      return 'locate.denied';
    case 3:
      return 'locate.timeout';
    default:
      return 'locate.unavailable';
  }
}

export function locate(): Promise<NearPlace> {
  return new Promise((resolve, reject) => {
    if (!('geolocation' in navigator)) {
      reject(new Error(locationErrorKey('unsupported')));
      return;
    }
    navigator.geolocation.getCurrentPosition(
      (position) => resolve(roundedLocation(position.coords.latitude, position.coords.longitude)),
      (error) => reject(new Error(locationErrorKey(error.code))),
      {timeout: 15_000, maximumAge: 10 * 60_000}
    );
  });
}
