import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { createColumnHelper } from '@tanstack/react-table';
import { Alert, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { TENANT_KIND_LABELS, TENANT_STATUSES, type TenantStatus } from '@pcs/domain';
import { type DataColumn, ListPage, useLanguage } from '@pcs/ui';
import { useServerList } from '@pcs/work-ui';
import { useTRPC } from '../api/trpc';
import type { Township } from '../api/types';
import { NS } from '../i18n/texts';
import { TenantStatusTag } from './tenants/TenantStatusTag';

const column = createColumnHelper<Township>();
/** Every township of the county with its headline counts (server-paged, sortable, filterable). */
export function TownshipsPage() {
  const { t } = useTranslation(NS);
  const { pick } = useLanguage();
  const trpc = useTRPC();
  const [status, setStatus] = useState<TenantStatus | undefined>();
  const { table } = useServerList(trpc.county.townships, { initialQuery: { sortBy: 'code' }, filters: { status } });
  // Suspended townships cannot work at all: say so above the list, whatever page or filter is shown.
  const suspended = useQuery(trpc.county.townships.queryOptions({ page: 1, pageSize: 100, status: 'suspended', sortDirection: 'asc' }));
  const suspendedNames = suspended.data?.items.map((item) => item.name) ?? [];

  const statusText = (s: TenantStatus) => t(`townships.status.${s}`);
  const columns: Array<DataColumn<Township>> = [
    column.accessor('code', { header: t('townships.columns.code'), enableSorting: true, meta: { nowrap: true } }),
    column.accessor('name', { header: t('townships.columns.name'), enableSorting: true }),
    column.accessor('kind', {
      header: t('townships.columns.kind'),
      enableSorting: true,
      cell: ({ row: { original } }) => pick(TENANT_KIND_LABELS[original.kind]),
      meta: { exportValue: (row) => pick(TENANT_KIND_LABELS[row.kind]) },
    }),
    column.accessor('status', {
      header: t('townships.columns.status'),
      enableSorting: true,
      cell: ({ row: { original } }) => <TenantStatusTag status={original.status} />,
      meta: { exportValue: (row) => statusText(row.status) },
    }),
    column.accessor('villageCount', { header: t('townships.columns.villageCount'), enableSorting: true, meta: { align: 'right' } }),
    column.accessor('gridCount', { header: t('townships.columns.gridCount'), meta: { align: 'right' } }),
    column.accessor('userCount', { header: t('townships.columns.userCount'), meta: { align: 'right' } }),
  ];

  return (
    <ListPage<Township>
      title={t('townships.title')}
      notice={
        suspendedNames.length > 0 && (
          <Alert type="error" showIcon title={t('townships.suspendedNotice', { count: suspendedNames.length, names: suspendedNames.join('、') })} data-testid="townships-suspended" />
        )
      }
      list={table}
      testId="townships-table"
      caption={t('townships.caption')}
      columns={columns}
      getRowId={(row) => row.id}
      searchPlaceholder={t('townships.searchPlaceholder')}
      exportFileName={t('townships.exportFile')}
      filters={
          <Select
            allowClear
            aria-label={t('townships.statusFilter')}
            placeholder={t('townships.statusFilter')}
            value={status}
            onChange={(value?: TenantStatus) => setStatus(value)}
            options={TENANT_STATUSES.map((value) => ({ value, label: statusText(value) }))}
            style={{ width: 140 }}
            data-testid="township-status-filter"
          />
        }
    />
  );
}
