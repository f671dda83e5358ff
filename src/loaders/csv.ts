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
    skipEmptyLines: 'greedy',
    transformHeader: (h) => h.trim()
  });
  const header = result.meta.fields ?? [];
  const issues: DataIssue[] = result.errors.map((e) => ({
    file,
    row: (e.row ?? -1) + 2,
    column: '',
    message: e.message
  }));
  const rows = result.data.map((cells, i) => ({row: i + 2, cells}));
  return {header, rows, issues};
}
