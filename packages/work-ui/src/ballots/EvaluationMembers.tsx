import { useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Card, Flex, Popconfirm, Select, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@pcs/ui';
import { EVALUATION_NS } from '../i18n/evaluation';
import { ballotKeys, useBallotsApi, type BallotScope } from './api';

interface Props {
  scope: BallotScope;
  evaluationId: string;
}

/**
 * The accounts of the township where the evaluation is held who vote signed in, per group
 * (docs/decisions.md, 71): whoever holds it (the township's office, or the county's check team for
 * its campaigns) adds them before or while it is open and removes one who has not voted. The
 * members vote in the township app's "my ballots". Nothing here says who voted. The groups and
 * status come from the evaluation card's query (the same key: one request).
 */
export function EvaluationMembers({ scope, evaluationId }: Props) {
  const { t } = useTranslation(EVALUATION_NS);
  const api = useBallotsApi(scope);
  const queryClient = useQueryClient();
  const detail = useQuery({ queryKey: ballotKeys.of(scope, 'evaluation', evaluationId), queryFn: () => api.get.query({ evaluationId }) });
  // Open to changes: a county campaign's evaluation only by the county's check team (decision 79).
  const open = detail.data?.status === 'open' && !(scope === 'township' && detail.data.runByCounty);
  const groups = detail.data?.groups ?? [];
  const members = useQuery({ queryKey: ballotKeys.of(scope, 'members', evaluationId), queryFn: () => api.members.query({ evaluationId }) });
  const candidates = useQuery({ queryKey: ballotKeys.of(scope, 'memberCandidates', evaluationId), queryFn: () => api.memberCandidates.query({ evaluationId }), enabled: open });
  const [chosenGroupId, setGroupId] = useState<string>();
  const groupId = chosenGroupId ?? groups[0]?.groupId;
  const [userIds, setUserIds] = useState<string[]>([]);
  // The member lists, and the evaluation's turnout (a member is an issued code).
  const refresh = () => queryClient.invalidateQueries({ queryKey: ballotKeys.all });
  const add = useMutation({ mutationFn: (input: { groupId: string; userIds: string[] }) => api.addMembers.mutate({ evaluationId, ...input }), onSuccess: () => { setUserIds([]); void refresh(); } });
  const remove = useMutation({ mutationFn: (userId: string) => api.removeMember.mutate({ evaluationId, userId }), onSuccess: () => void refresh() });

  return (
    <Card size="small" title={t('members.title')} style={{ marginTop: scope === 'township' ? -8 : 0, marginBottom: 16 }} data-testid={`members-${evaluationId}`}>
      <Typography.Paragraph type="secondary">{t(scope === 'county' ? 'members.introCounty' : scope === 'countyHome' ? 'members.introCountyHome' : 'members.intro')}</Typography.Paragraph>
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
                <Popconfirm key={m.userId} title={t('members.confirmRemove')} onConfirm={() => remove.mutate(m.userId)}>
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
            placeholder={t(scope === 'county' ? 'members.accountsPlaceholderCounty' : scope === 'countyHome' ? 'members.accountsPlaceholderCountyHome' : 'members.accountsPlaceholder')}
            value={userIds}
            onChange={setUserIds}
            optionFilterProp="label"
            loading={candidates.isLoading}
            options={(candidates.data ?? []).map((u) => ({ value: u.id, label: `${u.displayName}（${u.username}）` }))}
            data-testid="members-accounts"
          />
          <Button type="primary" disabled={!groupId || userIds.length === 0} loading={add.isPending} onClick={() => groupId && add.mutate({ groupId, userIds })} data-testid="members-add">
            {t('members.add')}
          </Button>
        </Space>
      )}
    </Card>
  );
}
