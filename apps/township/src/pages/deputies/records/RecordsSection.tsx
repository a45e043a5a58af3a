import { useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { createColumnHelper } from '@tanstack/react-table';
import { App, Button, Select, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { CONGRESS_DOCUMENT_DIRECTION_LABELS, CONGRESS_DOCUMENT_DIRECTIONS, type CongressDocumentDirection } from '@pcs/domain';
import { type DataColumn, DataTable, describeError, useLanguage } from '@pcs/ui';
import { useServerList } from '@pcs/work-ui';
import { useTRPC, useTRPCClient } from '../../../api/trpc';
import { useSession } from '../../../session/SessionContext';
import { labelOptions } from '../common/labels';
import { editDeleteColumn, YearTabsPage } from '../common/sectionParts';
import { DNS } from '../../../i18n/deputies';
import type { CongressDocument, DeputyDeed } from '../common/types';
import { DeedFormDrawer, DocumentFormDrawer } from './RecordForms';

/** /congress-records: the documents register (文件收发登记) and exemplary deeds (先进事迹). */
export function RecordsSection() {
  const { t } = useTranslation(DNS);
  return (
    <YearTabsPage
      title={t('records.title')}
      tabs={(year) => [
        { key: 'documents', label: t('records.documentsTab'), children: <DocumentsTable year={year} /> },
        { key: 'deeds', label: t('records.deedsTab'), children: <DeedsTable year={year} /> },
      ]}
    />
  );
}

function useRemove<T extends { id: string }>(run: (input: { id: string }) => Promise<unknown>, refresh: () => Promise<unknown>) {
  const { pick } = useLanguage();
  const { message } = App.useApp();
  return useMutation({ mutationFn: (row: T) => run({ id: row.id }), onSuccess: () => void refresh(), onError: (e) => { const i = describeError(e); void message.error(i.messages ? pick(i.messages) : ''); } });
}

function DocumentsTable({ year }: { year: number }) {
  const { t } = useTranslation(DNS);
  const { pick } = useLanguage();
  const { can } = useSession();
  const trpc = useTRPC();
  const client = useTRPCClient();
  const queryClient = useQueryClient();
  const [direction, setDirection] = useState<CongressDocumentDirection>();
  const [editing, setEditing] = useState<{ document?: CongressDocument } | null>(null);
  const { table } = useServerList(trpc.congressDocuments.list, { initialQuery: { sortBy: 'date', sortDirection: 'desc' }, filters: { year, direction } });
  const refresh = () => queryClient.invalidateQueries(trpc.congressDocuments.pathFilter());
  const remove = useRemove<CongressDocument>((i) => client.congressDocuments.delete.mutate(i), refresh);
  const writable = can('deputies.write');
  const column = createColumnHelper<CongressDocument>();
  const columns: Array<DataColumn<CongressDocument>> = [
    column.accessor('direction', { header: t('records.documentColumns.direction'), cell: ({ row: { original: d } }) => <Tag color={d.direction === 'incoming' ? 'blue' : 'green'}>{pick(CONGRESS_DOCUMENT_DIRECTION_LABELS[d.direction])}</Tag>, meta: { nowrap: true, exportValue: (d) => pick(CONGRESS_DOCUMENT_DIRECTION_LABELS[d.direction]) } }),
    column.accessor('date', { header: t('records.documentColumns.date'), enableSorting: true, meta: { nowrap: true } }),
    column.accessor('docNumber', { header: t('records.documentColumns.docNumber'), enableSorting: true, cell: ({ row: { original: d } }) => d.docNumber ?? '—', meta: { nowrap: true } }),
    column.accessor('title', { header: t('records.documentColumns.title'), enableSorting: true }),
    column.accessor('counterpart', { header: t('records.documentColumns.counterpart'), enableSorting: true }),
    column.accessor('handling', { header: t('records.documentColumns.handling'), cell: ({ row: { original: d } }) => d.handling ?? '' }),
    column.accessor('handledBy', { header: t('records.documentColumns.handledBy'), cell: ({ row: { original: d } }) => d.handledBy ?? '' }),
  ];
  if (writable) columns.push(editDeleteColumn<CongressDocument>({ t, name: (d) => d.title, onEdit: (d) => setEditing({ document: d }), onDelete: (d) => remove.mutate(d) }));
  return (
    <>
      <DataTable<CongressDocument>
        {...table}
        testId="documents-table"
        caption={t('records.documentsCaption')}
        columns={columns}
        getRowId={(d) => d.id}
        searchPlaceholder={t('records.documentSearch')}
        exportFileName={`${t('records.documentsExport')}${year}`}
        filters={<Select allowClear placeholder={t('records.documentColumns.direction')} aria-label={t('records.documentColumns.direction')} value={direction} onChange={(v?: CongressDocumentDirection) => { setDirection(v); }} options={labelOptions(CONGRESS_DOCUMENT_DIRECTIONS, CONGRESS_DOCUMENT_DIRECTION_LABELS, pick)} style={{ width: 100 }} />}
        toolbar={writable && <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing({})} data-testid="document-create">{t('records.newDocument')}</Button>}
      />
      <DocumentFormDrawer
        open={editing !== null}
        document={editing?.document}
        onClose={() => setEditing(null)}
        onSaved={() => {
          setEditing(null);
          void refresh();
        }}
      />
    </>
  );
}

function DeedsTable({ year }: { year: number }) {
  const { t } = useTranslation(DNS);
  const { can } = useSession();
  const trpc = useTRPC();
  const client = useTRPCClient();
  const queryClient = useQueryClient();
  const [editing, setEditing] = useState<{ deed?: DeputyDeed } | null>(null);
  const { table } = useServerList(trpc.deputyDeeds.list, { initialQuery: { sortBy: 'date', sortDirection: 'desc' }, filters: { year } });
  const refresh = () => queryClient.invalidateQueries(trpc.deputyDeeds.pathFilter());
  const remove = useRemove<DeputyDeed>((i) => client.deputyDeeds.delete.mutate(i), refresh);
  const writable = can('deputies.write');
  const column = createColumnHelper<DeputyDeed>();
  const columns: Array<DataColumn<DeputyDeed>> = [
    column.accessor('date', { header: t('records.deedColumns.date'), enableSorting: true, meta: { nowrap: true } }),
    column.accessor('deputyName', { header: t('records.deedColumns.deputy'), enableSorting: true, cell: ({ row: { original: d } }) => <Link to={`/deputies/${d.deputyId}`}>{d.deputyName}</Link>, meta: { nowrap: true } }),
    column.accessor('title', { header: t('records.deedColumns.title'), enableSorting: true }),
    column.accessor('description', { header: t('records.deedColumns.description'), cell: ({ row: { original: d } }) => <Typography.Text ellipsis style={{ maxWidth: 360 }}>{d.description ?? ''}</Typography.Text> }),
    column.accessor('recognition', { header: t('records.deedColumns.recognition'), cell: ({ row: { original: d } }) => (d.recognition ? <Tag color="gold">{d.recognition}</Tag> : ''), meta: { exportValue: (d) => d.recognition ?? '' } }),
  ];
  if (writable) columns.push(editDeleteColumn<DeputyDeed>({ t, name: (d) => d.title, onEdit: (d) => setEditing({ deed: d }), onDelete: (d) => remove.mutate(d) }));
  return (
    <>
      <DataTable<DeputyDeed>
        {...table}
        testId="deeds-table"
        caption={t('records.deedsCaption')}
        columns={columns}
        getRowId={(d) => d.id}
        searchPlaceholder={t('records.deedSearch')}
        exportFileName={`${t('records.deedsExport')}${year}`}
        toolbar={writable && <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing({})} data-testid="deed-create">{t('records.newDeed')}</Button>}
      />
      <DeedFormDrawer
        open={editing !== null}
        deed={editing?.deed}
        onClose={() => setEditing(null)}
        onSaved={() => {
          setEditing(null);
          void refresh();
        }}
      />
    </>
  );
}
