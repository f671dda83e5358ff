/**
 * The gazetteer files in public/gazetteer/: their columns, row types and schemas. The build writes rows
 * with `toCsv`; the app reads the same files with `readGazetteerCsv` and the same schemas, so a file that the
 * build produced always loads, and a hand edit that breaks a rule becomes a DataIssue, not a gap.
 *
 * Everything here is browser-safe (zod + papaparse, no Node APIs).
 */
import Papa from 'papaparse';
import {z} from 'zod';
import {USPS_CODES} from '../domain/us-states';
import {parseCsv} from '../loaders/csv';
import {type Validated, validateCsv} from '../loaders/validate';

/**
 * What a place is, from the Census Bureau's legal/statistical area description (LSAD) of its name
 * ("Springfield city" -> city). `cdp` is a census designated place (in Puerto Rico: comunidad or zona urbana),
 * a statistical area with no government of its own. `consolidated` is a city-county government or a city and
 * borough (Nashville-Davidson, Athens-Clarke County, Juneau). A `town` or `township` with a 10-digit id is a
 * county subdivision (a New England town; a township of the states that have them). `place` is a GeoNames
 * populated place with no Census match, whose kind is unknown. data/README.md, "Gazetteer", has the full mapping.
 */
export const PLACE_KINDS = ['city', 'town', 'township', 'village', 'borough', 'municipality', 'cdp', 'consolidated', 'place'] as const;
export type PlaceKind = (typeof PLACE_KINDS)[number];

export const PLACE_COLUMNS = ['id', 'name', 'state', 'kind', 'county', 'population', 'lon', 'lat'] as const;
export const COUNTY_COLUMNS = ['id', 'name', 'state', 'kind', 'population', 'lon', 'lat'] as const;
export const ZIP_COLUMNS = ['zip', 'lon', 'lat', 'city', 'state', 'place'] as const;
export const PS_PLACE_COLUMNS = ['id', 'name_en', 'name_ar', 'aliases', 'region', 'population', 'lon', 'lat'] as const;
export const PS_REGIONS = ['gaza', 'west-bank'] as const;

/**
 * 7-digit Census place GEOID, 10-digit county subdivision GEOID (state + county + subdivision FIPS), or the
 * fallback `gn` + GeoNames id (see data/README.md, "Gazetteer").
 */
const PLACE_ID = /^(\d{7}|\d{10}|gn\d+)$/;

// Papaparse hands every cell over as a string; numbers are parsed here so ids and ZIPs keep leading zeros.
export const decimal = (min: number, max: number) =>
  z
    .string()
    .regex(/^-?\d+(\.\d+)?$/, 'expected a decimal number')
    .transform(Number)
    .pipe(z.number().min(min).max(max));

const name = z.string().trim().min(1, 'expected a name');
export const stateCode = z.string().refine((code) => USPS_CODES.includes(code), 'expected a USPS state or territory code');
export const wholeNumber = z.string().regex(/^\d+$/, 'expected a whole number').transform(Number);
/** A count that may be unknown: an empty cell is undefined, never 0 people. */
const optionalWholeNumber = z
  .string()
  .refine((v) => v === '' || /^\d+$/.test(v), 'expected a whole number or an empty cell')
  .transform((v) => (v === '' ? undefined : Number(v)));
const countyId = z.string().regex(/^\d{5}$/, 'expected a 5-digit county GEOID');
/** Bidirectional control characters can reorder what a reader sees; names never need them. */
const BIDI_CONTROLS = /[\u202a-\u202e\u2066-\u2069]/;
const plainText = z.string().refine((v) => !BIDI_CONTROLS.test(v), 'contains a bidirectional control character');

export const placeRowSchema = z.object({
  id: z.string().regex(PLACE_ID, 'expected a 7- or 10-digit Census GEOID or gn<GeoNames id>'),
  name,
  state: stateCode,
  kind: z.enum(PLACE_KINDS, {error: `expected one of: ${PLACE_KINDS.join(', ')}`}),
  /** The county the place lies in. */
  county: countyId,
  /** Empty where no census count is at hand (a county subdivision from a Gazetteer file without one). */
  population: optionalWholeNumber,
  lon: decimal(-180, 180),
  lat: decimal(-90, 90)
});

export const countyRowSchema = z.object({
  id: countyId,
  name,
  state: stateCode,
  kind: z.literal('county'),
  population: wholeNumber,
  lon: decimal(-180, 180),
  lat: decimal(-90, 90)
});

export const zipRowSchema = z.object({
  zip: z.string().regex(/^\d{5}$/, 'expected a 5-digit ZIP code'),
  lon: decimal(-180, 180),
  lat: decimal(-90, 90),
  /**
   * The place the ZIP is given to (data/README.md, "Gazetteer"): its name and id, the Census GEOID or the gn id of
   * a GeoNames-only row of places.csv. Both empty when no place is near enough. `state` is the ZIP's own.
   */
  city: z.string().trim().transform((v) => (v === '' ? undefined : v)),
  state: stateCode,
  place: z
    .string()
    .refine((v) => v === '' || PLACE_ID.test(v), 'expected a 7- or 10-digit Census GEOID, gn<GeoNames id> or an empty cell')
    .transform((v) => (v === '' ? undefined : v))
});

