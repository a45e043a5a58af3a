import { useState } from 'react';
import { useMutation, useQuery } from '@tanstack/react-query';
import { createColumnHelper } from '@tanstack/react-table';
import { App, Button, Drawer, Flex, Result, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { fieldLabel, isRole, type BilingualMessage } from '@pcs/domain';
import { DataTable, ExcelImport, downloadXlsx, readXlsx, useLanguage, type DataColumn, type TableQuery, type ImportCommitResult, type ImportReport } from '@pcs/ui';
import { useTRPC } from '../../api/trpc';
import type { UserImportReport } from '../../api/types';
import { PROVISIONING_NS } from '../../i18n/provisioning';
import { IMPORT_COLUMNS, importTemplate, rowsFromSheet, type ImportColumn, type ImportRow } from './importSheet';

interface CreatedUser {
  username: string;
  initialPassword: string;
}

/** Zod's messages start with the field's name ("用户名：…"); the field has its own column. */
function withoutFieldName(message: string, field: string): string {
  for (const separator of ['：', ': ']) if (message.startsWith(field + separator)) return message.slice(field.length + separator.length);
  return message;
}

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
  const importUsers = useMutation(trpc.users.import.mutationOptions());
  const [created, setCreated] = useState<CreatedUser[] | null>(null);

  const close = () => {
    // The one-time passwords are not kept once the drawer closes.
    setCreated(null);
    onClose();
  };

  const downloadTemplate = async () => {
    const template = importTemplate(townships.data?.items ?? []);
    await downloadXlsx(t('import.templateFile'), template.sheet, template.more);
  };

  const read = async (buffer: ArrayBuffer) => {
    let parsed;
    try {
      parsed = rowsFromSheet(await readXlsx(buffer));
    } catch (error) {
      console.error('Cannot read the import sheet', error);
      throw new Error(t('import.unreadable'));
    }
    if (!parsed.ok) throw new Error(t('import.missingColumns', { columns: parsed.missing.map((c) => pick(fieldLabel([c]))).join('、') }));
    if (parsed.rows.length === 0) throw new Error(t('import.noRows'));
    return { rows: parsed.rows };
  };

  /** The API's words, except where the sheet itself explains the problem better: a blank cell, a role nobody knows. */
  const problemText = (rows: ImportRow[], row: number, issue: { path: string; field: BilingualMessage; message: BilingualMessage }) => {
    const value = rows[row - 2]?.[issue.path as ImportColumn];
    if (value == null && IMPORT_COLUMNS.includes(issue.path as ImportColumn)) return t('import.required');
    if (issue.path === 'role' && value && !isRole(value)) return t('import.unknownRole', { value });
    return withoutFieldName(pick(issue.message), pick(issue.field));
  };
  const reportOf = (rows: ImportRow[], result: UserImportReport): ImportReport => ({
    rows: result.reports.map((r) => ({ row: r.row, label: r.username, issues: r.issues.map((issue) => ({ field: pick(fieldLabel([issue.path])), message: problemText(rows, r.row, issue) })) })),
    commitCount: result.users,
    // The API reports only the rows with problems.
    total: result.total,
  });

  const check = async (rows: ImportRow[]) => reportOf(rows, await importUsers.mutateAsync({ rows, commit: false }));
  const commit = async (rows: ImportRow[]): Promise<ImportCommitResult<CreatedUser[]>> => {
    const result = await importUsers.mutateAsync({ rows, commit: true });
    // Someone created one of these users meanwhile: the fresh report says which.
    return result.committed ? { committed: true, done: result.created } : { committed: false, report: reportOf(rows, result) };
  };

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
      extra={<Button onClick={close}>{t(created ? 'common.close' : 'common.cancel')}</Button>}
    >
      <ExcelImport<ImportRow, CreatedUser[]>
        testIdPrefix="user-import"
        reportTestId="user-import-problems"
        texts={{
          intro: t('import.howTo'),
          template: t('import.template'),
          drop: t('import.drop'),
          dropHint: t('import.dropHint'),
          reading: t('import.checking'),
          checking: () => t('import.checking'),
          summary: (report, invalid) => ({
            title: invalid === 0 ? t('import.allValid', { rows: report.total, users: report.commitCount }) : t('import.someInvalid', { rows: report.total, invalid }),
          }),
          commit: (count) => t('import.commit', { count }),
          caption: t('import.problemsCaption'),
          ok: t('import.ok'),
          bad: t('import.bad'),
          columns: { row: t('import.columns.row'), label: t('import.columns.username'), result: t('import.columns.result'), problems: t('import.columns.message') },
          errorReport: '',
          errorReportFile: '',
        }}
        templateLoading={townships.isPending}
        downloadTemplate={downloadTemplate}
        read={read}
        check={check}
        commit={commit}
        onCommitted={(users) => {
          setCreated(users);
          onImported();
          void message.success(t('import.done', { count: users.length }));
        }}
        renderDone={(users) => (
          <Flex vertical gap={16}>
            <Result status="success" title={t('import.done', { count: users.length })} subTitle={t('import.passwordsOnce')} style={{ padding: 16 }} extra={null} />
            <DataTable<CreatedUser>
              testId="user-import-created"
              caption={t('import.createdCaption')}
              columns={createdColumns}
              data={users}
              total={users.length}
              query={ALL_ROWS}
              onQueryChange={() => undefined}
              getRowId={(u) => u.username}
              searchable={false}
              paginated={false}
              fetchAll={async () => users}
              exportFileName={t('import.passwordsFile')}
            />
          </Flex>
        )}
      />
    </Drawer>
  );
}
