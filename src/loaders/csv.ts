import Papa from 'papaparse';
import type {DataIssue} from '../domain/records';

export interface CsvTable {
  header: readonly string[];
  /** Each row keyed by header, with the spreadsheet row number it came from (the header is row 1). */
  rows: readonly {row: number; cells: Record<string, string>}[];
  issues: DataIssue[];
}

/**
 * Parses CSV text on the main thread (our files are small; PapaParse's own worker breaks under Vite
 * builds). Structural problems become issues, and every row PapaParse could read is still returned.
 */
export function parseCsv(file: string, text: string): CsvTable {
  const result = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), {
    header: true,
    delimiter: ',',
    skipEmptyLines: 'greedy',
    transformHeader: (h) => h.trim()
  });
  const header = result.meta.fields ?? [];
  // PapaParse counts quote errors by raw line (header included) but field-count errors by data row.
  const spreadsheetRow = (e: Papa.ParseError) => (e.row ?? -1) + (e.type === 'Quotes' ? 1 : 2);
  const issues: DataIssue[] = result.errors.map((e) => ({file, row: spreadsheetRow(e), column: '', message: e.message}));
  // A row with too many or too few fields has its cells shifted: none of them can be trusted.
  const broken = new Set(result.errors.filter((e) => e.type === 'FieldMismatch').map(spreadsheetRow));
  const rows = result.data.map((cells, i) => ({row: i + 2, cells})).filter(({row}) => !broken.has(row));
  return {header, rows, issues};
}
