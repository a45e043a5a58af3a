import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Button, Popconfirm, Select } from 'antd';
import { PlusOutlined, SyncOutlined, UploadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { ROLES } from '@pcs/domain';
import { type EditableUser, OneTimePasswordModal, type OneTimeSecret, type SyncStatus, UserFormDrawer, useUserColumns, ListPage } from '@pcs/ui';
import { useServerList, useUserAdmin } from '@pcs/work-ui';
import { useTRPC } from '../../api/trpc';
import type { UserRow } from '../../api/types';
import { TOWNSHIP_APP_URL } from '../../config';
import { PROVISIONING_NS } from '../../i18n/provisioning';
import { useSession } from '../../session/SessionContext';
import { UserImportDrawer } from './UserImportDrawer';

const SYNC_STATUSES: SyncStatus[] = ['synced', 'pending', 'failed'];
const ALL_TOWNSHIPS = { page: 1, pageSize: 500, sortBy: 'code' } as const;

/** County users sign in to this app, township users to the township app. */
function signInUrl(memberships: ReadonlyArray<{ tenantId: string | null }>): string {
  return memberships.some((m) => m.tenantId === null) ? window.location.origin : TOWNSHIP_APP_URL;
}

function editable(user: UserRow): EditableUser {
  return {
    id: user.id,
    version: user.version,
    username: user.username,
    displayName: user.displayName,
    email: user.email,
    phone: user.phone,
    memberships: user.memberships.map((m) => ({ role: m.role, tenantId: m.tenantId, departmentId: m.departmentId, handlingUnitId: m.handlingUnitId })),
  };
}

/** Platform administration of the county's users: roles per township or county, sync with Keycloak, import. */
export function UsersPage() {
  const { t } = useTranslation(PROVISIONING_NS);
  const { me } = useSession();
  const trpc = useTRPC();
  const [tenantId, setTenantId] = useState<string | undefined>();
  const [syncStatus, setSyncStatus] = useState<SyncStatus | undefined>();
  const [editing, setEditing] = useState<{ user?: EditableUser } | null>(null);
  const [importing, setImporting] = useState(false);
  const [secret, setSecret] = useState<(OneTimeSecret & { appUrl: string }) | null>(null);

  const { table } = useServerList(trpc.users.list, { initialQuery: { sortBy: 'username' }, filters: { tenantId, syncStatus } });
  const townships = useQuery(trpc.tenants.list.queryOptions(ALL_TOWNSHIPS));
  const departments = useQuery(trpc.county.departments.queryOptions());

  const { create, update, setMemberships, setEnabled, resetPassword, reconcile, refresh } = useUserAdmin({
    t,
    onPasswordReset: (userId, password) => {
      const user = table.data.find((u) => u.id === userId);
      setSecret({ username: user?.username ?? '', password, appUrl: signInUrl(user?.memberships ?? []) });
    },
  });


  const townshipOptions = (townships.data?.items ?? []).map((tenant) => ({ id: tenant.id, name: tenant.name }));
  const columns = useUserColumns<UserRow>({
    onEdit: (user) => setEditing({ user: editable(user) }),
    onToggle: (user) => setEnabled.mutateAsync({ id: user.id, version: user.version, enabled: !user.enabled }),
    onReset: (user) => resetPassword.mutateAsync({ id: user.id }),
    isSelf: (user) => user.id === me.user.id,
  });


  return (
    <ListPage<UserRow>
      title={t('users.title')}
      intro={t('users.intro')}
      list={table}
      testId="users-table"
      caption={t('users.caption')}
      columns={columns}
      getRowId={(row) => row.id}
      searchPlaceholder={t('users.searchPlaceholder')}
      exportFileName={t('users.exportFile')}
      filters={
        <>
          <Select
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            aria-label={t('users.filters.township')}
            placeholder={t('users.filters.township')}
            value={tenantId}
            onChange={(value?: string) => {
              setTenantId(value);
            }}
            options={townshipOptions.map((o) => ({ value: o.id, label: o.name }))}
            style={{ width: 160 }}
            data-testid="user-tenant-filter"
          />
          <Select
            allowClear
            aria-label={t('users.filters.syncStatus')}
            placeholder={t('users.filters.syncStatus')}
            value={syncStatus}
            onChange={(value?: SyncStatus) => {
              setSyncStatus(value);
            }}
            options={SYNC_STATUSES.map((value) => ({ value, label: t(`common:users.sync.${value}`) }))}
            style={{ width: 140 }}
            data-testid="user-sync-filter"
          />
        </>
      }
      toolbar={
        <>
          <Popconfirm title={t('users.confirmReconcile')} onConfirm={() => reconcile.mutateAsync({ all: false }).catch(() => undefined)}>
            <Button icon={<SyncOutlined spin={reconcile.isPending} />} data-testid="user-reconcile">
              {t('users.reconcile')}
            </Button>
          </Popconfirm>
          <Button icon={<UploadOutlined />} onClick={() => setImporting(true)} data-testid="user-import-open">
            {t('users.import')}
          </Button>
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing({})} data-testid="user-create">
            {t('users.create')}
          </Button>
        </>
      }
    >
      <UserFormDrawer
      open={editing !== null}
      user={editing?.user}
      actions={{
        create: (values) => create.mutateAsync(values),
        update: (values) => update.mutateAsync(values),
        setMemberships: (values) => setMemberships.mutateAsync(values),
      }}
      editor={{ roles: ROLES, tenants: townshipOptions, departments: departments.data ?? [] }}
      onClose={() => setEditing(null)}
      onSaved={(created) => {
        setEditing(null);
        void refresh();
        if (created) setSecret({ username: created.username, password: created.initialPassword, appUrl: signInUrl(create.variables?.memberships ?? []) });
      }}
      />
      <UserImportDrawer open={importing} onClose={() => setImporting(false)} onImported={() => void refresh()} />
      <OneTimePasswordModal secret={secret} title={t('users.passwordTitle')} appUrl={secret?.appUrl} onClose={() => setSecret(null)} />
    </ListPage>
  );
}
