import { createColumnHelper } from '@tanstack/react-table';
import { Tag } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import dayjs from 'dayjs';
import type { DataColumn } from '../table/columnMeta';
import { rowActionsColumn, type RowAction } from '../table/rowActions';
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

interface UserRowActions<U> {
  onEdit: (user: U) => void;
  onToggle: (user: U) => Promise<unknown>;
  onReset: (user: U) => Promise<unknown>;
  /** Nobody disables their own account: they would lock themselves out mid-work. */
  isSelf: (user: U) => boolean;
  /** Why this administrator may not disable the account or reset its password, if so. */
  lockedReason?: (user: U) => string | null;
}

/** The actions on one user: edit, disable/enable, reset password (the last two may be locked with a reason). */
function userActions<U extends UserListRow>(user: U, actions: UserRowActions<U>, t: TFunction): RowAction[] {
  const locked = actions.lockedReason?.(user) ?? null;
  return [
    { key: 'edit', label: t('users.edit'), onClick: () => actions.onEdit(user), testId: `user-edit-${user.username}` },
    ...(actions.isSelf(user)
      ? []
      : [
          {
            key: 'toggle',
            label: t(user.enabled ? 'users.disable' : 'users.enable'),
            confirm: t(user.enabled ? 'users.confirmDisable' : 'users.confirmEnable', { name: user.displayName }),
            onClick: () => actions.onToggle(user),
            danger: user.enabled,
            disabledReason: locked,
            testId: `user-toggle-${user.username}`,
          },
        ]),
    { key: 'reset', label: t('users.resetPassword'), confirm: t('users.confirmReset', { name: user.displayName }), onClick: () => actions.onReset(user), disabledReason: locked, testId: `user-reset-${user.username}` },
  ];
}

/** Columns of a users list (platform or township administration); sortable ids are users.list's sortBy values. */
export function useUserColumns<U extends UserListRow>(actions: UserRowActions<U>): Array<DataColumn<U>> {
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
    rowActionsColumn<U>(t('users.columns.actions'), (user) => userActions(user, actions, t)),
  ];
}
