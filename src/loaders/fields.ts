import {z} from 'zod';
import {CONFIDENCE_LEVELS} from '../domain/vocabulary';

// Zod compiles object schemas with `new Function` when it can; under the site's strict CSP even its probe for
// that is reported as a violation. Interpreted parsing is plenty fast for validation.
z.config({jitless: true});

/** Only http(s) links are ever shown as links; anything else in a URL column is an error. */
export function isHttpUrl(value: string): boolean {
  // The scheme test first: `new URL` is the costly part, and most values that fail, fail here.
  if (!/^https?:\/\//i.test(value)) return false;
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

export const trimmed = z.string().trim();

export const requiredText = trimmed.min(1, 'is empty');

/** An empty cell means "not known"; it becomes undefined rather than an empty string. */
export const optionalText = trimmed.transform((v) => (v === '' ? undefined : v));

export const httpUrl = trimmed.refine(isHttpUrl, 'must be an http(s) URL');

const urlList = trimmed.transform((v) => v.split(/\s+/).filter(Boolean));

export const sourceUrls = urlList.pipe(z.array(httpUrl).min(1, 'needs at least one source URL'));

/** Sources that only some rows have: an empty cell is an empty list. */
export const optionalSourceUrls = urlList.pipe(z.array(httpUrl));

export const isoDate = trimmed.regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date YYYY-MM-DD');

const PARTIAL_DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

export const partialDate = trimmed.regex(PARTIAL_DATE, 'must be YYYY, YYYY-MM or YYYY-MM-DD');

export const optionalPartialDate = trimmed
  .refine((v) => v === '' || PARTIAL_DATE.test(v), 'must be YYYY, YYYY-MM or YYYY-MM-DD')
  .transform((v) => (v === '' ? undefined : v));

/**
 * Years of a police exchange as its source gives them: one or more four-digit years ("2008 2015"), or a range
 * ("2008–2010"); empty when the source gives none.
 */
export const optionalYears = trimmed
  .refine((v) => v === '' || /^(\d{4}(\s+\d{4})*|\d{4}\s*[–-]\s*\d{4})$/.test(v), 'must be years like "2008", "2008 2015" or "2008–2010"')
  .transform((v) => (v === '' ? undefined : v.replace(/\s+/g, ' ')));

export const confidence = z.enum(CONFIDENCE_LEVELS, {error: 'must be high, medium or low'});

/**
 * Census GEOID: state (2 digits), county (5), place (7), or county subdivision (10: state, county, subdivision),
 * which is how the towns of New England and the townships of New Jersey and Pennsylvania are identified.
 */
export const geoid = trimmed.regex(/^(\d{2}|\d{5}|\d{7}|\d{10})$/, 'must be a Census GEOID of 2, 5, 7 or 10 digits');

export const slug = trimmed.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be a lowercase slug like "boulder-nablus"');

export const hexColor = trimmed.regex(/^#[0-9a-fA-F]{6}$/, 'must be a colour like #1f77b4');

export function oneOf<const T extends readonly [string, ...string[]]>(values: T) {
  return z.enum(values, {error: `must be one of: ${values.join(', ')}`});
}
