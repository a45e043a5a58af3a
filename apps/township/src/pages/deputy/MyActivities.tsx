import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Flex, List, Statistic, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { DUTY_ACTIVITY_TYPE_LABELS, DUTY_POINT_ITEM_LABELS } from '@pcs/domain';
import { ErrorAlert, useLanguage } from '@pcs/ui';
import { useTRPC } from '../../api/trpc';
import { DEPUTY_NS } from '../../i18n/deputy';

/**
 * The deputy's activities: those open to them (invited by name or published to all) with sign-up
 * until the day before, then their year's duty record as the office keeps it (attendance, points).
 */
export function MyActivities() {
  const { t } = useTranslation(DEPUTY_NS);
  const { pick } = useLanguage();
  const { message } = App.useApp();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const list = useQuery(trpc.deputyWorkspace.activities.list.queryOptions({}));
  const respond = useMutation(
    trpc.deputyWorkspace.activities.respond.mutationOptions({
      onSuccess: async () => {
        void message.success(t('activities.answered'));
        await queryClient.invalidateQueries({ queryKey: trpc.deputyWorkspace.activities.pathKey() });
      },
    }),
  );
  const items = list.data?.items ?? [];
  const open = items.filter((a) => a.upcoming);
  const record = list.data?.record;

  return (
    <Flex vertical gap={12}>
      {(list.error ?? respond.error) && <ErrorAlert error={list.error ?? respond.error} />}
      <Card size="small" title={t('activities.open')} loading={list.isLoading} data-testid="deputy-open-activities">
        <List
          locale={{ emptyText: t('activities.noneOpen') }}
          dataSource={open}
          renderItem={(a) => (
            <List.Item data-testid="deputy-open-activity">
              <Flex vertical gap={6} style={{ width: '100%' }}>
                <Flex justify="space-between" gap={8}>
                  <Typography.Text strong>{a.title}</Typography.Text>
                  <Tag color={a.invited ? 'blue' : 'default'}>{a.invited ? t('activities.invited') : t('activities.published')}</Tag>
                </Flex>
                <Typography.Text type="secondary">{[a.date, pick(DUTY_ACTIVITY_TYPE_LABELS[a.type]), a.place].filter(Boolean).join(' · ')}</Typography.Text>
                {a.canRespond ? (
                  <Flex gap={8}>
                    <Button block disabled={a.response === 'declined'} loading={respond.isPending} onClick={() => respond.mutate({ activityId: a.id, response: 'declined' })} data-testid="deputy-activity-decline">
                      {a.response === 'declined' ? t('activities.declined') : t('activities.decline')}
                    </Button>
                    <Button block type="primary" disabled={a.response === 'signed_up'} loading={respond.isPending} onClick={() => respond.mutate({ activityId: a.id, response: 'signed_up' })} data-testid="deputy-activity-sign-up">
                      {a.response === 'signed_up' ? t('activities.signedUp') : t('activities.signUp')}
                    </Button>
                  </Flex>
                ) : (
                  <Tag>{a.response === 'signed_up' ? t('activities.signedUp') : a.response === 'declined' ? t('activities.declined') : t('activities.closed')}</Tag>
                )}
              </Flex>
            </List.Item>
          )}
        />
      </Card>
      {record && (
        <Card size="small" title={t('activities.record', { year: record.year })} data-testid="deputy-duty-record">
          <Flex gap={24} wrap>
            <Statistic title={t('activities.points')} value={record.points.total} data-testid="deputy-points" />
            <Statistic title={t('activities.attendanceRate')} value={record.attendanceRate === null ? '—' : `${record.attendanceRate}%`} />
          </Flex>
          <List
            size="small"
            dataSource={record.points.lines.filter((l) => l.count > 0)}
            renderItem={(l) => (
              <List.Item>
                {pick(DUTY_POINT_ITEM_LABELS[l.item])} × {l.count} = {l.subtotal}
              </List.Item>
            )}
          />
          <Typography.Title level={5}>{t('records.activities')}</Typography.Title>
          <List
            size="small"
            locale={{ emptyText: t('records.none') }}
            dataSource={record.activities}
            renderItem={(a) => (
              <List.Item>
                <List.Item.Meta title={a.title} description={`${a.date} · ${pick(DUTY_ACTIVITY_TYPE_LABELS[a.type])}`} />
              </List.Item>
            )}
          />
        </Card>
      )}
    </Flex>
  );
}
