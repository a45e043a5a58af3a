import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Card, Flex, Space, Switch, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SIGN_UP_RESPONSE_LABELS } from '@pcs/domain';
import { ErrorAlert, useLanguage } from '@pcs/ui';
import { useTRPC } from '../../../api/trpc';
import { DNS } from '../../../i18n/deputies';
import { DeputySelect } from '../common/DeputySelect';

const COLORS = { invited: 'default', signed_up: 'green', declined: 'red' } as const;

/**
 * Sign-up for a planned activity (issue 14): the office invites deputies by name or publishes it to
 * all serving deputies, and sees who signed up or declined. Attendance stays the participants above.
 */
export function SignUpCard({ activityId, writable }: { activityId: string; writable: boolean }) {
  const { t } = useTranslation(DNS);
  const { pick } = useLanguage();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const signUps = useQuery(trpc.dutyActivities.signUps.queryOptions({ id: activityId }));
  const [toInvite, setToInvite] = useState<string[]>([]);
  const invite = useMutation(
    trpc.dutyActivities.invite.mutationOptions({
      onSuccess: async () => {
        setToInvite([]);
        await queryClient.invalidateQueries(trpc.dutyActivities.pathFilter());
      },
    }),
  );
  const data = signUps.data;
  const open = data?.openToAllDeputies ?? false;
  return (
    <Card size="small" title={t('activities.signUp.title')} loading={signUps.isLoading} data-testid="activity-sign-ups">
      {(signUps.error ?? invite.error) && <ErrorAlert error={signUps.error ?? invite.error} />}
      {data && (
        <Flex vertical gap={8}>
          <Typography.Text type="secondary">{t('activities.signUp.counts', { signedUp: data.signedUp, declined: data.declined, waiting: data.waiting })}</Typography.Text>
          {writable && (
            <Flex gap={8} wrap align="center">
              <Space>
                <Switch checked={open} loading={invite.isPending} onChange={(checked) => invite.mutate({ id: activityId, deputyIds: [], openToAllDeputies: checked })} data-testid="activity-open-to-all" />
                {t('activities.signUp.openToAll')}
              </Space>
              <div style={{ minWidth: 240, flex: 1 }}>
                <DeputySelect multiple value={toInvite} onChange={(v) => setToInvite((v as string[] | null) ?? [])} placeholder={t('activities.signUp.invitePlaceholder')} testId="activity-invite-deputies" />
              </div>
              <Button disabled={toInvite.length === 0} loading={invite.isPending} onClick={() => invite.mutate({ id: activityId, deputyIds: toInvite, openToAllDeputies: open })} data-testid="activity-invite">
                {t('activities.signUp.invite')}
              </Button>
            </Flex>
          )}
          <Space size={[4, 8]} wrap>
            {data.items.map((s) => (
              <Tag key={s.deputyId} color={COLORS[s.response]}>
                {s.name} · {pick(SIGN_UP_RESPONSE_LABELS[s.response])}
              </Tag>
            ))}
          </Space>
        </Flex>
      )}
    </Card>
  );
}
