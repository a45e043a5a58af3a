import type { ReactElement } from 'react';
import { createColumnHelper } from '@tanstack/react-table';
import { Button, Popconfirm, Space, Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import dayjs from 'dayjs';
import type { DataColumn } from '../table/columnMeta';
import { MembershipTags, membershipText, type MembershipLabel } from './MembershipTags';
import { useRoleName } from './MembershipsEditor';
import { SyncStatusTag, type SyncStatus } from './SyncStatusTag';

/** A user as the users lists show one (users.list's rows). */
export interface UserListRow {
  id: string;
  version: number;
  username: string;
  displayName: string;
  enabled: boolean;
  syncStatus: SyncStatus;
  syncError: string | null;
  syncedAt: string | Date | null;
  createdAt: string | Date;
  memberships: readonly MembershipLabel[];
}

interface RowActions<U> {
  onEdit: (user: U) => void;
  onToggle: (user: U) => Promise<unknown>;
  onReset: (user: U) => Promise<unknown>;
  /** Nobody disables their own account: they would lock themselves out mid-work. */
  isSelf: (user: U) => boolean;
  /** Why this administrator may not disable the account or reset its password, if so. */
  lockedReason?: (user: U) => string | null;
}

/** The actions on one user: edit, disable/enable, reset password (the last two may be locked with a reason). */
function UserActions<U extends UserListRow>({ user, actions }: { user: U; actions: RowActions<U> }) {
  const { t } = useTranslation();
  const locked = actions.lockedReason?.(user) ?? null;
  const explained = (button: ReactElement) => (locked ? <Tooltip title={locked}>{button}</Tooltip> : button);
  return (
    <Space size={0}>
      <Button type="link" size="small" onClick={() => actions.onEdit(user)} data-testid={`user-edit-${user.username}`}>
        {t('users.edit')}
      </Button>
      {!actions.isSelf(user) &&
        explained(
          <Popconfirm title={t(user.enabled ? 'users.confirmDisable' : 'users.confirmEnable', { name: user.displayName })} onConfirm={() => actions.onToggle(user).catch(() => undefined)} disabled={Boolean(locked)}>
            <Button type="link" size="small" danger={user.enabled} disabled={Boolean(locked)} data-testid={`user-toggle-${user.username}`}>
              {t(user.enabled ? 'users.disable' : 'users.enable')}
            </Button>
          </Popconfirm>,
        )}
      {explained(
        <Popconfirm title={t('users.confirmReset', { name: user.displayName })} onConfirm={() => actions.onReset(user).catch(() => undefined)} disabled={Boolean(locked)}>
          <Button type="link" size="small" disabled={Boolean(locked)} data-testid={`user-reset-${user.username}`}>
            {t('users.resetPassword')}
          </Button>
        </Popconfirm>,
      )}
    </Space>
  );
}

/** Columns of a users list (platform or township administration); sortable ids are users.list's sortBy values. */
export function useUserColumns<U extends UserListRow>(actions: RowActions<U>): Array<DataColumn<U>> {
  const { t } = useTranslation();
  const roleName = useRoleName();
  const column = createColumnHelper<U>();
  return [
    column.accessor((u) => u.username, { id: 'username', header: t('users.columns.username'), enableSorting: true, meta: { nowrap: true } }),
    column.accessor((u) => u.displayName, { id: 'displayName', header: t('users.columns.displayName'), enableSorting: true, meta: { nowrap: true } }),
    column.display({
      id: 'memberships',
      header: t('users.columns.roles'),
      cell: ({ row: { original } }) => <MembershipTags memberships={original.memberships} />,
      meta: { exportValue: (row) => membershipText(row.memberships, roleName) },
    }),
    column.accessor((u) => u.syncStatus, {
      id: 'syncStatus',
      header: t('users.columns.syncStatus'),
      enableSorting: true,
      cell: ({ row: { original } }) => <SyncStatusTag status={original.syncStatus} error={original.syncError} syncedAt={original.syncedAt} />,
      meta: { nowrap: true, exportValue: (row) => t(`users.sync.${row.syncStatus}`) + (row.syncError ? `: ${row.syncError}` : '') },
    }),
    column.accessor((u) => u.enabled, {
      id: 'enabled',
      header: t('users.columns.enabled'),
      cell: ({ row: { original } }) => (original.enabled ? <Tag color="green">{t('users.enabled')}</Tag> : <Tag data-testid="user-disabled">{t('users.disabled')}</Tag>),
      meta: { nowrap: true, exportValue: (row) => t(row.enabled ? 'users.enabled' : 'users.disabled') },
    }),
    column.accessor((u) => u.createdAt, {
      id: 'createdAt',
      header: t('users.columns.createdAt'),
      enableSorting: true,
      cell: (c) => dayjs(c.getValue()).format('YYYY-MM-DD'),
      meta: { nowrap: true, exportValue: (row) => dayjs(row.createdAt).format('YYYY-MM-DD HH:mm') },
    }),
    column.display({ id: 'actions', header: t('users.columns.actions'), meta: { noExport: true, nowrap: true }, cell: ({ row: { original } }) => <UserActions user={original} actions={actions} /> }),
  ];
}
