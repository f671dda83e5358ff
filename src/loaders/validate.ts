import type {z} from 'zod';
import type {DataIssue, LngLat} from '../domain/records';
import type {CsvTable} from './csv';
import {pointGeometry} from './schemas';

export interface Located<T> {
  /** Where the record came from: spreadsheet row, or 1-based feature position in GeoJSON. */
  row: number;
  record: T;
}

export interface Validated<T> {
  records: Located<T>[];
  issues: DataIssue[];
}

// The data policy: no personal contact details anywhere. Public source URLs are exempt from the phone check
// because article ids can look like numbers.
const EMAIL = /[^\s@/]+@[^\s@/]+\.[a-z]{2,}/i;
const PHONE = /(?:\+1[\s.-]?)?\(?\b\d{3}\)?[\s.-]\d{3}[\s.-]\d{4}\b/;

function policyProblem(column: string, value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  if (EMAIL.test(value)) return 'contains an email address, which the data policy does not allow';
  if (!column.includes('url') && PHONE.test(value)) return 'contains a phone number, which the data policy does not allow';
  return undefined;
}

function issuesFromZod(file: string, row: number, error: z.ZodError, input: Record<string, unknown>): DataIssue[] {
  return error.issues.map((issue) => {
    const column = String(issue.path[0] ?? '');
    const value = column in input ? input[column] : undefined;
    const shown = typeof value === 'string' && value !== '' ? ` (found "${value.slice(0, 80)}")` : '';
    return {file, row, column, message: `${issue.message}${shown}`};
  });
}

/** Checks each record; a bad record is reported and dropped, and every good one is kept. */
function validateAll<S extends z.ZodType>(
  file: string,
  inputs: readonly {row: number; input: Record<string, unknown>}[],
  schema: S
): Validated<z.output<S>> {
  const records: Located<z.output<S>>[] = [];
  const issues: DataIssue[] = [];
  const seenIds = new Map<string, number>();
  for (const {row, input} of inputs) {
    const policy = Object.entries(input).flatMap(([column, value]) => {
      const message = policyProblem(column, value);
      return message ? [{file, row, column, message}] : [];
    });
    if (policy.length > 0) {
      issues.push(...policy);
      continue;
    }
    const parsed = schema.safeParse(input);
    if (!parsed.success) {
      issues.push(...issuesFromZod(file, row, parsed.error, input));
      continue;
    }
    const id = (parsed.data as {id?: unknown}).id;
    if (typeof id === 'string') {
      const first = seenIds.get(id);
      if (first !== undefined) {
        issues.push({file, row, column: 'id', message: `duplicate id "${id}" (first used in row ${first})`});
        continue;
      }
      seenIds.set(id, row);
    }
    records.push({row, record: parsed.data});
  }
  return {records, issues};
}

export function validateCsv<S extends z.ZodType>(
  table: CsvTable,
  file: string,
  schema: S,
  columns: readonly string[]
): Validated<z.output<S>> {
  const missing = columns.filter((c) => !table.header.includes(c));
  const headerIssues = missing.map((column) => ({file, row: 1, column, message: 'missing column'}));
  if (missing.length > 0) return {records: [], issues: [...table.issues, ...headerIssues]};
  const result = validateAll(file, table.rows.map(({row, cells}) => ({row, input: cells})), schema);
  return {records: result.records, issues: [...table.issues, ...result.issues]};
}

/** Parses a FeatureCollection of points; properties go through the schema, and the point is added. */
export function validatePointFeatures<S extends z.ZodType>(
  file: string,
  text: string,
  schema: S
): Validated<z.output<S> & {point: LngLat}> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return {records: [], issues: [{file, row: 0, column: '', message: `not valid JSON: ${(error as Error).message}`}]};
  }
  const features = (json as {type?: unknown; features?: unknown})?.features;
  if ((json as {type?: unknown})?.type !== 'FeatureCollection' || !Array.isArray(features)) {
    return {records: [], issues: [{file, row: 0, column: '', message: 'must be a GeoJSON FeatureCollection'}]};
  }
  const geometryIssues: DataIssue[] = [];
  const inputs: {row: number; input: Record<string, unknown>}[] = [];
  const points = new Map<number, LngLat>();
  features.forEach((feature: {geometry?: unknown; properties?: unknown}, i) => {
    const row = i + 1;
    const geometry = pointGeometry.safeParse(feature?.geometry);
    if (!geometry.success) {
      geometryIssues.push({file, row, column: 'geometry', message: geometry.error.issues[0]?.message ?? 'invalid'});
      return;
    }
    points.set(row, geometry.data.coordinates);
    inputs.push({row, input: (feature.properties ?? {}) as Record<string, unknown>});
  });
  const result = validateAll(file, inputs, schema);
  return {
    records: result.records.map(({row, record}) => ({row, record: Object.assign({}, record as object, {point: points.get(row)!}) as z.output<S> & {point: LngLat}})),
    issues: [...geometryIssues, ...result.issues]
  };
}
