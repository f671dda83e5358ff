import type {z} from 'zod';
import type {DataIssue, LngLat} from '../domain/records';
import {rawIssue} from '../i18n/data-issue';
import {type Message, message} from '../i18n/message';
import type {Confidence} from '../domain/vocabulary';
import type {CsvTable} from './csv';
import {readFeaturesLeniently} from './lenient-json';
import {weakSourceProblem} from './sources';
import {fastCheckOf, UNCHECKED} from './fields';
import {pointGeometry} from './schemas';

export interface Located<T> {
  /** Where the record came from: spreadsheet row, or 1-based feature position in GeoJSON. */
  row: number;
  record: T;
}

export interface Validated<T> {
  records: Located<T>[];
  issues: DataIssue[];
  /** The ids of rows that were reported and left off, so that references to them can say why. */
  rejectedIds: Set<string>;
}

// The data policy: no personal contact details anywhere. Public source URLs are exempt from the phone check
// because article ids can look like numbers. The cheap tests first: at national scale these run on every cell.
const EMAIL = /[^\s@/]+@[^\s@/]+\.[a-z]{2,}/i;
const PHONE = /(?:\+1[\s.-]?)?\(?\b\d{3}\)?[\s.-]\d{3}[\s.-]\d{4}\b/;
const SEVEN_DIGITS = /(?:\d\D{0,3}){7}/;
/** Invisible direction overrides and isolates (U+202A–U+202E, U+2066–U+2069) can make a name display as another. */
const BIDI_CONTROL = /[\u202a-\u202e\u2066-\u2069]/;

/** What a cell must contain to break the policy at all: an @ or a direction control; the digits are tested apart. */
const SUSPECT = /[@\u202a-\u202e\u2066-\u2069]/;

function policyProblem(column: string, value: unknown): Message | undefined {
  if (typeof value !== 'string') return undefined;
  if (SUSPECT.test(value)) {
    const bidi = BIDI_CONTROL.exec(value);
    if (bidi) {
      const code = bidi[0].charCodeAt(0).toString(16).toUpperCase();
      return message('issue.bidiControl', {code});
    }
    if (EMAIL.test(value)) return message('issue.email');
  }
  if (!column.includes('url') && SEVEN_DIGITS.test(value) && PHONE.test(value)) return message('issue.phone');
  return undefined;
}

/** The data-policy problems of a row's cells, each named by its column; usually none. */
function policyProblems(file: string, row: number, input: Record<string, unknown>): DataIssue[] | undefined {
  let problems: DataIssue[] | undefined;
  for (const column in input) {
    if (!Object.hasOwn(input, column)) continue;
    const text = policyProblem(column, input[column]);
    if (text) (problems ??= []).push({file, row, column, text});
  }
  return problems;
}

/**
 * A zod issue as a message. The schemas' own messages are catalog keys (issue.*, src/loaders/fields.ts), with
 * their values in `params` or, for a vocabulary, its words; zod's defaults, for the few fields without one, are
 * named by their code; anything else keeps zod's English words.
 */
export function zodIssueText(issue: z.core.$ZodIssue): Message {
  if (issue.message.startsWith('issue.')) {
    const values = issue.code === 'invalid_value' ? {values: issue.values.map(String).join(', ')} : issue.code === 'custom' ? issue.params : undefined;
    return message(issue.message, values);
  }
  // The issue no longer holds the input (zod leaves it out), so what was received is read from zod's own words.
  const received = issue.code === 'invalid_type' ? /, received (\S+)$/.exec(issue.message)?.[1] : undefined;
  if (issue.code === 'invalid_type' && received) return message('issue.zodType', {expected: issue.expected, received});
  if (issue.code === 'invalid_union') return message('issue.zodInvalid');
  if (issue.code === 'too_small' && issue.origin === 'number') {
    return message('issue.zodTooSmall', {inclusive: issue.inclusive ? 'yes' : 'no', minimum: String(issue.minimum)});
  }
  return rawIssue(issue.message);
}

