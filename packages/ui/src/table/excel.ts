import type { Column } from '@tanstack/react-table';
import type * as ExcelJsModule from 'exceljs';

export interface Sheet {
  headers: string[];
  rows: Array<Array<string | number | boolean | Date>>;
}

/** Header text of a column: the string header, else meta.headerText, else its id. */
export function headerTextOf<T>(column: Column<T, unknown>): string {
  const { header } = column.columnDef;
  return typeof header === 'string' ? header : (column.columnDef.meta?.headerText ?? column.id);
}

type Pick = (message: { zh: string; en: string }) => string;

const isBilingual = (value: object): value is { zh: string; en: string } =>
  'zh' in value && 'en' in value && typeof value.zh === 'string' && typeof value.en === 'string';

function cellValue(value: unknown, pick: Pick): string | number | boolean | Date {
  if (value == null) return '';
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || value instanceof Date) return value;
  if (Array.isArray(value)) return value.map((v) => String(cellValue(v, pick))).join(pick({ zh: '、', en: ', ' }));
  // A text kept in both languages (a label, a notification body): the reader's.
  if (typeof value === 'object' && isBilingual(value)) return pick(value);
  return JSON.stringify(value);
}

/**
 * The sheet a table exports: its visible data columns with headers in the current language;
 * enumerated values come through each column's `exportValue` (its label, picked), and any
 * `{ zh, en }` value left is picked too.
 */
export function buildSheet<T>(columns: Array<Column<T, unknown>>, rows: readonly T[], pick: Pick): Sheet {
  const exported = columns.filter((c) => !c.columnDef.meta?.noExport && (c.columnDef.meta?.exportValue || c.accessorFn));
  return {
    headers: exported.map(headerTextOf),
    rows: rows.map((row, index) =>
      exported.map((c) => cellValue(c.columnDef.meta?.exportValue ? c.columnDef.meta.exportValue(row) : c.accessorFn?.(row, index), pick)),
    ),
  };
}

type ExcelJs = typeof ExcelJsModule;

/** exceljs loads on demand: it is large. It ships CommonJS, so the API sits on the namespace or on `default`. */
async function loadExcelJs(): Promise<ExcelJs> {
  const module = await import('exceljs');
  return ('Workbook' in module ? module : (module as unknown as { default: ExcelJs }).default) as ExcelJs;
}

/** A further worksheet of a downloaded workbook (e.g. the codes an import template accepts). */
export interface NamedSheet {
  name: string;
  sheet: Sheet;
}

// Excel refuses sheet names over 31 characters or with []:*?/\ in them.
const sheetName = (name: string) => name.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31).trim() || 'Sheet1';

/** Writes the sheet (and any further ones) to an .xlsx file and lets the browser download it. */
export async function downloadXlsx(fileName: string, sheet: Sheet, moreSheets: readonly NamedSheet[] = []): Promise<void> {
  const ExcelJS = await loadExcelJs();
  const workbook = new ExcelJS.Workbook();
  for (const { name, sheet: data } of [{ name: fileName, sheet }, ...moreSheets]) {
    const worksheet = workbook.addWorksheet(sheetName(name));
    worksheet.addRow(data.headers).font = { bold: true };
    for (const row of data.rows) worksheet.addRow(row);
    worksheet.columns.forEach((column, i) => {
      const longest = Math.max(data.headers[i]?.length ?? 0, ...data.rows.map((r) => String(r[i] ?? '').length));
      // CJK characters are about twice as wide as Latin ones in Excel's default font.
      column.width = Math.min(60, Math.max(8, longest * 2 + 2));
    });
  }
  await saveWorkbook(workbook, fileName);
}

/** A workbook laid out by the caller (a printed form: titles, merged cells, signature lines), downloaded as .xlsx. */
export async function downloadWorkbook(fileName: string, build: (workbook: ExcelJsModule.Workbook) => void): Promise<void> {
  const ExcelJS = await loadExcelJs();
  const workbook = new ExcelJS.Workbook();
  build(workbook);
  await saveWorkbook(workbook, fileName);
}

async function saveWorkbook(workbook: ExcelJsModule.Workbook, fileName: string): Promise<void> {
  const buffer = await workbook.xlsx.writeBuffer();
  const url = URL.createObjectURL(new Blob([buffer], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName.endsWith('.xlsx') ? fileName : `${fileName}.xlsx`;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoke after the click has been handled, or some browsers cancel the download.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/**
 * The first worksheet of an .xlsx file as rows of trimmed cell texts (what the cell shows:
 * numbers, formula results and links as text), header row included. Trailing empty rows are dropped.
 */
export async function readXlsx(data: ArrayBuffer): Promise<string[][]> {
  const ExcelJS = await loadExcelJs();
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(data);
  const worksheet = workbook.worksheets[0];
  if (!worksheet) return [];
  const rows: string[][] = [];
  for (let r = 1; r <= worksheet.rowCount; r++) {
    const row = worksheet.getRow(r);
    const cells: string[] = [];
    for (let c = 1; c <= worksheet.columnCount; c++) cells.push(row.getCell(c).text.trim());
    rows.push(cells);
  }
  while (rows.length > 0 && rows[rows.length - 1]!.every((cell) => cell === '')) rows.pop();
  return rows;
}
