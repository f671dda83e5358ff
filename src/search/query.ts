import {STATE_BY_USPS, US_STATES} from '../domain/us-states';
import {foldName} from './normalize';

/**
 * What a person typed into the search box, read the ways people really write places: "Dearborn MI",
 * "Dearborn, MI", "dearborn michigan", "Washington D.C.", a ZIP+4, or a ZIP whose leading zero a
 * spreadsheet dropped ("2139" for 02139).
 */
export type PlaceQuery =
  | {kind: 'zip'; /** A whole ZIP to find first, if any. */ exact?: string; /** ZIPs starting with this. */ prefix: string}
  | {kind: 'name'; /** The folded query, whole. */ name: string; /** The same with a trailing state taken off. */ inState?: {name: string; state: string}}
  | {kind: 'none'};

const STATE_NAMES: readonly {folded: string; words: number; usps: string}[] = US_STATES.map((s) => ({
  folded: foldName(s.name),
  words: foldName(s.name).split(' ').length,
  usps: s.usps
}));

/** A state written after a place's name: its USPS code, or its name in full ("new york", "district of columbia"). */
function trailingState(words: readonly string[]): {state: string; rest: string[]} | undefined {
  for (let take = 4; take >= 1; take--) {
    if (words.length <= take) continue;
    const tail = words.slice(-take).join(' ');
    const named = STATE_NAMES.find((s) => s.words === take && s.folded === tail);
    const code = take === 1 && tail.length === 2 && STATE_BY_USPS.has(tail.toUpperCase()) ? tail.toUpperCase() : undefined;
    const state = named?.usps ?? code;
    if (state) return {state, rest: words.slice(0, -take)};
  }
  return undefined;
}

export function parseQuery(raw: string): PlaceQuery {
  const text = raw.trim();
  const zip = /^(\d{3,5})(?:-\d{0,4})?$/.exec(text);
  if (zip) {
    const digits = zip[1]!;
    if (digits.length === 5) return {kind: 'zip', exact: digits, prefix: digits};
    // Four digits: most often a ZIP of New England or New Jersey that lost its leading zero in a spreadsheet.
    if (digits.length === 4) return {kind: 'zip', exact: `0${digits}`, prefix: digits};
    return {kind: 'zip', prefix: digits};
  }
  const name = foldName(text);
  const arabic = /[\u0600-\u06ff]/.test(name);
  if (name.length < 2 && !arabic) return {kind: 'none'};
  // "Dearborn, MI": the comma only says where the state starts; without it, a trailing state is still a state.
  const words = name.split(' ');
  const state = trailingState(words);
  return state ? {kind: 'name', name, inState: {name: state.rest.join(' '), state: state.state}} : {kind: 'name', name};
}
