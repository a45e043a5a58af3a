import { describe, expect, it } from 'vitest';
import { createColumnHelper, getCoreRowModel, createTable } from '@tanstack/react-table';
import ExcelJS from 'exceljs';
import { buildSheet, readXlsx } from './excel';

interface Row {
  name: string;
  tags: string[];
  population: number | null;
}

const column = createColumnHelper<Row>();

describe('buildSheet', () => {
  it('uses the header texts and plain values, and leaves out display and noExport columns', () => {
    const columns = [
      column.accessor('name', { header: '名称' }),
      column.accessor('tags', { header: '标签' }),
      column.accessor('population', { header: () => 'P', meta: { headerText: '人口', exportValue: (r) => r.population ?? '' } }),
      column.accessor('name', { id: 'hidden', header: 'x', meta: { noExport: true } }),
      column.display({ id: 'actions', header: '操作' }),
    ];
    const table = createTable<Row>({
      data: [],
      columns,
      getCoreRowModel: getCoreRowModel(),
      state: {},
      onStateChange: () => {},
      renderFallbackValue: null,
    });
    const sheet = buildSheet(table.getAllLeafColumns(), [
      { name: '东村', tags: ['a', 'b'], population: 1200 },
      { name: '西村', tags: [], population: null },
    ], (m) => m.zh);
    expect(sheet.headers).toEqual(['名称', '标签', '人口']);
    expect(sheet.rows).toEqual([
      ['东村', 'a、b', 1200],
      ['西村', '', ''],
    ]);
  });

  it("exports a value kept in both languages in the reader's", () => {
    const labelled = createColumnHelper<{ kind: { zh: string; en: string }; tags: string[] }>();
    const table = createTable({
      data: [],
      columns: [labelled.accessor('kind', { header: 'Kind' }), labelled.accessor('tags', { header: 'Tags' })],
      getCoreRowModel: getCoreRowModel(),
      state: {},
      onStateChange: () => {},
      renderFallbackValue: null,
    });
    const rows = [{ kind: { zh: '新交办', en: 'Assigned' }, tags: ['a', 'b'] }];
    expect(buildSheet(table.getAllLeafColumns(), rows, (m) => m.en).rows).toEqual([['Assigned', 'a, b']]);
    expect(buildSheet(table.getAllLeafColumns(), rows, (m) => m.zh).rows).toEqual([['新交办', 'a、b']]);
  });
});

describe('readXlsx', () => {
  it('reads the first sheet as cell texts: numbers, links and blanks included, trailing empty rows dropped', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('用户');
    sheet.addRow(['用户名 username', '电话 phone', '邮箱 email']);
    sheet.addRow([' li.si ', 13800000000, { text: 'li@example.cn', hyperlink: 'mailto:li@example.cn' }]);
    sheet.addRow(['wang', null, '']);
    sheet.addRow([]);
    workbook.addWorksheet('说明').addRow(['ignored']);
    const buffer = await workbook.xlsx.writeBuffer();
    expect(await readXlsx(buffer as ArrayBuffer)).toEqual([
      ['用户名 username', '电话 phone', '邮箱 email'],
      ['li.si', '13800000000', 'li@example.cn'],
      ['wang', '', ''],
    ]);
  });
});
