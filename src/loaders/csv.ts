import Papa from 'papaparse';
import type {DataIssue} from '../domain/records';

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
  const issues: DataIssue[] = others.map((e) => ({file, row: spreadsheetRow(e), column: '', message: e.message}));
  if (mismatched.length > MAX_LISTED) {
    const rows = mismatched.map(spreadsheetRow);
    issues.push({
      file, row: rows[0]!, column: '',
      message: `${mismatched.length} rows (${rows.slice(0, MAX_LISTED).join(', ')}, …) do not have the ${header.length} fields of the header: check the separators and quotes of the file`
    });
  } else {
    issues.push(...mismatched.map((e) => ({file, row: spreadsheetRow(e), column: '', message: e.message})));
  }
  // A row with too many or too few fields has its cells shifted: none of them can be trusted.
  const broken = new Set(mismatched.map(spreadsheetRow));
  const rows = result.data.map((cells, i) => ({row: i + 2, cells})).filter(({row}) => !broken.has(row));
  return {header, rows, issues};
}
