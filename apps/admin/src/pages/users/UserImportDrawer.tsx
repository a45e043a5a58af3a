import { useState } from 'react';
import { useMutation, useQuery } from '@tanstack/react-query';
import { createColumnHelper } from '@tanstack/react-table';
import { Alert, App, Button, Drawer, Flex, Result, Space, Steps, Typography, Upload } from 'antd';
import { DownloadOutlined, InboxOutlined, LoadingOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { fieldLabel, isRole, type BilingualMessage } from '@pcs/domain';
import { DataTable, downloadXlsx, ErrorAlert, readXlsx, useLanguage, type DataColumn, type TableQuery } from '@pcs/ui';
import { useTRPC } from '../../api/trpc';
import type { UserImportReport } from '../../api/types';
import { PROVISIONING_NS } from '../../i18n/texts';
import { IMPORT_COLUMNS, importTemplate, rowsFromSheet, type ImportColumn, type ImportRow } from './importSheet';

interface Problem {
  key: string;
  row: number;
  username: string | null;
  field: string;
  message: string;
}

interface CreatedUser {
  username: string;
  initialPassword: string;
}

/** Zod's messages start with the field's name ("用户名：…"); the field has its own column. */
function withoutFieldName(message: string, field: string): string {
  for (const separator of ['：', ': ']) if (message.startsWith(field + separator)) return message.slice(field.length + separator.length);
  return message;
}

const problemColumn = createColumnHelper<Problem>();
const createdColumn = createColumnHelper<CreatedUser>();
const ALL_ROWS: TableQuery = { page: 1, pageSize: 1000, sortDirection: 'asc' };

export interface UserImportDrawerProps {
  open: boolean;
  onClose: () => void;
  /** After a committed import, so the user list reloads. */
  onImported: () => void;
}

/**
 * Bulk import from Excel: download the template, upload a filled sheet, see every row's problems
 * (checked by the API without saving), then import all rows at once, only when none has a problem.
 */
export function UserImportDrawer({ open, onClose, onImported }: UserImportDrawerProps) {
  const { t } = useTranslation(PROVISIONING_NS);
  const { pick } = useLanguage();
  const { message } = App.useApp();
  const trpc = useTRPC();
  const townships = useQuery({ ...trpc.tenants.list.queryOptions({ page: 1, pageSize: 500, sortBy: 'code' }), enabled: open });
  const check = useMutation(trpc.users.import.mutationOptions());
  const commit = useMutation(trpc.users.import.mutationOptions());
  const [fileName, setFileName] = useState<string | null>(null);
  const [rows, setRows] = useState<ImportRow[] | null>(null);
  const [sheetError, setSheetError] = useState<string | null>(null);
  const [report, setReport] = useState<UserImportReport | null>(null);
  const [created, setCreated] = useState<CreatedUser[] | null>(null);

  const startOver = () => {
    setFileName(null);
    setRows(null);
    setSheetError(null);
    setReport(null);
    setCreated(null);
    check.reset();
    commit.reset();
  };
  const close = () => {
    // The one-time passwords are not kept once the drawer closes.
    startOver();
    onClose();
  };

  const downloadTemplate = async () => {
    const template = importTemplate(townships.data?.items ?? []);
    await downloadXlsx(t('import.templateFile'), template.sheet, template.more);
  };

  const readFile = async (file: File) => {
    startOver();
    setFileName(file.name);
    let parsed;
    try {
      parsed = rowsFromSheet(await readXlsx(await file.arrayBuffer()));
    } catch (error) {
      console.error('Cannot read the import sheet', error);
      setSheetError(t('import.unreadable'));
      return;
    }
    if (!parsed.ok) {
      setSheetError(t('import.missingColumns', { columns: parsed.missing.map((c) => pick(fieldLabel([c]))).join('、') }));
      return;
    }
    if (parsed.rows.length === 0) {
      setSheetError(t('import.noRows'));
      return;
    }
    setRows(parsed.rows);
    // The API checks every row without saving; a refusal of the whole call shows as check.error.
    setReport(await check.mutateAsync({ rows: parsed.rows, commit: false }).catch(() => null));
  };

  const runImport = async () => {
    if (!rows) return;
    const result = await commit.mutateAsync({ rows, commit: true }).catch(() => null);
    if (!result) return;
    if (result.committed) {
      setCreated(result.created);
      onImported();
      void message.success(t('import.done', { count: result.created.length }));
    } else {
      // Someone created one of these users meanwhile: show the fresh report.
      setReport(result);
    }
  };

  /** The API's words, except where the sheet itself explains the problem better: a blank cell, a role nobody knows. */
  const problemText = (row: number, issue: { path: string; field: BilingualMessage; message: BilingualMessage }) => {
    const value = rows?.[row - 2]?.[issue.path as ImportColumn];
    if (value == null && IMPORT_COLUMNS.includes(issue.path as ImportColumn)) return t('import.required');
    if (issue.path === 'role' && value && !isRole(value)) return t('import.unknownRole', { value });
    return withoutFieldName(pick(issue.message), pick(issue.field));
  };
  const problems: Problem[] = (report?.reports ?? []).flatMap((r) =>
    r.issues.map((issue, i) => ({ key: `${r.row}-${i}`, row: r.row, username: r.username, field: pick(fieldLabel([issue.path])), message: problemText(r.row, issue) })),
  );
  const step = created ? 3 : commit.isPending ? 2 : report ? 1 : 0;
  const canCommit = report !== null && report.invalid === 0 && !created;

  const problemColumns: Array<DataColumn<Problem>> = [
    problemColumn.accessor('row', { header: t('import.columns.row'), meta: { align: 'right', nowrap: true } }),
    problemColumn.accessor('username', { header: t('import.columns.username'), cell: (c) => c.getValue() ?? '—', meta: { nowrap: true } }),
    problemColumn.accessor('field', { header: t('import.columns.field'), meta: { nowrap: true } }),
    problemColumn.accessor('message', { header: t('import.columns.message'), cell: (c) => <span style={{ overflowWrap: 'anywhere' }}>{c.getValue()}</span> }),
  ];
  const createdColumns: Array<DataColumn<CreatedUser>> = [
    createdColumn.accessor('username', { header: t('import.columns.username') }),
    createdColumn.accessor('initialPassword', {
      header: t('import.columns.password'),
      cell: (c) => (
        <Typography.Text code copyable>
          {c.getValue()}
        </Typography.Text>
      ),
    }),
  ];

  return (
    <Drawer
      open={open}
      onClose={close}
      title={t('import.title')}
      size={820}
      destroyOnHidden
      mask={{ closable: false }}
      data-testid="user-import"
      extra={
        <Space>
          <Button onClick={close}>{t(created ? 'common.close' : 'common.cancel')}</Button>
          {!created && (
            <Button type="primary" disabled={!canCommit} loading={commit.isPending} onClick={() => void runImport()} data-testid="user-import-commit">
              {report && report.invalid === 0 ? t('import.commit', { count: report.users }) : t('import.commitIdle')}
            </Button>
          )}
        </Space>
      }
    >
      <Flex vertical gap={16}>
        <Steps
          size="small"
          current={step}
          items={[
            { title: t('import.steps.upload') },
            { title: t('import.steps.check') },
            { title: t('import.steps.import'), icon: commit.isPending ? <LoadingOutlined /> : undefined },
            { title: t('import.steps.done') },
          ]}
          data-testid="user-import-steps"
        />

        {!created && (
          <>
            <Typography.Paragraph style={{ margin: 0 }}>{t('import.howTo')}</Typography.Paragraph>
            <div>
              <Button icon={<DownloadOutlined />} onClick={() => void downloadTemplate()} loading={townships.isPending} data-testid="user-import-template">
                {t('import.template')}
              </Button>
            </div>
            <div data-testid="user-import-upload">
              <Upload.Dragger
                accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                multiple={false}
                showUploadList={false}
                disabled={check.isPending || commit.isPending}
                beforeUpload={(file) => {
                  void readFile(file);
                  // Read in the browser; nothing is uploaded as a file.
                  return false;
                }}
              >
                <p className="ant-upload-drag-icon">{check.isPending ? <LoadingOutlined /> : <InboxOutlined />}</p>
                <p className="ant-upload-text">{fileName ?? t('import.drop')}</p>
                <p className="ant-upload-hint">{t('import.dropHint')}</p>
              </Upload.Dragger>
            </div>
          </>
        )}

        {sheetError && <Alert type="error" showIcon title={sheetError} data-testid="user-import-sheet-error" />}
        {check.error ? <ErrorAlert error={check.error} testId="user-import-error" /> : null}
        {commit.error ? <ErrorAlert error={commit.error} testId="user-import-error" /> : null}

        {report && !created && (
          <>
            <Alert
              type={report.invalid === 0 ? 'success' : 'error'}
              showIcon
              title={report.invalid === 0 ? t('import.allValid', { rows: report.total, users: report.users }) : t('import.someInvalid', { rows: report.total, invalid: report.invalid })}
              data-testid="user-import-summary"
            />
            {problems.length > 0 && (
              <DataTable<Problem>
                testId="user-import-problems"
                caption={t('import.problemsCaption')}
                columns={problemColumns}
                data={problems}
                total={problems.length}
                query={ALL_ROWS}
                onQueryChange={() => undefined}
                getRowId={(p) => p.key}
                searchable={false}
                paginated={false}
              />
            )}
          </>
        )}

        {created && (
          <Result
            status="success"
            title={t('import.done', { count: created.length })}
            subTitle={t('import.passwordsOnce')}
            style={{ padding: 16 }}
            extra={null}
          />
        )}
        {created && (
          <DataTable<CreatedUser>
            testId="user-import-created"
            caption={t('import.createdCaption')}
            columns={createdColumns}
            data={created}
            total={created.length}
            query={ALL_ROWS}
            onQueryChange={() => undefined}
            getRowId={(u) => u.username}
            searchable={false}
            paginated={false}
            fetchAll={async () => created}
            exportFileName={t('import.passwordsFile')}
          />
        )}
      </Flex>
    </Drawer>
  );
}
