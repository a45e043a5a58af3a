import { useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Card, Flex } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import {
  DEPUTY_EDUCATION_LABELS,
  DEPUTY_GENDER_LABELS,
  DEPUTY_IMPORT_COLUMNS,
  DEPUTY_IMPORT_MAX_ROWS,
  DEPUTY_LEVEL_LABELS,
  DEPUTY_PARTY_LABELS,
  DEPUTY_SECTOR_LABELS,
  PRESIDIUM_ROLE_LABELS,
  deputyImportColumnKey,
  markDuplicateDeputyRows,
  parseDeputyImportRow,
  type DeputyImportRow,
} from '@pcs/domain';
import { countyToday, ExcelImport, PageHeader, useLanguage, type ImportCommitResult, type ImportReport, type ImportRowReport } from '@pcs/ui';
import { useTRPC, useTRPCClient } from '../../../api/trpc';
import { loadExcelJs, saveBlob } from '../common/files';
import { DNS } from '../../../i18n/texts';

/** Rows sent per preview call: large files show real progress and no call grows too big. */
const CHUNK = 200;
const FIRST_DATA_ROW = 2;

/** A sheet row as read, with its row number in the sheet (blank rows in between are not sent). */
interface SheetRow {
  record: DeputyImportRow;
  number: number;
}

/** A cell as text: dates as ISO days, rich text and formulas by their shown value. */
function cellText(value: unknown): string {
  if (value == null) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    const v = value as { text?: unknown; result?: unknown; richText?: Array<{ text: string }> };
    if (v.richText) return v.richText.map((r) => r.text).join('');
    if (v.result !== undefined) return cellText(v.result);
    if (v.text !== undefined) return String(v.text);
  }
  return String(value).trim();
}

const listText = (labels: Record<string, { zh: string }>) => Object.values(labels).map((l) => l.zh).join(',');

/**
 * Importing a roster: download the template, upload the filled sheet, see every row checked
 * (by the API, with the form's own schema), then commit all rows at once or none.
 */
