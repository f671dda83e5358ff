/**
 * The gazetteer files in data/gazetteer/: their columns, row types and schemas. The build writes rows
 * with `toCsv`; the app reads the same files with `readGazetteerCsv` and the same schemas, so a file that the
 * build produced always loads, and a hand edit that breaks a rule becomes a DataIssue, not a gap.
 *
 * Everything here is browser-safe (zod + papaparse, no Node APIs).
 */
import Papa from 'papaparse';
import {z} from 'zod';
import type {Jurisdiction} from '../domain/records';
import {USPS_CODES} from '../domain/us-states';
import {parseCsv} from '../loaders/csv';
import {type Validated, validateCsv} from '../loaders/validate';

export const PLACE_COLUMNS = ['id', 'name', 'state', 'kind', 'population', 'lon', 'lat'] as const;
export const COUNTY_COLUMNS = ['id', 'name', 'state', 'kind', 'lon', 'lat'] as const;
export const ZIP_COLUMNS = ['zip', 'lon', 'lat'] as const;

/** Kinds a place row may carry; the build writes 'city' because GeoNames does not say which one applies. */
export const PLACE_KINDS = ['city', 'town', 'village', 'borough', 'township'] as const;

/** 7-digit Census place GEOID, or the fallback `gn` + GeoNames id (see data/README.md, "Gazetteer"). */
const PLACE_ID = /^(\d{7}|gn\d+)$/;

// Papaparse hands every cell over as a string; numbers are parsed here so ids and ZIPs keep leading zeros.
const decimal = (min: number, max: number) =>
  z
    .string()
    .regex(/^-?\d+(\.\d+)?$/, 'expected a decimal number')
    .transform(Number)
    .pipe(z.number().min(min).max(max));

const name = z.string().trim().min(1, 'expected a name');
const state = z.string().refine((code) => USPS_CODES.includes(code), 'expected a USPS state or territory code');

export const placeRowSchema = z.object({
  id: z.string().regex(PLACE_ID, 'expected a 7-digit Census GEOID or gn<GeoNames id>'),
  name,
  state,
  kind: z.enum(PLACE_KINDS),
  population: z.string().regex(/^\d+$/, 'expected a whole number').transform(Number),
  lon: decimal(-180, 180),
  lat: decimal(-90, 90)
});

export const countyRowSchema = z.object({
  id: z.string().regex(/^\d{5}$/, 'expected a 5-digit county GEOID'),
  name,
  state,
  kind: z.literal('county'),
  lon: decimal(-180, 180),
  lat: decimal(-90, 90)
});

export const zipRowSchema = z.object({
  zip: z.string().regex(/^\d{5}$/, 'expected a 5-digit ZIP code'),
  lon: decimal(-180, 180),
  lat: decimal(-90, 90)
});

export type PlaceRow = z.output<typeof placeRowSchema>;
export type CountyRow = z.output<typeof countyRowSchema>;
export type ZipRow = z.output<typeof zipRowSchema>;

type CsvValue = string | number;

/** Rounds to `digits` decimals; the result prints without float noise (k / 10^digits is exact in print). */
export function roundTo(value: number, digits: number): number {
  const factor = 10 ** digits;
  const rounded = Math.round(value * factor) / factor;
  // -0 prints as "0" but is not equal to 0 under Object.is, which test matchers use.
  return rounded === 0 ? 0 : rounded;
}

/** One header line, one line per row, "\n" endings and a final newline, so two builds compare byte for byte. */
export function toCsv<C extends string>(columns: readonly C[], rows: readonly Record<C, CsvValue>[]): string {
  const data = rows.map((row) => columns.map((column) => String(row[column])));
  return `${Papa.unparse({fields: [...columns], data}, {newline: '\n'})}\n`;
}

/**
 * Reads a gazetteer file with the same parser and validator as the rest of data/: a bad row is reported with
 * its spreadsheet row and column and left out, duplicate ids included.
 */
export function readGazetteerCsv<T>(file: string, text: string, columns: readonly string[], schema: z.ZodType<T>): Validated<T> {
  return validateCsv(parseCsv(file, text), file, schema, columns);
}

/** A gazetteer row as the app's domain type. */
export function toJurisdiction(row: PlaceRow | CountyRow): Jurisdiction {
  const jurisdiction: Jurisdiction = {id: row.id, name: row.name, state: row.state, kind: row.kind, point: [row.lon, row.lat]};
  if ('population' in row) jurisdiction.population = row.population;
  return jurisdiction;
}
