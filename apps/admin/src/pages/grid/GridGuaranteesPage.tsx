import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { createColumnHelper } from '@tanstack/react-table';
import { Alert, App, Flex, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { DataTable, describeError, PageHeader, useFormatInstant, useLanguage, useLocalList, type DataColumn } from '@pcs/ui';
import { useTRPC } from '../../api/trpc';
import type { RouterOutputs } from '../../api/types';
import { NS } from '../../i18n/texts';
import { useSession } from '../../session/SessionContext';

type Row = RouterOutputs['gridGuarantees']['list']['townships'][number];
const column = createColumnHelper<Row>();

/** The level-2 grid: which county department guarantees (包保) which township; the platform admin sets it. */
export function GridGuaranteesPage() {
  const { t } = useTranslation(NS);
  const { pick } = useLanguage();
  const { message } = App.useApp();
  const formatInstant = useFormatInstant();
  const { can } = useSession();
  const editable = can('settings.manage_county');
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const list = useQuery(trpc.gridGuarantees.list.queryOptions());
  const set = useMutation(
    trpc.gridGuarantees.set.mutationOptions({
      onSuccess: () => void message.success(t('gridGuarantees.saved')),
      onError: (error) => {
        const info = describeError(error);
        void message.error(info.messages ? pick(info.messages) : t('gridGuarantees.failed'));
      },
      onSettled: () => void queryClient.invalidateQueries(trpc.gridGuarantees.pathFilter()),
    }),
  );
  const rows = list.data?.townships ?? [];
  const local = { searchText: (r: Row) => `${r.name} ${r.departmentName ?? ''}`, sortValue: (r: Row, by: string) => (by === 'departmentName' ? (r.departmentName ?? '') : r.code) };
  const table = useLocalList(rows, { ...local, initialQuery: { pageSize: 50 }, loading: list.isFetching, error: list.error, onRetry: () => void list.refetch() });
  const departments = (list.data?.departments ?? []).map((d) => ({ value: d.id, label: d.name }));

  const columns: Array<DataColumn<Row>> = [
    column.accessor('name', { header: t('gridGuarantees.township') }),
    column.accessor('departmentName', {
      header: t('gridGuarantees.department'),
      enableSorting: true,
      cell: ({ row: { original: r } }) =>
        editable ? (
          <Select
            allowClear
            style={{ minWidth: 200 }}
            placeholder={t('gridGuarantees.none')}
            value={r.departmentId ?? undefined}
            options={departments}
            onChange={(departmentId?: string) => set.mutate({ townshipId: r.id, departmentId: departmentId ?? null })}
            aria-label={`${r.name} ${t('gridGuarantees.department')}`}
            data-testid={`guarantee-${r.code}`}
          />
        ) : (
          (r.departmentName ?? t('gridGuarantees.none'))
        ),
      meta: { exportValue: (r) => r.departmentName ?? '' },
    }),
    column.accessor('updatedAt', { header: t('gridGuarantees.updated'), cell: ({ row: { original: r } }) => (r.updatedAt ? `${formatInstant(r.updatedAt)} ${r.updatedBy ?? ''}` : '—'), meta: { nowrap: true } }),
  ];

  return (
    <Flex vertical gap={12} data-testid="grid-guarantees-page">
      <PageHeader title={t('gridGuarantees.title')} />
      <Typography.Text type="secondary">{t('gridGuarantees.intro')}</Typography.Text>
      {!editable && <Alert type="info" showIcon title={t('gridGuarantees.readOnly')} />}
      <DataTable<Row>
        testId="grid-guarantees-table"
        caption={t('gridGuarantees.caption')}
        columns={columns}
        {...table}
        getRowId={(r) => r.id}
        exportFileName={t('gridGuarantees.title')}
      />
    </Flex>
  );
}
