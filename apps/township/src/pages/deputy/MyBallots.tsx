import { useQuery } from '@tanstack/react-query';
import { Button, Card, Flex, List, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { useTRPC } from '../../api/trpc';
import { DEPUTY_NS } from '../../i18n/texts';

/** Democratic evaluations the deputy votes in without a code (decision 65 §6): shown only when there is one. */
export function MyBallots() {
  const { t } = useTranslation(DEPUTY_NS);
  const trpc = useTRPC();
  const navigate = useNavigate();
  const ballots = useQuery(trpc.deputyWorkspace.ballots.list.queryOptions());
  const rows = (ballots.data ?? []).filter((b) => b.status === 'open' || b.voted);
  if (rows.length === 0) return null;
  return (
    <Card size="small" title={t('ballots.title')} data-testid="deputy-ballots">
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
                  {t('ballots.voted')}
                </Tag>
              ) : b.status === 'open' ? (
                <Button type="primary" onClick={() => navigate(`/me/ballots/${b.id}`)} data-testid={`deputy-ballot-${b.id}`}>
                  {t('ballots.vote')}
                </Button>
              ) : (
                <Tag style={{ whiteSpace: 'nowrap', marginInlineEnd: 0 }}>{t('ballots.closed')}</Tag>
              )}
            </Flex>
          </List.Item>
        )}
      />
    </Card>
  );
}