export const psPlaceRowSchema = z.object({
  id: z.string().regex(/^gn\d+$/, 'expected gn<GeoNames id>'),
  name_en: name.pipe(plainText),
  name_ar: plainText
    .refine((v) => v === '' || /^[\u0600-\u06ff\s]+$/.test(v), 'expected Arabic script, or an empty cell')
    .transform((v) => (v === '' ? undefined : v)),
  /** Other Latin spellings, ';'-separated in the file. */
  aliases: plainText.transform((v) => v.split(';').map((a) => a.trim()).filter(Boolean)),
  region: z.enum(PS_REGIONS, {error: 'expected gaza or west-bank'}),
  population: wholeNumber,
  lon: decimal(34, 36),
  lat: decimal(31, 33)
});

export type PlaceRow = z.output<typeof placeRowSchema>;
export type CountyRow = z.output<typeof countyRowSchema>;
export type ZipRow = z.output<typeof zipRowSchema>;
export type PsPlaceRow = z.output<typeof psPlaceRowSchema>;

type CsvValue = string | number;

/** Rounds to `digits` decimals; the result prints without float noise (k / 10^digits is exact in print). */
export function roundTo(value: number, digits: number): number {
  const factor = 10 ** digits;
  const rounded = Math.round(value * factor) / factor;
  // -0 prints as "0" but is not equal to 0 under Object.is, which test matchers use.
  return rounded === 0 ? 0 : rounded;
}

/**
 * One header line, one line per row, "\n" endings and a final newline, so two builds compare byte for byte.
 * An undefined value (an optional cell) is written as an empty cell.
 */
export function toCsv<C extends string>(columns: readonly C[], rows: readonly Record<C, CsvValue | undefined>[]): string {
  const data = rows.map((row) => columns.map((column) => String(row[column] ?? '')));
  return `${Papa.unparse({fields: [...columns], data}, {newline: '\n'})}\n`;
}

/**
 * Reads a gazetteer file with the same parser and validator as the rest of data/: a bad row is reported with
 * its spreadsheet row and column and left out, duplicate ids included.
 */
export function readGazetteerCsv<T>(file: string, text: string, columns: readonly string[], schema: z.ZodType<T>): Validated<T> {
  return validateCsv(parseCsv(file, text, columns), file, schema, {required: columns, optional: []});
}

/** The four files, generated by `npm run data:build` into public/gazetteer/ and served as they are. */
export const GAZETTEER_FILES = {places: 'places.csv', counties: 'counties.csv', zips: 'zips.csv', psPlaces: 'ps-places.csv'} as const;
export type GazetteerTexts = Record<keyof typeof GAZETTEER_FILES, string>;

/** Reads all four files: each row with its spreadsheet row number, and the problems found. */
export function readGazetteer(texts: GazetteerTexts) {
  const file = (key: keyof GazetteerTexts) => `gazetteer/${GAZETTEER_FILES[key]}`;
  return {
    places: readGazetteerCsv(file('places'), texts.places, PLACE_COLUMNS, placeRowSchema),
    counties: readGazetteerCsv(file('counties'), texts.counties, COUNTY_COLUMNS, countyRowSchema),
    zips: readGazetteerCsv(file('zips'), texts.zips, ZIP_COLUMNS, zipRowSchema),
    psPlaces: readGazetteerCsv(file('psPlaces'), texts.psPlaces, PS_PLACE_COLUMNS, psPlaceRowSchema)
  };
}

/** A place or a county of the gazetteer, as search and a place's profile read it (both row kinds fit it). */
export interface GazetteerPlace {
  id: string;
  name: string;
  state: string;
  kind: string;
  /** The county a place lies in (places only). */
  county?: string;
  /** Unknown for some places (a county subdivision without a census count in the input). */
  population?: number;
  lon: number;
  lat: number;
}

/** The gazetteer's rows, without their row numbers: what search and "near me" use. */
export interface Gazetteer {
  places: readonly PlaceRow[];
  counties: readonly CountyRow[];
  zips: readonly ZipRow[];
  /** Palestinian places from GeoNames, for search; the curated localities stay in data/. */
  psPlaces: readonly PsPlaceRow[];
}

export function gazetteerRows(read: ReturnType<typeof readGazetteer>): Gazetteer {
  const rows = <T,>(v: Validated<T>) => v.records.map((r) => r.record);
  return {places: rows(read.places), counties: rows(read.counties), zips: rows(read.zips), psPlaces: rows(read.psPlaces)};
}
