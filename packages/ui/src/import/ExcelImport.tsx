import { useState, type ReactNode } from 'react';
import { createColumnHelper } from '@tanstack/react-table';
import { Alert, Button, Flex, Progress, Space, Switch, Tag, Typography, Upload } from 'antd';
import { CheckCircleOutlined, DownloadOutlined, InboxOutlined, LoadingOutlined } from '@ant-design/icons';
import { ErrorAlert } from '../errors/ErrorAlert';
import { useLanguage } from '../i18n/useLanguage';
import { DataTable } from '../table/DataTable';
import type { DataColumn } from '../table/columnMeta';
import { useLocalList } from '../table/useLocalList';

/** One problem of one sheet row: which field, in the user's words, and what is wrong with it. */
export interface ImportIssue {
  field?: string;
  message: string;
}

/** One sheet row as checked: its row number in the sheet, what names it (a name, a username), its problems. */
export interface ImportRowReport {
  row: number;
  label: string | null;
  issues: ImportIssue[];
}

/** The check of a whole sheet; it may be committed only when no row has a problem. */
export interface ImportReport {
  rows: ImportRowReport[];
  /** What the commit would create (people, users); the commit button says it. */
  commitCount: number;
  /** Rows in the sheet, where the report lists only those with problems. */
  total?: number;
}

/** A commit either happened (all rows) or was refused with a fresh report (someone changed the data meanwhile). */
export type ImportCommitResult<Done> = { committed: true; done: Done } | { committed: false; report: ImportReport };

/** The flow's words, in the screen's own text catalogue. */
export interface ImportTexts {
  intro: string;
  template: string;
  drop: string;
  dropHint?: string;
  reading: string;
  checking: (done: number, total: number) => string;
  summary: (report: ImportReport, invalid: number) => { title: string; description?: string };
  commit: (count: number) => string;
  caption: string;
  ok: string;
  bad: string;
  columns: { row: string; label: string; result: string; problems: string };
  errorReport: string;
  errorReportFile: string;
}

export interface ExcelImportProps<Row, Done> {
  /** Test ids: `<prefix>-template`, `-upload`, `-progress`, `-error`, `-summary`, `-commit`, `-only-problems`, `-error-report`. */
  testIdPrefix: string;
  /** The report table's test id. */
  reportTestId: string;
  texts: ImportTexts;
  templateLoading?: boolean;
  downloadTemplate: () => Promise<void>;
  /** The sheet's rows (and notes such as unknown columns); throws an Error whose message says what is wrong with the sheet itself. */
  read: (file: ArrayBuffer) => Promise<{ rows: Row[]; warnings?: string[] }>;
  /** Every row checked by the API without saving; `progress` for long sheets checked in parts. */
  check: (rows: Row[], progress: (done: number, total: number) => void) => Promise<ImportReport>;
  /** All rows at once, or none. */
  commit: (rows: Row[]) => Promise<ImportCommitResult<Done>>;
  onCommitted: (done: Done) => void;
  /** Shown instead of the flow once committed (e.g. the new users' one-time passwords). */
  renderDone?: (done: Done) => ReactNode;
  /** The error report's download: rows with their problems as a sheet. */
  downloadErrors?: (report: ImportReport) => Promise<void>;
}

type Phase = { kind: 'idle' } | { kind: 'reading' } | { kind: 'checking'; done: number; total: number } | { kind: 'checked' } | { kind: 'committing' };

const column = createColumnHelper<ImportRowReport>();
const issueText = (issue: ImportIssue) => (issue.field ? `${issue.field}：${issue.message}` : issue.message);

/**
 * The one Excel import: download the template, upload the filled sheet (read in the browser),
 * see every row checked by the API with its problems per field, then commit all rows at once,
 * only when none has a problem.
 */
