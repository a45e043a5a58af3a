import { useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { createColumnHelper } from '@tanstack/react-table';
import { App, Button, Select } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { TENANT_KIND_LABELS, TENANT_STATUSES, type TenantStatus } from '@pcs/domain';
import { type DataColumn, describeError, OneTimePasswordModal, type OneTimeSecret, useLanguage, ListPage, rowActionsColumn } from '@pcs/ui';
import { useServerList } from '@pcs/work-ui';
import { useTRPC } from '../../api/trpc';
import type { TenantRow } from '../../api/types';
import { TOWNSHIP_APP_URL } from '../../config';
import { NS } from '../../i18n/texts';
import { PROVISIONING_NS } from '../../i18n/provisioning';
import { TenantFormDrawer } from './TenantFormDrawer';
import { TenantStatusTag } from './TenantStatusTag';

const column = createColumnHelper<TenantRow>();
/** The status changes offered for each status, in button order. */
const NEXT_STATUSES: Record<TenantStatus, Array<{ status: TenantStatus; action: 'suspend' | 'reactivate' | 'archive' }>> = {
  active: [
    { status: 'suspended', action: 'suspend' },
    { status: 'archived', action: 'archive' },
  ],
  suspended: [
    { status: 'active', action: 'reactivate' },
    { status: 'archived', action: 'archive' },
  ],
  archived: [{ status: 'active', action: 'reactivate' }],
};

/** Platform administration of townships: provision, edit, suspend, reactivate, archive. */
export function TenantsAdminPage() {
  const { t } = useTranslation(PROVISIONING_NS);
  const { t: tAdmin } = useTranslation(NS);
  const { pick } = useLanguage();
  const { message, modal } = App.useApp();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [status, setStatus] = useState<TenantStatus | undefined>();
  const [editing, setEditing] = useState<{ tenantId?: string } | null>(null);
  // The first admin's one-time password lives only here, and is dropped when the modal closes.
  const [secret, setSecret] = useState<OneTimeSecret | null>(null);

  const { table } = useServerList(trpc.tenants.list, { initialQuery: { sortBy: 'code' }, filters: { status } });
  // Township lists elsewhere (county overview, user and audit filters) show the change too.
  const refresh = () => Promise.all([queryClient.invalidateQueries(trpc.tenants.pathFilter()), queryClient.invalidateQueries(trpc.county.pathFilter())]);

  const setTenantStatus = useMutation(
    trpc.tenants.setStatus.mutationOptions({
      onSuccess: (result) => {
        void message.success(t(`tenants.statusChanged.${result.status}`));
        void refresh();
      },
      onError: (error) => {
        const info = describeError(error);
        void message.error(info.messages ? pick(info.messages) : t('common.failed'));
        void refresh();
      },
    }),
  );

  const confirmStatus = (tenant: TenantRow, next: TenantStatus, action: 'suspend' | 'reactivate' | 'archive') => {
    void modal.confirm({
      title: t(`tenants.confirm.${action}.title`, { name: tenant.name }),
      content: t(`tenants.confirm.${action}.body`),
      okText: t(`tenants.actions.${action}`),
      okButtonProps: { danger: action !== 'reactivate', 'data-testid': 'tenant-status-confirm' },
      cancelText: t('common.cancel'),
      onOk: () => setTenantStatus.mutateAsync({ id: tenant.id, version: tenant.version, status: next }),
    });
  };

  const columns: Array<DataColumn<TenantRow>> = [
    column.accessor('code', { header: t('tenants.fields.code'), enableSorting: true, meta: { nowrap: true } }),
    column.accessor('name', { header: t('tenants.fields.name'), enableSorting: true, meta: { nowrap: true } }),
    column.accessor('kind', {
      header: t('tenants.fields.kind'),
      enableSorting: true,
      cell: ({ row: { original } }) => pick(TENANT_KIND_LABELS[original.kind]),
      meta: { nowrap: true, exportValue: (row) => pick(TENANT_KIND_LABELS[row.kind]) },
    }),
    column.accessor('status', {
      header: t('tenants.fields.status'),
      enableSorting: true,
      cell: ({ row: { original } }) => <TenantStatusTag status={original.status} />,
      meta: { nowrap: true, exportValue: (row) => tAdmin(`townships.status.${row.status}`) },
    }),
    // No village counts here: platform admins do not read township data (RLS would count none).
    column.accessor('userCount', { header: t('tenants.fields.userCount'), meta: { align: 'right' } }),
    rowActionsColumn<TenantRow>(t('common.actions'), (tenant) => [
      tenant.status !== 'archived' && { key: 'edit', label: t('common.edit'), onClick: () => setEditing({ tenantId: tenant.id }), testId: `tenant-edit-${tenant.code}` },
      ...NEXT_STATUSES[tenant.status].map(({ status: next, action }) => ({
        key: action,
        label: t(`tenants.actions.${action}`),
        danger: action !== 'reactivate',
        onClick: () => confirmStatus(tenant, next, action),
        testId: `tenant-${action}-${tenant.code}`,
      })),
    ]),
  ];


  return (
    <ListPage<TenantRow>
      title={t('tenants.title')}
      intro={t('tenants.intro')}
      list={table}
      testId="tenants-table"
      caption={t('tenants.caption')}
      columns={columns}
      getRowId={(row) => row.id}
      searchPlaceholder={t('tenants.searchPlaceholder')}
      exportFileName={t('tenants.exportFile')}
      filters={
        <Select
          allowClear
          aria-label={t('tenants.fields.status')}
          placeholder={t('tenants.statusNotArchived')}
          value={status}
          onChange={(value?: TenantStatus) => {
            setStatus(value);
          }}
          options={TENANT_STATUSES.map((value) => ({ value, label: tAdmin(`townships.status.${value}`) }))}
          style={{ width: 160 }}
          data-testid="tenant-status-filter"
        />
      }
      toolbar={
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing({})} data-testid="tenant-create">
          {t('tenants.create')}
        </Button>
      }
    >
      <TenantFormDrawer
      open={editing !== null}
      tenantId={editing?.tenantId}
      onClose={() => setEditing(null)}
      onSaved={(created) => {
        setEditing(null);
        void refresh();
        if (created?.firstAdmin) setSecret({ username: created.firstAdmin.username, password: created.firstAdmin.initialPassword });
        else if (created) void message.success(t('tenants.created', { code: created.code }));
      }}
      />
      <OneTimePasswordModal secret={secret} title={t('tenants.firstAdminCreated')} appUrl={TOWNSHIP_APP_URL} onClose={() => setSecret(null)} />
    </ListPage>
  );
}
