import Papa from 'papaparse';
import type {DataIssue} from '../domain/records';
import {rawIssue} from '../i18n/data-issue';
import {type Message, message} from '../i18n/message';

export interface CsvTable {
  header: readonly string[];
  /** Each row keyed by header, with the spreadsheet row number it came from (the header is row 1). */
  rows: readonly {row: number; cells: Record<string, string>}[];
  issues: DataIssue[];
}

/** Separators spreadsheets write: commas, tabs (Excel's "Unicode text") and semicolons (Excel in many locales). */
const DELIMITERS = [',', '\t', ';'] as const;

/** The separator whose split of the header line names the most expected columns; a comma when none does. */
export function detectDelimiter(text: string, expectedColumns: readonly string[]): string {
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const expected = new Set(expectedColumns);
  let best: {delimiter: string; known: number} = {delimiter: ',', known: 0};
  for (const delimiter of DELIMITERS) {
    const known = firstLine.split(delimiter).filter((cell) => expected.has(cell.trim().replace(/^"|"$/g, ''))).length;
    if (known > best.known) best = {delimiter, known};
  }
  return best.delimiter;
}

/** PapaParse's problems by their code: its English words, as a catalog's. */
const CSV_PROBLEMS: Partial<Record<string, string>> = {
  MissingQuotes: 'issue.csvQuoteUnterminated',
  InvalidQuotes: 'issue.csvQuoteMalformed',
  TooManyFields: 'issue.csvTooMany',
  TooFewFields: 'issue.csvTooFew'
};

function csvProblem(e: Papa.ParseError): Message {
  const key = CSV_PROBLEMS[e.code];
  if (!key) return rawIssue(e.message);
  // "Too many fields: expected 13 fields but parsed 14": the counts are only in PapaParse's words.
  const [, expected = '', parsed = ''] = /expected (\d+) fields but parsed (\d+)/.exec(e.message) ?? [];
  return message(key, {expected, parsed});
}

/** More rows than this with the same structural problem are reported as one line: the file, not each row, is wrong. */
const MAX_LISTED = 3;

/**
 * Parses CSV text (PapaParse's own worker breaks under Vite builds, so this runs wherever it is called).
 * Structural problems become issues, and every row PapaParse could read is still returned.
 */
export function parseCsv(file: string, text: string, expectedColumns: readonly string[] = []): CsvTable {
  const body = text.replace(/^\uFEFF/, '');
  const result = Papa.parse<Record<string, string>>(body, {
    header: true,
    delimiter: detectDelimiter(body, expectedColumns),
    skipEmptyLines: 'greedy',
    transformHeader: (h) => h.trim()
  });
  const header = result.meta.fields ?? [];
  // PapaParse counts quote errors by raw line (header included) but field-count errors by data row.
  const spreadsheetRow = (e: Papa.ParseError) => (e.row ?? -1) + (e.type === 'Quotes' ? 1 : 2);
  const mismatched = result.errors.filter((e) => e.type === 'FieldMismatch');
  const others = result.errors.filter((e) => e.type !== 'FieldMismatch');
  const issues: DataIssue[] = others.map((e) => ({file, row: spreadsheetRow(e), column: '', text: csvProblem(e)}));
  if (mismatched.length > MAX_LISTED) {
    const rows = mismatched.map(spreadsheetRow);
    issues.push({
      file, row: rows[0]!, column: '',
      text: message('issue.csvMismatched', {count: mismatched.length, n: String(mismatched.length), rows: rows.slice(0, MAX_LISTED).join(', '), fields: header.length})
    });
  } else {
    issues.push(...mismatched.map((e) => ({file, row: spreadsheetRow(e), column: '', text: csvProblem(e)})));
  }
  // A row with too many or too few fields has its cells shifted: none of them can be trusted.
  const broken = new Set(mismatched.map(spreadsheetRow));
  const rows = result.data.map((cells, i) => ({row: i + 2, cells})).filter(({row}) => !broken.has(row));
  return {header, rows, issues};
}
