import type { Workbook } from 'exceljs';
import { congressBookText } from '@pcs/domain';
import { loadExcelJs, saveBlob } from '../common/files';
import type { CongressBookData } from '../common/types';

/** One book as a worksheet in the reader's language: a title row, then each section's heading, header row and rows. */
export function addBookSheet(workbook: Workbook, book: CongressBookData, pick: (m: { zh: string; en: string }) => string) {
  const name = pick(book.title).replace(/[[\]:*?/\\]/g, ' ').slice(0, 31);
  const sheet = workbook.addWorksheet(name);
  const width = book.columns.length;
  const title = sheet.addRow([`${book.tenantName}${pick(book.owner)} ${book.year} ${pick(book.title)}`]);
  title.font = { bold: true, size: 14 };
  sheet.mergeCells(title.number, 1, title.number, width);
  if (book.note) sheet.addRow([pick(book.note)]);
  for (const section of book.sections) {
    if (section.title) {
      const heading = sheet.addRow([pick(section.title)]);
      heading.font = { bold: true };
      sheet.mergeCells(heading.number, 1, heading.number, width);
    }
    const header = sheet.addRow(book.columns.map((c) => pick(c)));
    header.font = { bold: true };
    header.eachCell((cell) => (cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF0F0F0' } }));
    for (const row of section.rows) sheet.addRow(book.columns.map((c) => congressBookText(row[c.key] ?? null, pick))).alignment = { wrapText: true, vertical: 'top' };
    sheet.addRow([]);
  }
  book.columns.forEach((c, i) => (sheet.getColumn(i + 1).width = Math.round((c.width ?? 1) * 14)));
}

export async function downloadBooks(books: CongressBookData[], fileName: string, pick: (m: { zh: string; en: string }) => string) {
  const ExcelJS = await loadExcelJs();
  const workbook = new ExcelJS.Workbook();
  for (const book of books) addBookSheet(workbook, book, pick);
  const buffer = await workbook.xlsx.writeBuffer();
  saveBlob(new Blob([buffer], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }), `${fileName}.xlsx`);
}
