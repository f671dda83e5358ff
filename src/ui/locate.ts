import type {NearPlace} from '../store/store';

/**
 * "Use my location": asks the browser once, when the person presses the button. The position stays in
 * this page; it is rounded to about a kilometre first, which is plenty for "near me" and keeps a shared
 * link from pinpointing anyone's home.
 */
export function roundedLocation(latitude: number, longitude: number): NearPlace {
  return {label: 'Your location', point: [Number(longitude.toFixed(2)), Number(latitude.toFixed(2))], own: true};
}

export function locationErrorMessage(code: number | 'unsupported'): string {
  switch (code) {
    case 'unsupported':
      return 'This browser cannot share a location. Search for your ZIP code or city instead.';
    case 1:
      return 'Location permission was denied. Search for your ZIP code or city instead, or allow location for this site.';
    case 3:
      return 'Finding your location took too long. Try again, or search for your ZIP code or city.';
    default:
      return 'Your location is not available right now. Search for your ZIP code or city instead.';
  }
}

export function locate(): Promise<NearPlace> {
  return new Promise((resolve, reject) => {
    if (!('geolocation' in navigator)) {
      reject(new Error(locationErrorMessage('unsupported')));
      return;
    }
    navigator.geolocation.getCurrentPosition(
      (position) => resolve(roundedLocation(position.coords.latitude, position.coords.longitude)),
      (error) => reject(new Error(locationErrorMessage(error.code))),
      {timeout: 15_000, maximumAge: 10 * 60_000}
    );
  });
}
