import { useState } from 'react';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { createColumnHelper } from '@tanstack/react-table';
import { Button, Checkbox, Flex, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import dayjs from 'dayjs';
import { NOTIFICATION_KIND_LABELS, type NotificationKind } from '@pcs/domain';
import { DataTable, DEFAULT_TABLE_QUERY, useLanguage, type DataColumn, type TableQuery } from '@pcs/ui';
import { WORK_NS } from '../i18n';
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
  const [query, setQuery] = useState<TableQuery>(DEFAULT_TABLE_QUERY);
  const [unreadOnly, setUnreadOnly] = useState(false);
  const list = useQuery(trpc.notifications.list.queryOptions({ page: query.page, pageSize: Math.min(query.pageSize, 100), unreadOnly }, { placeholderData: keepPreviousData }));
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
    column.display({
      id: 'actions',
      header: '',
      cell: ({ row: { original: n } }) => (
        <Space>
          <Button
            type="link"
            size="small"
            onClick={() => {
              if (!n.readAt) markRead.mutate({ ids: [n.id] });
              navigate(targetOf(n.entity, n.entityId));
            }}
            data-testid="notification-open"
          >
            {t('notifications.open')}
          </Button>
          {!n.readAt && (
            <Button type="link" size="small" onClick={() => markRead.mutate({ ids: [n.id] })}>
              {t('notifications.markRead')}
            </Button>
          )}
        </Space>
      ),
      meta: { noExport: true },
    }),
  ];

  return (
    <Flex vertical gap={16}>
      <Typography.Title level={2} style={{ fontSize: 20, margin: 0 }}>
        {t('notifications.title')}
      </Typography.Title>
      <DataTable<NotificationItem>
        testId="notifications-table"
        caption={t('notifications.title')}
        columns={columns}
        data={list.data?.items ?? []}
        total={list.data?.total ?? 0}
        query={query}
        onQueryChange={setQuery}
        getRowId={(n) => n.id}
        loading={list.isFetching}
        error={list.error}
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
    </Flex>
  );
}
