import { useQuery } from '@tanstack/react-query';
import { createColumnHelper } from '@tanstack/react-table';
import { Drawer, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DataTable, useFormatInstant, useLocalList, type DataColumn } from '@pcs/ui';
import { useTRPC } from '../../../api/trpc';
import { DNS } from '../../../i18n/deputies';

interface ReportRow {
  id: string;
  deputyName: string;
  submittedAt: string;
  length: number;
}

/** The annual duty reports (述职报告) deputies submitted in their workspace this year; a row opens the text. */
export function DutyReportsTable({ year }: { year: number }) {
  const { t } = useTranslation(DNS);
  const formatInstant = useFormatInstant();
  const trpc = useTRPC();
  const reports = useQuery(trpc.dutyReports.list.queryOptions({ year }));
  const [openId, setOpenId] = useState<string | null>(null);
  const report = useQuery({ ...trpc.dutyReports.get.queryOptions({ id: openId ?? '' }), enabled: openId !== null });
  const list = useLocalList<ReportRow>(reports.data?.items, {
    loading: reports.isFetching,
    error: reports.error,
    onRetry: () => void reports.refetch(),
    searchText: (r) => r.deputyName,
    sortValue: (r, key) => (key === 'submittedAt' ? r.submittedAt : r.deputyName),
  });
  const column = createColumnHelper<ReportRow>();
  const columns: Array<DataColumn<ReportRow>> = [
    column.accessor('deputyName', { header: t('profiles.columns.name'), enableSorting: true, cell: ({ row: { original: r } }) => <Typography.Link onClick={() => setOpenId(r.id)}>{r.deputyName}</Typography.Link> }),
    column.accessor('submittedAt', { header: t('profiles.dutyReports.submittedAt'), enableSorting: true, cell: ({ row: { original: r } }) => formatInstant(r.submittedAt), meta: { nowrap: true, exportValue: (r) => formatInstant(r.submittedAt) } }),
    column.accessor('length', { header: t('profiles.dutyReports.length'), meta: { align: 'right' } }),
  ];
  return (
    <>
      <Typography.Text type="secondary">{reports.data && t('profiles.dutyReports.coverage', { submitted: reports.data.submitted, serving: reports.data.serving })}</Typography.Text>
      <DataTable<ReportRow> {...list} testId="duty-reports-table" caption={t('profiles.dutyReports.caption')} columns={columns} getRowId={(r) => r.id} searchPlaceholder={t('profiles.search')} exportFileName={`${t('profiles.dutyReports.caption')}${year}`} />
      <Drawer open={openId !== null} onClose={() => setOpenId(null)} title={report.data ? `${report.data.deputyName} · ${report.data.year}` : ''} width={560}>
        <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{report.data?.text}</Typography.Paragraph>
      </Drawer>
    </>
  );
}
