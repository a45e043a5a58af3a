import { useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { createColumnHelper } from '@tanstack/react-table';
import { Button, Checkbox, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import dayjs from 'dayjs';
import { NOTIFICATION_KIND_LABELS, type NotificationKind } from '@pcs/domain';
import { ListPage, useLanguage, type DataColumn, type TableQuery, rowActionsColumn } from '@pcs/ui';
import { useServerList } from '../useServerList';
import { WORK_NS } from '../i18n/work';
import { useTRPC } from '../trpc';
import type { NotificationItem } from '../types';

const column = createColumnHelper<NotificationItem>();
const KIND_COLORS: Partial<Record<NotificationKind, string>> = { overdue: 'red', due_soon: 'orange', urged: 'gold', assigned: 'blue', rehandling: 'magenta', rejected: 'volcano', verified: 'green' };

/** The user's notifications: assignments, replies, evaluations, reminders and overdue items; `targetOf` says where each leads in this app. */
export function NotificationList({ targetOf }: { targetOf: (entity: NotificationItem['entity'], entityId: string) => string }) {
  const { t } = useTranslation(WORK_NS);
  const { pick } = useLanguage();
  const trpc = useTRPC();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [unreadOnly, setUnreadOnly] = useState(false);
  const { table } = useServerList(
    // The notification list takes no sorting or search, and at most 100 a page.
    { queryOptions: ({ page, pageSize, unreadOnly }: TableQuery & { unreadOnly: boolean }) => trpc.notifications.list.queryOptions({ page, pageSize: Math.min(pageSize, 100), unreadOnly }) },
    { filters: { unreadOnly }, exportable: false },
  );
  const refresh = () => queryClient.invalidateQueries(trpc.notifications.pathFilter());
  const markRead = useMutation(trpc.notifications.markRead.mutationOptions({ onSuccess: () => void refresh() }));

  const columns: Array<DataColumn<NotificationItem>> = [
    column.accessor('createdAt', { header: t('notifications.columns.createdAt'), cell: (c) => dayjs(c.getValue()).format('YYYY-MM-DD HH:mm'), meta: { nowrap: true } }),
    column.accessor('kind', {
      header: t('notifications.columns.kind'),
      cell: (c) => <Tag color={KIND_COLORS[c.getValue() as NotificationKind]}>{pick(NOTIFICATION_KIND_LABELS[c.getValue() as NotificationKind] ?? { zh: c.getValue(), en: c.getValue() })}</Tag>,
      meta: { exportValue: (n) => pick(NOTIFICATION_KIND_LABELS[n.kind as NotificationKind] ?? { zh: n.kind, en: n.kind }) },
    }),
    column.accessor('title', {
      header: t('notifications.columns.title'),
      cell: ({ row: { original: n } }) => (
        <Typography.Text strong={!n.readAt} data-testid="notification-title">
          {n.title}
        </Typography.Text>
      ),
    }),
    column.accessor('body', { header: t('notifications.columns.body'), cell: (c) => { const body = c.getValue(); return body ? pick(body) : ''; } }),
    rowActionsColumn<NotificationItem>('', (n) => [
      {
        key: 'open',
        label: t('notifications.open'),
        onClick: () => {
          if (!n.readAt) markRead.mutate({ ids: [n.id] });
          navigate(targetOf(n.entity, n.entityId));
        },
        testId: 'notification-open',
      },
      !n.readAt && { key: 'read', label: t('notifications.markRead'), onClick: () => markRead.mutate({ ids: [n.id] }) },
    ]),
  ];

  return (
    <ListPage<NotificationItem>
      title={t('notifications.title')}
      list={table}
      testId="notifications-table"
      caption={t('notifications.title')}
      columns={columns}
      getRowId={(n) => n.id}
      searchable={false}
      filters={
          <Checkbox checked={unreadOnly} onChange={(e) => setUnreadOnly(e.target.checked)}>
            {t('notifications.unreadOnly')}
          </Checkbox>
        }
        toolbar={
          <Button onClick={() => markRead.mutate({ all: true })} loading={markRead.isPending} data-testid="notifications-read-all">
            {t('notifications.markAllRead')}
          </Button>
        }
    />
  );
}