function issuesFromZod(file: string, row: number, error: z.ZodError, input: Record<string, unknown>): DataIssue[] {
  return error.issues.map((issue) => {
    const column = String(issue.path[0] ?? '');
    const value = Object.hasOwn(input, column) ? input[column] : undefined;
    const text = zodIssueText(issue);
    return typeof value === 'string' && value !== '' ? {file, row, column, text, found: value.slice(0, 80)} : {file, row, column, text};
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
  const rejectedIds = new Set<string>();
  const reject = (input: Record<string, unknown>) => {
    const id = Object.hasOwn(input, 'id') ? input.id : undefined;
    if (typeof id === 'string' || typeof id === 'number') rejectedIds.add(String(id).trim());
  };
  const fast = fastCheckOf(schema);
  for (const {row, input} of inputs) {
    const policy = policyProblems(file, row, input);
    if (policy) {
      issues.push(...policy);
      reject(input);
      continue;
    }
    let data = fast ? fast(input) : UNCHECKED;
    if (data === UNCHECKED) {
      const parsed = schema.safeParse(input);
      if (!parsed.success) {
        issues.push(...issuesFromZod(file, row, parsed.error, input));
        reject(input);
        continue;
      }
      data = parsed.data;
    }
    const weak = weakSourceProblem(data as {sources?: readonly string[]; confidence?: Confidence});
    if (weak) {
      issues.push({file, row, column: 'source_urls', text: weak});
      reject(input);
      continue;
    }
    const id = (data as {id?: unknown}).id;
    if (typeof id === 'string') {
      const first = seenIds.get(id);
      if (first !== undefined) {
        issues.push({file, row, column: 'id', text: message('issue.duplicateId', {id, first: String(first)})});
        continue;
      }
      seenIds.set(id, row);
    }
    records.push({row, record: data});
  }
  return {records, issues, rejectedIds};
}

/** A file's columns: without a required one no row can be read; an optional one that is absent reads as empty. */
export interface Columns {
  required: readonly string[];
  optional: readonly string[];
}

/** The columns of a file's cell schema: optional are those whose schema accepts an empty cell. */
export function columnsOf(cells: z.ZodObject): Columns {
  const names = Object.keys(cells.shape);
  const acceptsEmpty = (name: string) => (cells.shape[name] as z.ZodType).safeParse('').success;
  return {required: names.filter((n) => !acceptsEmpty(n)), optional: names.filter(acceptsEmpty)};
}

export function validateCsv<S extends z.ZodType>(table: CsvTable, file: string, schema: S, columns: Columns): Validated<z.output<S>> {
  const missing = columns.required.filter((c) => !table.header.includes(c));
  const headerIssues = missing.map((column) => ({file, row: 1, column, text: message('issue.missingColumn')}));
  if (missing.length > 0) return {records: [], issues: [...table.issues, ...headerIssues], rejectedIds: new Set()};
  const absent = columns.optional.filter((c) => !table.header.includes(c));
  const blanks = Object.fromEntries(absent.map((c) => [c, '']));
  const inputs = table.rows.map(({row, cells}) => ({row, input: absent.length > 0 ? {...cells, ...blanks} : cells}));
  const result = validateAll(file, inputs, schema);
  return {...result, issues: [...table.issues, ...result.issues]};
}

/**
 * Parses a FeatureCollection of points; properties go through the schema, and the point is added. A feature
 * that cannot be read is reported with its position and left off; the others are kept.
 */
export function validatePointFeatures<S extends z.ZodType>(
  file: string,
  text: string,
  schema: S
): Validated<z.output<S> & {point: LngLat}> {
  const read = readFeaturesLeniently(text);
  if ('error' in read) return {records: [], issues: [{file, row: 0, column: '', text: read.error}], rejectedIds: new Set()};
  const readIssues: DataIssue[] = read.problems.map((p) => ({file, row: p.feature, column: '', text: p.text}));
  const inputs: {row: number; input: Record<string, unknown>}[] = [];
  const points = new Map<number, LngLat>();
  const unplaced: string[] = [];
  for (const {position: row, value} of read.features) {
    const feature = value as {geometry?: unknown; properties?: unknown} | null;
    const properties = feature?.properties;
    if (properties === null || typeof properties !== 'object' || Array.isArray(properties)) {
      readIssues.push({file, row, column: 'properties', text: message('issue.noProperties')});
      continue;
    }
    const geometry = pointGeometry.safeParse(feature?.geometry);
    if (!geometry.success) {
      readIssues.push({file, row, column: 'geometry', text: geometry.error.issues[0] ? zodIssueText(geometry.error.issues[0]) : message('issue.zodInvalid')});
      const id = (properties as {id?: unknown}).id;
      if (typeof id === 'string' || typeof id === 'number') unplaced.push(String(id).trim());
      continue;
    }
    points.set(row, geometry.data.coordinates);
    inputs.push({row, input: properties as Record<string, unknown>});
  }
  const result = validateAll(file, inputs, schema);
  return {
    records: result.records.map(({row, record}) => ({row, record: Object.assign({}, record as object, {point: points.get(row)!}) as z.output<S> & {point: LngLat}})),
    issues: [...readIssues, ...result.issues],
    rejectedIds: new Set([...result.rejectedIds, ...unplaced])
  };
}