export function ImportPage() {
  const { t } = useTranslation(DNS);
  const { pick } = useLanguage();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const trpc = useTRPC();
  const client = useTRPCClient();
  const queryClient = useQueryClient();
  const groups = useQuery(trpc.deputyGroups.options.queryOptions());
  const stations = useQuery(trpc.liaisonStations.options.queryOptions());
  const downloadTemplate = async () => {
    const ExcelJS = await loadExcelJs();
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('代表名册');
    sheet.addRow(DEPUTY_IMPORT_COLUMNS.map((c) => (c.required ? `${c.zh}*` : c.zh))).font = { bold: true };
    sheet.addRow(DEPUTY_IMPORT_COLUMNS.map((c) => (c.key === 'note' ? t('import.sheetExample') : c.key === 'groupName' ? (groups.data?.[0]?.name ?? c.example) : c.example)));
    sheet.columns.forEach((column, i) => (column.width = Math.max(10, (DEPUTY_IMPORT_COLUMNS[i]?.zh.length ?? 4) * 2 + 6)));
    const lists: Record<string, string> = {
      gender: listText(DEPUTY_GENDER_LABELS),
      party: listText(DEPUTY_PARTY_LABELS),
      education: listText(DEPUTY_EDUCATION_LABELS),
      sector: listText(DEPUTY_SECTOR_LABELS),
      presidiumRole: listText(PRESIDIUM_ROLE_LABELS),
      status: '在任,补选在任',
    };
    DEPUTY_IMPORT_COLUMNS.forEach((c, i) => {
      const list = lists[c.key];
      if (!list) return;
      const letter = String.fromCharCode(65 + i);
      for (let r = FIRST_DATA_ROW; r <= DEPUTY_IMPORT_MAX_ROWS + 1; r++) sheet.getCell(`${letter}${r}`).dataValidation = { type: 'list', allowBlank: !c.required, formulae: [`"${list}"`] };
    });
    const help = workbook.addWorksheet('填写说明');
    help.columns = [{ width: 18 }, { width: 90 }];
    help.addRow(['列', '填写要求']).font = { bold: true };
    const allowed: Record<string, string> = {
      ...lists,
      levels: `${Object.values(DEPUTY_LEVEL_LABELS).map((l) => l.zh).join('、')}；可填多个，用“、”分隔（也可简写为 乡镇、县、市）`,
      birthDate: '如 1975-03-12、1975/3/12、1975年3月12日；只有出生年月时填 1975.03',
      electedOn: '日期，补选代表必填',
      termNo: '如 18 或 第十八届',
      groupName: `须为已建立的代表小组：${(groups.data ?? []).map((g) => g.name).join('、') || '（尚未建立）'}`,
      stationName: `须为已建立的联络站：${(stations.data ?? []).map((s) => s.name).join('、') || '（尚未建立）'}`,
    };
    for (const c of DEPUTY_IMPORT_COLUMNS) help.addRow([`${c.zh}${c.required ? '（必填）' : ''}`, allowed[c.key] ?? (c.required ? '必填' : '选填')]);
    help.addRow([]);
    help.addRow(['说明', '第一行为表头，请勿修改；同一届次中姓名和出生日期相同的视为同一人，已在名册中的不能重复导入。']);
    const buffer = await workbook.xlsx.writeBuffer();
    saveBlob(new Blob([buffer], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }), `${t('import.templateFile')}.xlsx`);
  };

  const read = async (buffer: ArrayBuffer) => {
    const ExcelJS = await loadExcelJs();
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(buffer);
    const sheet = workbook.worksheets[0];
    if (!sheet) throw new Error(t('import.noRows'));
    const header = (sheet.getRow(1).values as unknown[]).map(cellText);
    const keys = header.map((h) => (h ? deputyImportColumnKey(h) : undefined));
    const unknown = header.filter((h, i) => h && !keys[i]);
    const missing = DEPUTY_IMPORT_COLUMNS.filter((c) => c.required && !keys.includes(c.key)).map((c) => c.zh);
    if (missing.length) throw new Error(t('import.missingColumns', { columns: missing.join('、') }));
    const rows: SheetRow[] = [];
    sheet.eachRow({ includeEmpty: false }, (row, number) => {
      if (number < FIRST_DATA_ROW) return;
      const values = row.values as unknown[];
      const record: DeputyImportRow = {};
      keys.forEach((key, i) => {
        if (key) record[key] = cellText(values[i]).slice(0, 1000);
      });
      if (Object.values(record).every((v) => !v) || record.note === t('import.sheetExample')) return;
      rows.push({ record, number });
    });
    if (rows.length === 0) throw new Error(t('import.noRows'));
    if (rows.length > DEPUTY_IMPORT_MAX_ROWS) throw new Error(t('import.tooMany', { max: DEPUTY_IMPORT_MAX_ROWS }));
    return { rows, warnings: unknown.length ? [t('import.unknownColumns', { columns: unknown.join('、') })] : [] };
  };

  const check = async (rows: SheetRow[], progress: (done: number, total: number) => void): Promise<ImportReport> => {
    const results: ImportRowReport[] = [];
    for (let start = 0; start < rows.length; start += CHUNK) {
      const chunk = rows.slice(start, start + CHUNK);
      const preview = await client.deputies.importPreview.mutate({ rows: chunk.map((r) => r.record), firstRowNumber: FIRST_DATA_ROW + start });
      preview.rows.forEach((r, i) => results.push({ row: chunk[i]?.number ?? r.row, label: r.name, issues: r.issues.map((issue) => ({ message: pick(issue.message) })) }));
      progress(Math.min(rows.length, start + CHUNK), rows.length);
    }
    // Repeats across chunks: the same domain check over the whole file.
    const local = rows.map((row) => parseDeputyImportRow(row.record, row.number, countyToday()));
    markDuplicateDeputyRows(local);
    local.forEach((l, i) => {
      const result = results[i]!;
      if (result.issues.length === 0 && l.issues.length > 0) result.issues = l.issues.map((issue) => ({ message: pick(issue.message) }));
    });
    return { rows: results, commitCount: results.length };
  };

  const commit = async (rows: SheetRow[]): Promise<ImportCommitResult<number>> => {
    const result = await client.deputies.importCommit.mutate({ rows: rows.map((r) => r.record), firstRowNumber: FIRST_DATA_ROW });
    return { committed: true, done: result.created };
  };

  const downloadErrors = async (report: ImportReport) => {
    const ExcelJS = await loadExcelJs();
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet(t('import.errorReportFile').slice(0, 31));
    sheet.columns = [{ width: 8 }, { width: 14 }, { width: 100 }];
    sheet.addRow([t('import.columns.row'), t('import.columns.name'), t('import.columns.problems')]).font = { bold: true };
    for (const r of report.rows.filter((x) => x.issues.length > 0)) sheet.addRow([r.row, r.label, r.issues.map((i) => i.message).join('；')]);
    const buffer = await workbook.xlsx.writeBuffer();
    saveBlob(new Blob([buffer], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }), `${t('import.errorReportFile')}.xlsx`);
  };

  return (
    <Flex vertical gap={16} data-testid="deputy-import-page">
      <PageHeader title={t('import.title')} onBack={() => navigate('/deputies')} />
      <Card size="small">
        <ExcelImport<SheetRow, number>
          testIdPrefix="import"
          reportTestId="import-report"
          texts={{
            intro: t('import.intro'),
            template: t('import.template'),
            drop: t('import.choose'),
            reading: t('import.reading'),
            checking: (done, total) => t('import.checking', { done, total }),
            summary: (report, invalid) => ({
              title: t('import.summary', { total: report.rows.length, valid: report.rows.length - invalid, invalid }),
              description: invalid ? t('import.hasErrors', { invalid }) : t('import.allGood', { total: report.rows.length }),
            }),
            commit: (count) => t('import.commit', { count }),
            caption: t('import.title'),
            ok: t('import.ok'),
            bad: t('import.bad'),
            columns: { row: t('import.columns.row'), label: t('import.columns.name'), result: t('import.columns.result'), problems: t('import.columns.problems') },
            errorReport: t('import.errorReport'),
            errorReportFile: t('import.errorReportFile'),
          }}
          downloadTemplate={downloadTemplate}
          read={read}
          check={check}
          commit={commit}
          downloadErrors={downloadErrors}
          onCommitted={(created) => {
            void message.success(t('import.committed', { count: created }));
            void queryClient.invalidateQueries(trpc.deputies.pathFilter()).then(() => navigate('/deputies'));
          }}
        />
      </Card>
    </Flex>
  );
}
