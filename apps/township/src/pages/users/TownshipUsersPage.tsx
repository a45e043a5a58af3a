import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Button, Popconfirm, Select } from 'antd';
import { PlusOutlined, SyncOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { ROLES, ROLE_INFO } from '@pcs/domain';
import { type EditableUser, OneTimePasswordModal, type OneTimeSecret, type SyncStatus, UserFormDrawer, useUserColumns, ListPage } from '@pcs/ui';
import { useServerList, useUserAdmin } from '@pcs/work-ui';
import { useTRPC } from '../../api/trpc';
import type { UserRow } from '../../api/types';
import { PROVISIONING_NS } from '../../i18n/provisioning';
import { useSession } from '../../session/SessionContext';

const SYNC_STATUSES: SyncStatus[] = ['synced', 'pending', 'failed'];
/** A township admin grants township roles only (the API refuses the rest). */
const TOWNSHIP_ROLES = ROLES.filter((role) => ROLE_INFO[role].scope === 'township');
const ACTIVE_UNITS = { page: 1, pageSize: 500, active: true, sortBy: 'name' } as const;

/** The township admin's own users: township roles in this township, sync status, passwords. */
export function TownshipUsersPage() {
  const { t } = useTranslation(PROVISIONING_NS);
  const { tenant, me } = useSession();
  const trpc = useTRPC();
  const [syncStatus, setSyncStatus] = useState<SyncStatus | undefined>();
  const [editing, setEditing] = useState<{ user?: EditableUser; profileLocked?: boolean } | null>(null);
  const [secret, setSecret] = useState<OneTimeSecret | null>(null);

  const { table } = useServerList(trpc.users.list, { initialQuery: { sortBy: 'username' }, filters: { syncStatus } });
  const units = useQuery(trpc.handlingUnits.list.queryOptions(ACTIVE_UNITS));

  const { create, update, setMemberships, setEnabled, resetPassword, reconcile, refresh } = useUserAdmin({
    t,
    onPasswordReset: (userId, password) => setSecret({ username: table.data.find((u) => u.id === userId)?.username ?? '', password }),
  });


  /** Someone who also holds roles elsewhere (the API says whether, not where): only the platform admin changes their account as a whole. */
  const worksElsewhere = (user: UserRow) => user.rolesElsewhere;
  const isSelf = (user: UserRow) => user.id === me.user.id;
  const editable = (user: UserRow): EditableUser => ({
    id: user.id,
    version: user.version,
    username: user.username,
    displayName: user.displayName,
    email: user.email,
    phone: user.phone,
    // The API lists a township admin's own township's roles only.
    memberships: user.memberships.map((m) => ({ role: m.role, tenantId: m.tenantId, departmentId: m.departmentId, handlingUnitId: m.handlingUnitId })),
  });
  const columns = useUserColumns<UserRow>({
    onEdit: (user) => setEditing({ user: editable(user), profileLocked: worksElsewhere(user) }),
    onToggle: (user) => setEnabled.mutateAsync({ id: user.id, version: user.version, enabled: !user.enabled }),
    onReset: (user) => resetPassword.mutateAsync({ id: user.id }),
    isSelf,
    lockedReason: (user) => (worksElsewhere(user) ? t('users.elsewhere') : null),
  });


  return (
    <ListPage<UserRow>
      title={t('users.title')}
      intro={t('users.intro', { name: tenant.name })}
      list={table}
      testId="users-table"
      caption={t('users.caption')}
      columns={columns}
      getRowId={(row) => row.id}
      searchPlaceholder={t('users.searchPlaceholder')}
      exportFileName={t('users.exportFile')}
      filters={
        <Select
          allowClear
          aria-label={t('users.syncFilter')}
          placeholder={t('users.syncFilter')}
          value={syncStatus}
          onChange={(value?: SyncStatus) => {
            setSyncStatus(value);
          }}
          options={SYNC_STATUSES.map((value) => ({ value, label: t(`common:users.sync.${value}`) }))}
          style={{ width: 140 }}
          data-testid="user-sync-filter"
        />
      }
      toolbar={
        <>
          <Popconfirm title={t('users.confirmReconcile')} onConfirm={() => reconcile.mutateAsync({ all: false }).catch(() => undefined)}>
            <Button icon={<SyncOutlined spin={reconcile.isPending} />} data-testid="user-reconcile">
              {t('users.reconcile')}
            </Button>
          </Popconfirm>
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing({})} data-testid="user-create">
            {t('users.create')}
          </Button>
        </>
      }
    >
      <UserFormDrawer
      open={editing !== null}
      user={editing?.user}
      profileLocked={editing?.profileLocked}
      actions={{
        create: (values) => create.mutateAsync(values),
        update: (values) => update.mutateAsync(values),
        setMemberships: (values) => setMemberships.mutateAsync(values),
      }}
      editor={{ roles: TOWNSHIP_ROLES, fixedTenantId: tenant.id, handlingUnits: (units.data?.items ?? []).map((u) => ({ id: u.id, name: u.name })) }}
      onClose={() => setEditing(null)}
      onSaved={(created) => {
        setEditing(null);
        void refresh();
        if (created) setSecret({ username: created.username, password: created.initialPassword });
      }}
      />
      <OneTimePasswordModal secret={secret} title={t('users.passwordTitle')} appUrl={window.location.origin} onClose={() => setSecret(null)} />
    </ListPage>
  );
}
