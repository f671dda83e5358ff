import {z} from 'zod';
import {CONFIDENCE_LEVELS} from '../domain/vocabulary';

// Zod compiles object schemas with `new Function` when it can; under the site's strict CSP even its probe for
// that is reported as a violation. Interpreted parsing is plenty fast for validation.
z.config({jitless: true});

/**
 * An http(s) URL whose host is plain dotted letters and digits, ending in a label that starts with a letter, with at
 * most a short port: the URL parser accepts every one of these (it can only fail on the scheme, the host or the
 * port), so they need no `new URL`, which costs a third of loading at national scale. Group 1 is the host.
 */
const PLAIN_HTTP_URL = /^https?:\/\/((?:[a-z0-9-]+\.)+[a-z][a-z0-9-]*)(?::\d{1,4})?(?:[/?#]\S*)?$/i;

/** The host of a plain http(s) URL (lower case, as the URL parser gives it), or undefined for any other value. */
export function plainHttpHost(value: string): string | undefined {
  const host = PLAIN_HTTP_URL.exec(value)?.[1];
  // Punycode labels are decoded and checked by the URL parser, which can refuse them.
  return host && !/xn--/i.test(host) ? host.toLowerCase() : undefined;
}

/** Only http(s) links are ever shown as links; anything else in a URL column is an error. */
export function isHttpUrl(value: string): boolean {
  // The scheme test first: `new URL` is the costly part, and most values that fail, fail here.
  if (!/^https?:\/\//i.test(value)) return false;
  if (plainHttpHost(value)) return true;
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

/**
 * A cheap check beside a schema, for the rows of a national-scale file: it returns the schema's output for a value
 * it can vouch for, or UNCHECKED, and then the schema itself judges the value and words the problem. So a cheap check
 * may refuse more than its schema does, never less, and must give the same output (tests/unit/fast-checks.test.ts).
 */
export const UNCHECKED: unique symbol = Symbol('unchecked');
export type FastCheck<T> = (value: unknown) => T | typeof UNCHECKED;

const fastChecks = new WeakMap<z.ZodType, FastCheck<unknown>>();

export function withFastCheck<S extends z.ZodType>(schema: S, fast: FastCheck<z.output<S>>): S {
  fastChecks.set(schema, fast);
  return schema;
}

export function fastCheckOf<S extends z.ZodType>(schema: S): FastCheck<z.output<S>> | undefined {
  return fastChecks.get(schema) as FastCheck<z.output<S>> | undefined;
}

/** The cheap check of a trimmed text field: `accept` sees the trimmed text and gives the output, or UNCHECKED. */
function onTrimmed<T>(accept: (text: string) => T | typeof UNCHECKED): FastCheck<T> {
  return (value) => (typeof value === 'string' ? accept(value.trim()) : UNCHECKED);
}

export const trimmed = withFastCheck(z.string().trim(), onTrimmed((t) => t));

export const requiredText = withFastCheck(trimmed.min(1, 'issue.empty'), onTrimmed((t) => (t === '' ? UNCHECKED : t)));

/** An empty cell means "not known"; it becomes undefined rather than an empty string. */
export const optionalText = withFastCheck(trimmed.transform((v) => (v === '' ? undefined : v)), onTrimmed((t) => (t === '' ? undefined : t)));

export const httpUrl = withFastCheck(trimmed.refine(isHttpUrl, 'issue.httpUrl'), onTrimmed((t) => (isHttpUrl(t) ? t : UNCHECKED)));

const splitUrls = (v: string) => v.split(/\s+/).filter(Boolean);

const urlList = trimmed.transform(splitUrls);

/** The cheap check of a list of URLs: every one http(s), and at least `min` of them. */
function urlsCheck(min: number): FastCheck<string[]> {
  return onTrimmed((t) => {
    const urls = splitUrls(t);
    return urls.length >= min && urls.every(isHttpUrl) ? urls : UNCHECKED;
  });
}

export const sourceUrls = withFastCheck(urlList.pipe(z.array(httpUrl).min(1, 'issue.noSource')), urlsCheck(1));

/** Sources that only some rows have: an empty cell is an empty list. */
export const optionalSourceUrls = withFastCheck(urlList.pipe(z.array(httpUrl)), urlsCheck(0));

/**
 * A trimmed text (`requiredText`, for one) that must match a pattern; the cheap check is the same pattern. `key`
 * names the problem in the catalogs (issue.*): the schemas' messages are keys, worded where they are shown.
 */
export function matching(pattern: RegExp, key: string, base: typeof trimmed = trimmed) {
  return withFastCheck(base.regex(pattern, key), onTrimmed((t) => (pattern.test(t) ? t : UNCHECKED)));
}

export const isoDate = matching(/^\d{4}-\d{2}-\d{2}$/, 'issue.isoDate');

const PARTIAL_DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

export const partialDate = matching(PARTIAL_DATE, 'issue.partialDate');

export const optionalPartialDate = withFastCheck(
  trimmed
    .refine((v) => v === '' || PARTIAL_DATE.test(v), 'issue.partialDate')
    .transform((v) => (v === '' ? undefined : v)),
  onTrimmed((t) => (t === '' ? undefined : PARTIAL_DATE.test(t) ? t : UNCHECKED))
);

const YEARS = /^(\d{4}(\s+\d{4})*|\d{4}\s*[–-]\s*\d{4})$/;
const oneSpaced = (v: string) => v.replace(/\s+/g, ' ');

/**
 * Years of a police exchange as its source gives them: one or more four-digit years ("2008 2015"), or a range
 * ("2008–2010"); empty when the source gives none.
 */
export const optionalYears = withFastCheck(
  trimmed
    .refine((v) => v === '' || YEARS.test(v), 'issue.years')
    .transform((v) => (v === '' ? undefined : oneSpaced(v))),
  onTrimmed((t) => (t === '' ? undefined : YEARS.test(t) ? oneSpaced(t) : UNCHECKED))
);

/** One of a vocabulary, exactly as written (not trimmed). */
function vocabulary<const T extends readonly [string, ...string[]]>(values: T, key: string) {
  const allowed: ReadonlySet<unknown> = new Set(values);
  return withFastCheck(z.enum(values, {error: key}), (value) => (allowed.has(value) ? (value as T[number]) : UNCHECKED));
}

export const confidence = vocabulary(CONFIDENCE_LEVELS, 'issue.confidence');

/**
 * Census GEOID: state (2 digits), county (5), place (7), or county subdivision (10: state, county, subdivision),
 * which is how the towns of New England and the townships of New Jersey and Pennsylvania are identified.
 */
export const geoid = matching(/^(\d{2}|\d{5}|\d{7}|\d{10})$/, 'issue.geoid');

export const slug = matching(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'issue.slug');

export const hexColor = matching(/^#[0-9a-fA-F]{6}$/, 'issue.hexColor');

export function oneOf<const T extends readonly [string, ...string[]]>(values: T) {
  return vocabulary(values, 'issue.oneOf');
}

/**
 * An object of fields; it has a cheap check when every field has one. A key the input lacks is left out when its
 * field's check takes "absent" as its output (an optional field, as the schema does too); otherwise it is left to
 * the schema, which says what is missing.
 */
export function fields<const Shape extends Record<string, z.ZodType>>(shape: Shape) {
  const schema = z.object(shape);
  const checks = Object.entries(shape).map(([key, field]) => [key, fastCheckOf(field)] as const);
  if (checks.some(([, check]) => !check)) return schema;
  return withFastCheck(schema, (input) => {
    if (typeof input !== 'object' || input === null || Array.isArray(input)) return UNCHECKED;
    const record = input as Record<string, unknown>;
    const output: Record<string, unknown> = {};
    for (const [key, check] of checks) {
      if (!(key in record)) {
        if (check!(undefined) === undefined) continue;
        return UNCHECKED;
      }
      const value = check!(record[key]);
      if (value === UNCHECKED) return UNCHECKED;
      output[key] = value;
    }
    return output as z.output<typeof schema>;
  });
}

/** A schema's output turned into a record; the cheap check, when there is one, is followed by the same turn. */
export function reshaped<S extends z.ZodType, T>(schema: S, reshape: (value: z.output<S>) => T) {
  const check = fastCheckOf(schema);
  const result = schema.transform(reshape);
  if (!check) return result;
  return withFastCheck(result, (input) => {
    const value = check(input);
    return value === UNCHECKED ? UNCHECKED : (reshape(value) as z.output<typeof result>);
  });
}

/** A short, readable name for a source link: its host without "www.". */
export function sourceLabel(url: string): string {
  return isHttpUrl(url) ? new URL(url).hostname.replace(/^www\./, '') : url;
}
