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
  DEPUTY_STATUS_LABELS,
  PRESIDIUM_ROLE_LABELS,
  deputyImportColumnKey,
  markDuplicateDeputyRows,
  parseDeputyImportRow,
  dayOf,
  type DeputyImportColumn,
  type DeputyImportRow,
} from '@pcs/domain';
import { countyToday, ExcelImport, LANGUAGES, loadLanguage, PageHeader, useLanguage, type ImportCommitResult, type ImportReport, type ImportRowReport } from '@pcs/ui';
import { importTexts } from '../../../i18n/importTexts';
import { useTRPC, useTRPCClient } from '../../../api/trpc';
import { loadExcelJs, saveBlob } from '../common/files';
import { DNS } from '../../../i18n/deputies';

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
  if (value instanceof Date) return dayOf(value);
  if (typeof value === 'object') {
    const v = value as { text?: unknown; result?: unknown; richText?: Array<{ text: string }> };
    if (v.richText) return v.richText.map((r) => r.text).join('');
    if (v.result !== undefined) return cellText(v.result);
    if (v.text !== undefined) return String(v.text);
  }
  return String(value).trim();
}

type Labels = Record<string, { zh: string; en: string }>;

/** The labels an enumerated column takes, for the template's drop-downs and its notes. */
const COLUMN_LABELS: Record<string, Labels> = {
  gender: DEPUTY_GENDER_LABELS,
  party: DEPUTY_PARTY_LABELS,
  education: DEPUTY_EDUCATION_LABELS,
  sector: DEPUTY_SECTOR_LABELS,
  presidiumRole: PRESIDIUM_ROLE_LABELS,
  status: { serving: DEPUTY_STATUS_LABELS.serving, by_elected: DEPUTY_STATUS_LABELS.by_elected },
};

/**
 * Importing a roster: download the template, upload the filled sheet, see every row checked
 * (by the API, with the form's own schema), then commit all rows at once or none.
 */
export function ImportPage() {
  const { t, i18n } = useTranslation(DNS);
  const { language, pick } = useLanguage();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const trpc = useTRPC();
  const client = useTRPCClient();
  const queryClient = useQueryClient();
  const groups = useQuery(trpc.deputyGroups.options.queryOptions());
  const stations = useQuery(trpc.liaisonStations.options.queryOptions());
  /** The template in the reader's language (headers, drop-downs, notes); a sheet in either language is read back. */
  const downloadTemplate = async () => {
    const ExcelJS = await loadExcelJs();
    const workbook = new ExcelJS.Workbook();
    const header = (c: DeputyImportColumn) => pick(c);
    const listOf = (labels: Labels) => Object.values(labels).map((l) => pick(l));
    // The example row: a Chinese roster's values, with enumerated ones in the reader's language.
    const example = (c: DeputyImportColumn) => {
      if (c.key === 'note') return t('import.sheetExample');
      if (c.key === 'groupName') return groups.data?.[0]?.name ?? c.example;
      if (c.key === 'levels') return language === 'en' ? 'township, county' : c.example;
      const labels = COLUMN_LABELS[c.key];
      const label = labels && Object.values(labels).find((l) => l.zh === c.example);
      return label ? pick(label) : c.example;
    };
    const sheet = workbook.addWorksheet(t('import.sheet.name'));
    sheet.addRow(DEPUTY_IMPORT_COLUMNS.map((c) => (c.required ? `${header(c)}*` : header(c)))).font = { bold: true };
    sheet.addRow(DEPUTY_IMPORT_COLUMNS.map(example));
    sheet.columns.forEach((column, i) => {
      const c = DEPUTY_IMPORT_COLUMNS[i];
      column.width = Math.max(10, c ? (language === 'en' ? header(c).length + 4 : header(c).length * 2 + 6) : 10);
    });
    DEPUTY_IMPORT_COLUMNS.forEach((c, i) => {
      const labels = COLUMN_LABELS[c.key];
      if (!labels) return;
      const letter = String.fromCharCode(65 + i);
      const formulae = [`"${listOf(labels).join(',')}"`];
      for (let r = FIRST_DATA_ROW; r <= DEPUTY_IMPORT_MAX_ROWS + 1; r++) sheet.getCell(`${letter}${r}`).dataValidation = { type: 'list', allowBlank: !c.required, formulae };
    });
    const help = workbook.addWorksheet(t('import.sheet.help'));
    help.columns = [{ width: 22 }, { width: 90 }];
    help.addRow([t('import.sheet.column'), t('import.sheet.rule')]).font = { bold: true };
    const separator = language === 'en' ? ', ' : '、';
    const names = (rows: Array<{ name: string }> | undefined) => (rows ?? []).map((r) => r.name).join(separator) || t('import.sheet.noneYet');
    const rules: Record<string, string> = {
      ...Object.fromEntries(Object.entries(COLUMN_LABELS).map(([key, labels]) => [key, listOf(labels).join(separator)])),
      levels: t('import.sheet.levels', { levels: listOf(DEPUTY_LEVEL_LABELS).join(separator) }),
      birthDate: t('import.sheet.birthDate'),
      electedOn: t('import.sheet.electedOn'),
      termNo: t('import.sheet.termNo'),
      groupName: t('import.sheet.groupName', { names: names(groups.data) }),
      stationName: t('import.sheet.stationName', { names: names(stations.data) }),
    };
    for (const c of DEPUTY_IMPORT_COLUMNS) help.addRow([`${header(c)}${c.required ? t('import.sheet.requiredMark') : ''}`, rules[c.key] ?? t(c.required ? 'import.sheet.required' : 'import.sheet.optional')]);
    help.addRow([]);
    help.addRow([t('import.sheet.notes'), t('import.sheet.notesText')]);
    const buffer = await workbook.xlsx.writeBuffer();
    saveBlob(new Blob([buffer], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }), `${t('import.templateFile')}.xlsx`);
  };

  const read = async (buffer: ArrayBuffer) => {
    // The example row of a template in either language (English is loaded only when first used, decision 82).
    await loadLanguage('en');
    const exampleNotes = LANGUAGES.map((lng) => i18n.getFixedT(lng, DNS)('import.sheetExample'));
    const ExcelJS = await loadExcelJs();
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(buffer);
    const sheet = workbook.worksheets[0];
    if (!sheet) throw new Error(t('import.noRows'));
    const header = (sheet.getRow(1).values as unknown[]).map(cellText);
    const keys = header.map((h) => (h ? deputyImportColumnKey(h) : undefined));
    const unknown = header.filter((h, i) => h && !keys[i]);
    const missing = DEPUTY_IMPORT_COLUMNS.filter((c) => c.required && !keys.includes(c.key)).map((c) => pick(c));
    if (missing.length) throw new Error(t('import.missingColumns', { columns: missing.join('、') }));
    const rows: SheetRow[] = [];
    sheet.eachRow({ includeEmpty: false }, (row, number) => {
      if (number < FIRST_DATA_ROW) return;
      const values = row.values as unknown[];
      const record: DeputyImportRow = {};
      keys.forEach((key, i) => {
        if (key) record[key] = cellText(values[i]).slice(0, 1000);
      });
      if (Object.values(record).every((v) => !v) || exampleNotes.includes(record.note ?? '')) return;
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
          texts={importTexts(t)}
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
