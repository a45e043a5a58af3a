import { downloadWorkbook } from '@pcs/ui';
import type { ScoreSheet } from './api';

export interface SheetTexts {
  item: string;
  max: string;
  self: string;
  official: string;
  total: string;
  signatures: string;
}

/**
 * The score sheet in the layout offices print: the title over the table, the appraised and the
 * period under it, areas as bold rows with their maxima, the items, self-score and appraisers'
 * score, the total, and the signature line.
 */
export async function exportScoreSheet(sheet: Pick<ScoreSheet, 'title' | 'areas' | 'maxTotal' | 'subject'>, caption: string, texts: SheetTexts): Promise<void> {
  await downloadWorkbook(`${sheet.title}-${sheet.subject.name}`, (workbook) => {
    const ws = workbook.addWorksheet('评分表');
    ws.columns = [{ width: 8 }, { width: 48 }, { width: 10 }, { width: 12 }, { width: 14 }];
    ws.mergeCells('A1:E1');
    ws.getCell('A1').value = sheet.title;
    ws.getCell('A1').font = { bold: true, size: 16 };
    ws.getCell('A1').alignment = { horizontal: 'center' };
    ws.mergeCells('A2:E2');
    ws.getCell('A2').value = caption;
    ws.getCell('A2').alignment = { horizontal: 'center' };
    const header = ws.addRow(['', texts.item, texts.max, texts.self, texts.official]);
    header.font = { bold: true };
    const border = { top: { style: 'thin' as const }, left: { style: 'thin' as const }, bottom: { style: 'thin' as const }, right: { style: 'thin' as const } };
    const rows = [header];
    for (const area of sheet.areas) {
      const areaRow = ws.addRow([area.key, area.name, area.max, area.items.reduce((s, i) => s + (i.self?.points ?? 0), 0), area.items.reduce((s, i) => s + (i.official?.points ?? 0), 0)]);
      areaRow.font = { bold: true };
      rows.push(areaRow);
      for (const item of area.items) rows.push(ws.addRow([item.key, item.name, item.max, item.self?.points ?? '', item.official?.points ?? '']));
    }
    const items = sheet.areas.flatMap((a) => a.items);
    const total = ws.addRow(['', texts.total, sheet.maxTotal, items.reduce((s, i) => s + (i.self?.points ?? 0), 0), items.reduce((s, i) => s + (i.official?.points ?? 0), 0)]);
    total.font = { bold: true };
    rows.push(total);
    for (const row of rows) row.eachCell({ includeEmpty: true }, (cell) => (cell.border = border));
    ws.addRow([]);
    const sign = ws.addRow([texts.signatures]);
    ws.mergeCells(`A${sign.number}:E${sign.number}`);
    ws.pageSetup = { paperSize: 9, orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0 };
  });
}
