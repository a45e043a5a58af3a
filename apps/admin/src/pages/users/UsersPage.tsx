import { useState } from 'react';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Flex, Popconfirm, Select, Typography } from 'antd';
import { PlusOutlined, SyncOutlined, UploadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { ROLES } from '@pcs/domain';
import { DataTable, DEFAULT_TABLE_QUERY, describeError, type EditableUser, fetchAllPages, OneTimePasswordModal, type OneTimeSecret, type SyncStatus, type TableQuery, useLanguage, UserFormDrawer, useUserColumns } from '@pcs/ui';
import { useTRPC, useTRPCClient } from '../../api/trpc';
import type { UserListInput, UserRow } from '../../api/types';
import { TOWNSHIP_APP_URL } from '../../config';
import { PROVISIONING_NS } from '../../i18n/texts';
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
  const { pick } = useLanguage();
  const { message } = App.useApp();
  const { me } = useSession();
  const trpc = useTRPC();
  const client = useTRPCClient();
  const queryClient = useQueryClient();
  const [query, setQuery] = useState<TableQuery>({ ...DEFAULT_TABLE_QUERY, sortBy: 'username' });
  const [tenantId, setTenantId] = useState<string | undefined>();
  const [syncStatus, setSyncStatus] = useState<SyncStatus | undefined>();
  const [editing, setEditing] = useState<{ user?: EditableUser } | null>(null);
  const [importing, setImporting] = useState(false);
  const [secret, setSecret] = useState<(OneTimeSecret & { appUrl: string }) | null>(null);

  const input: UserListInput = { ...query, sortBy: query.sortBy as UserListInput['sortBy'], tenantId, syncStatus };
  const list = useQuery(trpc.users.list.queryOptions(input, { placeholderData: keepPreviousData }));
  const townships = useQuery(trpc.tenants.list.queryOptions(ALL_TOWNSHIPS));
  const departments = useQuery(trpc.county.departments.queryOptions());
  const refresh = () => queryClient.invalidateQueries(trpc.users.pathFilter());

  const showError = (error: unknown) => {
    const info = describeError(error);
    void message.error(info.messages ? pick(info.messages) : t('common.failed'));
  };
  const create = useMutation(trpc.users.create.mutationOptions());
  const update = useMutation(trpc.users.update.mutationOptions());
  const setMemberships = useMutation(trpc.users.setMemberships.mutationOptions());
  const setEnabled = useMutation(
    trpc.users.setEnabled.mutationOptions({
      onSuccess: (result) => void message.success(t(result.enabled ? 'users.enabledDone' : 'users.disabledDone')),
      onError: showError,
      onSettled: () => void refresh(),
    }),
  );
  const resetPassword = useMutation(
    trpc.users.resetPassword.mutationOptions({
      onSuccess: (result, variables) => {
        const user = list.data?.items.find((u) => u.id === variables.id);
        setSecret({ username: user?.username ?? '', password: result.temporaryPassword, appUrl: signInUrl(user?.memberships ?? []) });
      },
      onError: showError,
      onSettled: () => void refresh(),
    }),
  );
  const reconcile = useMutation(
    trpc.users.reconcile.mutationOptions({
      onSuccess: (result) => void message.success(t('users.reconciled', { count: result.queued })),
      onError: showError,
      onSettled: () => void refresh(),
    }),
  );

  const townshipOptions = (townships.data?.items ?? []).map((tenant) => ({ id: tenant.id, name: tenant.name }));
  const columns = useUserColumns<UserRow>({
    onEdit: (user) => setEditing({ user: editable(user) }),
    onToggle: (user) => setEnabled.mutateAsync({ id: user.id, version: user.version, enabled: !user.enabled }),
    onReset: (user) => resetPassword.mutateAsync({ id: user.id }),
    isSelf: (user) => user.id === me.user.id,
  });

  const fetchAll = () => fetchAllPages((page, pageSize) => client.users.list.query({ ...input, page, pageSize }));

  return (
    <Flex vertical gap={16}>
      <div>
        <Typography.Title level={2} style={{ fontSize: 20, margin: 0 }}>
          {t('users.title')}
        </Typography.Title>
        <Typography.Paragraph type="secondary" style={{ margin: '4px 0 0' }}>
          {t('users.intro')}
        </Typography.Paragraph>
      </div>
      <DataTable<UserRow>
        testId="users-table"
        caption={t('users.caption')}
        columns={columns}
        data={list.data?.items ?? []}
        total={list.data?.total ?? 0}
        query={query}
        onQueryChange={setQuery}
        getRowId={(row) => row.id}
        loading={list.isFetching}
        error={list.error}
        onRetry={() => void list.refetch()}
        searchPlaceholder={t('users.searchPlaceholder')}
        exportFileName={t('users.exportFile')}
        fetchAll={fetchAll}
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
                setQuery((q) => ({ ...q, page: 1 }));
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
                setQuery((q) => ({ ...q, page: 1 }));
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
      />
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
    </Flex>
  );
}
