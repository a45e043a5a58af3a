import { useQuery } from '@tanstack/react-query';
import { Button, Card, Empty, Flex, List, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { ErrorAlert } from '@pcs/ui';
import { VOTE_NS } from '../i18n/vote';
import { useVoterApi, voterKeys, type VoterScope } from './api';

/**
 * The democratic evaluations the caller is a listed member of (docs/decisions.md, 71): on the
 * deputy's home only when there is one, on "我的测评" always (with `showEmpty`). `scope`: a
 * township user's or a county department's user's (decision 79).
 */
export function MyBallots({ scope = 'township', showEmpty = false }: { scope?: VoterScope; showEmpty?: boolean }) {
  const { t } = useTranslation(VOTE_NS);
  const api = useVoterApi(scope);
  const navigate = useNavigate();
  const ballots = useQuery({ queryKey: voterKeys.of(scope, 'list'), queryFn: () => api.list.query() });
  const rows = (ballots.data ?? []).filter((b) => b.status === 'open' || b.voted === true || showEmpty);
  if (ballots.error) return <ErrorAlert error={ballots.error} />;
  if (rows.length === 0) return showEmpty && ballots.data ? <Empty description={t('mine.empty')} /> : null;
  return (
    <Card size="small" title={t('mine.title')} data-testid="my-ballots">
      <List
        dataSource={rows}
        renderItem={(b) => (
          <List.Item>
            <Flex justify="space-between" align="center" gap={8} style={{ width: '100%' }}>
              <div style={{ minWidth: 0 }}>
                <Typography.Text strong style={{ display: 'block' }}>
                  {b.title}
                </Typography.Text>
                <Typography.Text type="secondary">
                  {b.heldOn} · {b.groupName}
                </Typography.Text>
              </div>
              {b.voted ? (
                <Tag color="green" style={{ whiteSpace: 'nowrap', marginInlineEnd: 0 }}>
                  {t('mine.voted')}
                </Tag>
              ) : b.status === 'open' ? (
                <Button type="primary" onClick={() => navigate(`/my-ballots/${b.id}`)} data-testid={`my-ballot-${b.id}`}>
                  {t('mine.vote')}
                </Button>
              ) : (
                <Tag style={{ whiteSpace: 'nowrap', marginInlineEnd: 0 }}>{t('mine.closed')}</Tag>
              )}
            </Flex>
          </List.Item>
        )}
      />
    </Card>
  );
}
