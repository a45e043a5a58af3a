import { useMemo, useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { createColumnHelper } from '@tanstack/react-table';
import { Alert, App, Button, Card, Flex, Progress, Space, Switch, Tag, Typography, Upload } from 'antd';
import { ArrowLeftOutlined, CheckCircleOutlined, DownloadOutlined, InboxOutlined } from '@ant-design/icons';
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
  type FieldIssue,
} from '@pcs/domain';
import { applyLocalQuery, DataTable, DEFAULT_TABLE_QUERY, ErrorAlert, useLanguage, type DataColumn, type TableQuery, countyToday } from '@pcs/ui';
import { useTRPC, useTRPCClient } from '../../../api/trpc';
import { loadExcelJs, saveBlob } from '../common/files';
import { DNS } from '../../../i18n/texts';

/** Rows sent per preview call: large files show real progress and no call grows too big. */
const CHUNK = 200;
const FIRST_DATA_ROW = 2;

interface ReportRow {
  row: number;
  name: string;
  ok: boolean;
  issues: FieldIssue[];
}

type Phase = { kind: 'idle' } | { kind: 'reading' } | { kind: 'checking'; done: number; total: number } | { kind: 'checked' } | { kind: 'committing' };

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
  const { language, pick } = useLanguage();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const trpc = useTRPC();
  const client = useTRPCClient();
  const queryClient = useQueryClient();
  const groups = useQuery(trpc.deputyGroups.options.queryOptions());
  const stations = useQuery(trpc.liaisonStations.options.queryOptions());
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' });
  const [fileName, setFileName] = useState<string | null>(null);
  const [rows, setRows] = useState<DeputyImportRow[]>([]);
  const [report, setReport] = useState<ReportRow[]>([]);
  const [warnings, setWarnings] = useState<string[]>([]);
  const [error, setError] = useState<unknown>(null);
  const [onlyProblems, setOnlyProblems] = useState(false);
  const [query, setQuery] = useState<TableQuery>({ ...DEFAULT_TABLE_QUERY, pageSize: 50 });

  const invalid = report.filter((r) => !r.ok).length;
  const valid = report.length - invalid;

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

  const readFile = async (file: File) => {
    setError(null);
    setReport([]);
    setWarnings([]);
    setFileName(file.name);
    setPhase({ kind: 'reading' });
    try {
      const ExcelJS = await loadExcelJs();
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(await file.arrayBuffer());
      const sheet = workbook.worksheets[0];
      if (!sheet) throw new Error(t('import.noRows'));
      const header = (sheet.getRow(1).values as unknown[]).map(cellText);
      const keys = header.map((h) => (h ? deputyImportColumnKey(h) : undefined));
      const unknown = header.filter((h, i) => h && !keys[i]);
      const missing = DEPUTY_IMPORT_COLUMNS.filter((c) => c.required && !keys.includes(c.key)).map((c) => c.zh);
      const notes = unknown.length ? [t('import.unknownColumns', { columns: unknown.join('、') })] : [];
      if (missing.length) throw new Error(t('import.missingColumns', { columns: missing.join('、') }));
      const parsed: DeputyImportRow[] = [];
      const rowNumbers: number[] = [];
      sheet.eachRow({ includeEmpty: false }, (row, number) => {
        if (number < FIRST_DATA_ROW) return;
        const values = row.values as unknown[];
        const record: DeputyImportRow = {};
        keys.forEach((key, i) => {
          if (key) record[key] = cellText(values[i]).slice(0, 1000);
        });
        if (Object.values(record).every((v) => !v) || record.note === t('import.sheetExample')) return;
        parsed.push(record);
        rowNumbers.push(number);
      });
      if (parsed.length === 0) throw new Error(t('import.noRows'));
      if (parsed.length > DEPUTY_IMPORT_MAX_ROWS) throw new Error(t('import.tooMany', { max: DEPUTY_IMPORT_MAX_ROWS }));
      setWarnings(notes);
      // Rows keep their sheet numbers; blank rows in between are simply not sent.
      await check(parsed, rowNumbers);
    } catch (cause) {
      setPhase({ kind: 'idle' });
      setError(cause);
    }
  };

  const check = async (parsed: DeputyImportRow[], rowNumbers: number[]) => {
    const results: ReportRow[] = [];
    setPhase({ kind: 'checking', done: 0, total: parsed.length });
    for (let start = 0; start < parsed.length; start += CHUNK) {
      const chunk = parsed.slice(start, start + CHUNK);
      const numbers = rowNumbers.slice(start, start + CHUNK);
      // Sheet rows may skip blanks: check row by row numbers by sending consecutive runs.
      const preview = await client.deputies.importPreview.mutate({ rows: chunk, firstRowNumber: FIRST_DATA_ROW + start });
      preview.rows.forEach((r, i) => results.push({ ...r, row: numbers[i] ?? r.row }));
      setPhase({ kind: 'checking', done: Math.min(parsed.length, start + CHUNK), total: parsed.length });
    }
    // Repeats across chunks: the same domain check over the whole file.
    const local = parsed.map((row, i) => parseDeputyImportRow(row, rowNumbers[i]!, countyToday()));
    markDuplicateDeputyRows(local);
    local.forEach((l, i) => {
      const result = results[i]!;
      if (result.ok && l.issues.length > 0) Object.assign(result, { ok: false, issues: l.issues });
    });
    setRows(parsed);
    setReport(results);
    setPhase({ kind: 'checked' });
  };

  const commit = async () => {
    setError(null);
    setPhase({ kind: 'committing' });
    try {
      const result = await client.deputies.importCommit.mutate({ rows, firstRowNumber: FIRST_DATA_ROW });
      void message.success(t('import.committed', { count: result.created }));
      await queryClient.invalidateQueries(trpc.deputies.pathFilter());
      navigate('/deputies');
    } catch (cause) {
      setError(cause);
      setPhase({ kind: 'checked' });
    }
  };

  const downloadErrors = async () => {
    const ExcelJS = await loadExcelJs();
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet(t('import.errorReportFile').slice(0, 31));
    sheet.columns = [{ width: 8 }, { width: 14 }, { width: 100 }];
    sheet.addRow([t('import.columns.row'), t('import.columns.name'), t('import.columns.problems')]).font = { bold: true };
    for (const r of report.filter((x) => !x.ok)) sheet.addRow([r.row, r.name, r.issues.map((i) => pick(i.message)).join('；')]);
    const buffer = await workbook.xlsx.writeBuffer();
    saveBlob(new Blob([buffer], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }), `${t('import.errorReportFile')}.xlsx`);
  };

  const column = createColumnHelper<ReportRow>();
  const columns: Array<DataColumn<ReportRow>> = useMemo(
    () => [
      column.accessor('row', { header: t('import.columns.row'), enableSorting: true, meta: { align: 'right', nowrap: true } }),
      column.accessor('name', { header: t('import.columns.name'), enableSorting: true, cell: (c) => c.getValue() || '—', meta: { nowrap: true } }),
      column.accessor('ok', {
        header: t('import.columns.result'),
        cell: (c) => (c.getValue() ? <Tag color="green">{t('import.ok')}</Tag> : <Tag color="red">{t('import.bad')}</Tag>),
        meta: { nowrap: true, exportValue: (r) => (r.ok ? t('import.ok') : t('import.bad')) },
      }),
      column.accessor('issues', {
        header: t('import.columns.problems'),
        cell: ({ row: { original: r } }) => (
          <ul style={{ margin: 0, paddingInlineStart: 18 }}>
            {r.issues.map((i, n) => (
              <li key={n}>{pick(i.message)}</li>
            ))}
          </ul>
        ),
        meta: { exportValue: (r) => r.issues.map((i) => pick(i.message)).join(pick({ zh: '；', en: '; ' })) },
      }),
    ],
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [language],
  );
  const shown = applyLocalQuery(onlyProblems ? report.filter((r) => !r.ok) : report, query, {
    searchText: (r) => `${r.row} ${r.name}`,
    sortValue: (r, key) => (key === 'row' ? r.row : r.name),
  });
  const busy = phase.kind === 'reading' || phase.kind === 'checking' || phase.kind === 'committing';

  return (
    <Flex vertical gap={16} data-testid="deputy-import-page">
      <Space align="center">
        <Button type="text" icon={<ArrowLeftOutlined />} onClick={() => navigate('/deputies')} aria-label={t('common.back')} />
        <Typography.Title level={2} style={{ fontSize: 20, margin: 0 }}>
          {t('import.title')}
        </Typography.Title>
      </Space>
      <Card size="small">
        <Typography.Paragraph>{t('import.intro')}</Typography.Paragraph>
        <Space wrap>
          <Button icon={<DownloadOutlined />} onClick={() => void downloadTemplate()} data-testid="import-template">
            {t('import.template')}
          </Button>
        </Space>
      </Card>
      <Upload.Dragger
        accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        showUploadList={false}
        multiple={false}
        disabled={busy}
        beforeUpload={(file) => {
          void readFile(file);
          return false;
        }}
        data-testid="import-upload"
      >
        <p className="ant-upload-drag-icon">
          <InboxOutlined />
        </p>
        <p className="ant-upload-text">{fileName ?? t('import.choose')}</p>
      </Upload.Dragger>

      {phase.kind === 'reading' && <Progress percent={5} status="active" format={() => t('import.reading')} />}
      {phase.kind === 'checking' && (
        <div data-testid="import-progress">
          <Progress percent={Math.round((phase.done / phase.total) * 100)} status="active" />
          <Typography.Text type="secondary">{t('import.checking', { done: phase.done, total: phase.total })}</Typography.Text>
        </div>
      )}
      {phase.kind === 'committing' && <Progress percent={99} status="active" />}
      {warnings.map((w) => (
        <Alert key={w} type="warning" showIcon title={w} />
      ))}
      {error ? error instanceof Error && !('data' in error) ? <Alert type="error" showIcon title={error.message} data-testid="import-error" /> : <ErrorAlert error={error} testId="import-error" /> : null}

      {report.length > 0 && (
        <>
          <Alert
            type={invalid ? 'error' : 'success'}
            showIcon
            title={t('import.summary', { total: report.length, valid, invalid })}
            description={invalid ? t('import.hasErrors', { invalid }) : t('import.allGood', { total: report.length })}
            data-testid="import-summary"
            action={
              <Space orientation="vertical">
                {invalid === 0 ? (
                  <Button type="primary" icon={<CheckCircleOutlined />} loading={phase.kind === 'committing'} onClick={() => void commit()} data-testid="import-commit">
                    {t('import.commit', { count: valid })}
                  </Button>
                ) : (
                  <Button icon={<DownloadOutlined />} onClick={() => void downloadErrors()} data-testid="import-error-report">
                    {t('import.errorReport')}
                  </Button>
                )}
              </Space>
            }
          />
          <DataTable<ReportRow>
            testId="import-report"
            caption={t('import.title')}
            columns={columns}
            data={shown.items}
            total={shown.total}
            query={query}
            onQueryChange={setQuery}
            getRowId={(r) => String(r.row)}
            filters={
              <Space>
                <Switch checked={onlyProblems} onChange={(v) => { setOnlyProblems(v); setQuery((q) => ({ ...q, page: 1 })); }} data-testid="import-only-problems" />
                <span>{t('import.bad')}</span>
              </Space>
            }
            fetchAll={async () => report}
            exportFileName={t('import.errorReportFile')}
          />
        </>
      )}
    </Flex>
  );
}
