import type { Column } from '@tanstack/react-table';

export interface Sheet {
  headers: string[];
  rows: Array<Array<string | number | boolean | Date>>;
}

/** Header text of a column: the string header, else meta.headerText, else its id. */
export function headerTextOf<T>(column: Column<T, unknown>): string {
  const { header } = column.columnDef;
  return typeof header === 'string' ? header : (column.columnDef.meta?.headerText ?? column.id);
}

function cellValue(value: unknown): string | number | boolean | Date {
  if (value == null) return '';
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || value instanceof Date) return value;
  if (Array.isArray(value)) return value.map((v) => String(cellValue(v))).join('、');
  return JSON.stringify(value);
}

/** The sheet a table exports: its visible data columns with headers in the current language. */
export function buildSheet<T>(columns: Array<Column<T, unknown>>, rows: readonly T[]): Sheet {
  const exported = columns.filter((c) => !c.columnDef.meta?.noExport && (c.columnDef.meta?.exportValue || c.accessorFn));
  return {
    headers: exported.map(headerTextOf),
    rows: rows.map((row, index) =>
      exported.map((c) => cellValue(c.columnDef.meta?.exportValue ? c.columnDef.meta.exportValue(row) : c.accessorFn?.(row, index))),
    ),
  };
}

/** Writes the sheet to an .xlsx file and lets the browser download it. exceljs loads on demand: it is large. */
export async function downloadXlsx(fileName: string, sheet: Sheet): Promise<void> {
  const module = await import('exceljs');
  // exceljs ships CommonJS; depending on the bundler the API sits on the namespace or on `default`.
  const ExcelJS = ('Workbook' in module ? module : (module as unknown as { default: typeof module }).default) as typeof module;
  const workbook = new ExcelJS.Workbook();
  // Excel refuses sheet names over 31 characters or with []:*?/\ in them.
  const worksheet = workbook.addWorksheet(fileName.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31).trim() || 'Sheet1');
  worksheet.addRow(sheet.headers).font = { bold: true };
  for (const row of sheet.rows) worksheet.addRow(row);
  worksheet.columns.forEach((column, i) => {
    const longest = Math.max(sheet.headers[i]?.length ?? 0, ...sheet.rows.map((r) => String(r[i] ?? '').length));
    // CJK characters are about twice as wide as Latin ones in Excel's default font.
    column.width = Math.min(60, Math.max(8, longest * 2 + 2));
  });
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