export function ExcelImport<Row, Done>(props: ExcelImportProps<Row, Done>) {
  const { texts, testIdPrefix: id } = props;
  const { pick } = useLanguage();
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' });
  const [fileName, setFileName] = useState<string | null>(null);
  const [rows, setRows] = useState<Row[]>([]);
  const [report, setReport] = useState<ImportReport | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [warnings, setWarnings] = useState<string[]>([]);
  const [done, setDone] = useState<{ value: Done } | null>(null);
  const [onlyProblems, setOnlyProblems] = useState(false);
  const reportRows = report?.rows ?? [];
  // The report is read on screen; its problems have their own download (no table export).
  const { fetchAll: _export, ...shown } = useLocalList(onlyProblems ? reportRows.filter((r) => r.issues.length > 0) : reportRows, {
    initialQuery: { pageSize: 50 },
    searchText: (r) => `${r.row} ${r.label ?? ''}`,
    sortValue: (r, key) => (key === 'row' ? r.row : r.label),
  });

  const readFile = async (file: File) => {
    setError(null);
    setWarnings([]);
    setReport(null);
    setDone(null);
    setFileName(file.name);
    setPhase({ kind: 'reading' });
    try {
      const { rows: parsed, warnings: notes = [] } = await props.read(await file.arrayBuffer());
      setRows(parsed);
      setWarnings(notes);
      setPhase({ kind: 'checking', done: 0, total: parsed.length });
      setReport(await props.check(parsed, (doneRows, total) => setPhase({ kind: 'checking', done: doneRows, total })));
      setPhase({ kind: 'checked' });
    } catch (cause) {
      setPhase({ kind: 'idle' });
      setError(cause);
    }
  };

  const commit = async () => {
    setError(null);
    setPhase({ kind: 'committing' });
    try {
      const result = await props.commit(rows);
      if (result.committed) {
        setDone({ value: result.done });
        props.onCommitted(result.done);
      } else setReport(result.report);
    } catch (cause) {
      setError(cause);
    }
    setPhase({ kind: 'checked' });
  };

  if (done && props.renderDone) return <>{props.renderDone(done.value)}</>;

  const invalid = report?.rows.filter((r) => r.issues.length > 0).length ?? 0;
  const busy = phase.kind === 'reading' || phase.kind === 'checking' || phase.kind === 'committing';
  const columns: Array<DataColumn<ImportRowReport>> = [
    column.accessor('row', { header: texts.columns.row, enableSorting: true, meta: { align: 'right', nowrap: true } }),
    column.accessor('label', { header: texts.columns.label, enableSorting: true, cell: (c) => c.getValue() || '—', meta: { nowrap: true } }),
    column.display({
      id: 'result',
      header: texts.columns.result,
      cell: ({ row: { original: r } }) => (r.issues.length === 0 ? <Tag color="green">{texts.ok}</Tag> : <Tag color="red">{texts.bad}</Tag>),
      meta: { nowrap: true, exportValue: (r) => (r.issues.length === 0 ? texts.ok : texts.bad) },
    }),
    column.accessor((r) => r.issues.map(issueText).join(pick({ zh: '；', en: '; ' })), {
      id: 'problems',
      header: texts.columns.problems,
      cell: ({ row: { original: r } }) => (
        <ul style={{ margin: 0, paddingInlineStart: 18, overflowWrap: 'anywhere' }}>
          {r.issues.map((issue, n) => (
            <li key={n}>{issueText(issue)}</li>
          ))}
        </ul>
      ),
    }),
  ];
  const summary = report ? texts.summary(report, invalid) : null;

  return (
    <Flex vertical gap={16}>
      <Typography.Paragraph style={{ margin: 0 }}>{texts.intro}</Typography.Paragraph>
      <div>
        <Button icon={<DownloadOutlined />} onClick={() => void props.downloadTemplate()} loading={props.templateLoading} data-testid={`${id}-template`}>
          {texts.template}
        </Button>
      </div>
      <div data-testid={`${id}-upload`}>
        <Upload.Dragger
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          multiple={false}
          showUploadList={false}
          disabled={busy}
          beforeUpload={(file) => {
            void readFile(file);
            // Read in the browser; nothing is uploaded as a file.
            return false;
          }}
        >
          <p className="ant-upload-drag-icon">{busy ? <LoadingOutlined /> : <InboxOutlined />}</p>
          <p className="ant-upload-text">{fileName ?? texts.drop}</p>
          {texts.dropHint && <p className="ant-upload-hint">{texts.dropHint}</p>}
        </Upload.Dragger>
      </div>

      {phase.kind === 'reading' && <Progress percent={5} status="active" format={() => texts.reading} />}
      {phase.kind === 'checking' && (
        <div data-testid={`${id}-progress`}>
          <Progress percent={phase.total ? Math.round((phase.done / phase.total) * 100) : 0} status="active" />
          <Typography.Text type="secondary">{texts.checking(phase.done, phase.total)}</Typography.Text>
        </div>
      )}
      {warnings.map((w) => (
        <Alert key={w} type="warning" showIcon title={w} />
      ))}
      {error ? (
        error instanceof Error && !('data' in error) ? <Alert type="error" showIcon title={error.message} data-testid={`${id}-error`} /> : <ErrorAlert error={error} testId={`${id}-error`} />
      ) : null}

      {report && summary && (
        <>
          <Alert
            type={invalid ? 'error' : 'success'}
            showIcon
            title={summary.title}
            description={summary.description}
            data-testid={`${id}-summary`}
            action={
              <Space orientation="vertical">
                <Button type="primary" icon={<CheckCircleOutlined />} disabled={invalid > 0} loading={phase.kind === 'committing'} onClick={() => void commit()} data-testid={`${id}-commit`}>
                  {texts.commit(report.commitCount)}
                </Button>
                {invalid > 0 && props.downloadErrors && (
                  <Button icon={<DownloadOutlined />} onClick={() => void props.downloadErrors?.(report)} data-testid={`${id}-error-report`}>
                    {texts.errorReport}
                  </Button>
                )}
              </Space>
            }
          />
          <DataTable<ImportRowReport>
            testId={props.reportTestId}
            caption={texts.caption}
            columns={columns}
            {...shown}
            getRowId={(r) => String(r.row)}
            filters={
              <Space>
                <Switch
                  checked={onlyProblems}
                  onChange={(v) => {
                    setOnlyProblems(v);
                    shown.onQueryChange({ ...shown.query, page: 1 });
                  }}
                  data-testid={`${id}-only-problems`}
                />
                <span>{texts.bad}</span>
              </Space>
            }
          />
        </>
      )}
    </Flex>
  );
}
