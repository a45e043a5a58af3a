import { useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Card, Flex, Popconfirm, Select, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@pcs/ui';
import { ballotKeys } from '@pcs/work-ui';
import { useTRPC } from '../../api/trpc';
import { BALLOTS_NS } from '../../i18n/ballots';

interface Props {
  evaluationId: string;
  open: boolean;
  groups: Array<{ groupId: string; name: string }>;
}

/**
 * The accounts of the township who vote signed in, per group (docs/decisions.md, 71): the
 * office adds them before or while the evaluation is open and removes one who has not voted.
 * Nothing here says who voted.
 */
export function EvaluationMembers({ evaluationId, open, groups }: Props) {
  const { t } = useTranslation(BALLOTS_NS);
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const members = useQuery(trpc.ballots.members.queryOptions({ evaluationId }));
  const candidates = useQuery({ ...trpc.ballots.memberCandidates.queryOptions({ evaluationId }), enabled: open });
  const [groupId, setGroupId] = useState<string | undefined>(groups[0]?.groupId);
  const [userIds, setUserIds] = useState<string[]>([]);
  // The member lists, and the evaluation card's turnout (a member is an issued code).
  const refresh = () => Promise.all([queryClient.invalidateQueries(trpc.ballots.pathFilter()), queryClient.invalidateQueries({ queryKey: ballotKeys.all })]);
  const add = useMutation(trpc.ballots.addMembers.mutationOptions({ onSuccess: () => { setUserIds([]); void refresh(); } }));
  const remove = useMutation(trpc.ballots.removeMember.mutationOptions({ onSuccess: () => void refresh() }));

  return (
    <Card size="small" title={t('members.title')} style={{ marginTop: -8, marginBottom: 16 }} data-testid={`members-${evaluationId}`}>
      <Typography.Paragraph type="secondary">{t('members.intro')}</Typography.Paragraph>
      {members.error && <ErrorAlert error={members.error} />}
      {add.error && <ErrorAlert error={add.error} />}
      {remove.error && <ErrorAlert error={remove.error} />}
      {groups.map((g) => {
        const mine = (members.data ?? []).filter((m) => m.groupId === g.groupId);
        return (
          <Flex key={g.groupId} gap={8} wrap align="center" style={{ marginBottom: 8 }}>
            <Typography.Text strong>{g.name}：</Typography.Text>
            {mine.length === 0 && <Typography.Text type="secondary">{t('members.none')}</Typography.Text>}
            {mine.map((m) =>
              open ? (
                <Popconfirm key={m.userId} title={t('members.confirmRemove')} onConfirm={() => remove.mutate({ evaluationId, userId: m.userId })}>
                  <Tag closable onClose={(e) => e.preventDefault()} data-testid={`member-${m.username}`}>
                    {m.displayName}（{m.username}）
                  </Tag>
                </Popconfirm>
              ) : (
                <Tag key={m.userId}>
                  {m.displayName}（{m.username}）
                </Tag>
              ),
            )}
          </Flex>
        );
      })}
      {open && (
        <Space wrap style={{ width: '100%' }}>
          <Select aria-label={t('members.group')} style={{ minWidth: 140 }} value={groupId} onChange={setGroupId} options={groups.map((g) => ({ value: g.groupId, label: g.name }))} data-testid="members-group" />
          <Select
            aria-label={t('members.accounts')}
            mode="multiple"
            style={{ minWidth: 320 }}
            placeholder={t('members.accountsPlaceholder')}
            value={userIds}
            onChange={setUserIds}
            optionFilterProp="label"
            loading={candidates.isLoading}
            options={(candidates.data ?? []).map((u) => ({ value: u.id, label: `${u.displayName}（${u.username}）` }))}
            data-testid="members-accounts"
          />
          <Button type="primary" disabled={!groupId || userIds.length === 0} loading={add.isPending} onClick={() => groupId && add.mutate({ evaluationId, groupId, userIds })} data-testid="members-add">
            {t('members.add')}
          </Button>
        </Space>
      )}
    </Card>
  );
}
