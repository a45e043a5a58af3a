import { useQuery } from '@tanstack/react-query';
import { Badge, Card, Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useTRPC } from '../../api/trpc';
import { DEPUTY_NS } from '../../i18n/deputy';

/** Drafts not yet submitted: the deputy's own and those they are asked to co-sign (answer awaited first). */
export function MyDrafts() {
  const { t } = useTranslation(DEPUTY_NS);
  const trpc = useTRPC();
  const drafts = useQuery(trpc.deputyWorkspace.drafts.list.queryOptions());
  const open = (drafts.data ?? []).filter((d) => d.state !== 'submitted');
  if (open.length === 0) return null;
  const sorted = [...open].sort((a, b) => Number(b.canAnswer && b.myAnswer === 'pending') - Number(a.canAnswer && a.myAnswer === 'pending'));
  return (
    <Card size="small" title={t('drafts.section')} data-testid="deputy-drafts">
      <Flex vertical gap={8}>
        {sorted.map((d) => (
          <Link key={d.id} to={`/me/drafts/${d.id}`} data-testid="deputy-draft-item">
            <Flex justify="space-between" gap={8}>
              <Typography.Text ellipsis>{d.title}</Typography.Text>
              {d.isAuthor ? <Tag>{t(`drafts.state.${d.state}`)}</Tag> : d.myAnswer === 'pending' ? <Badge status="warning" text={t('drafts.waitingMe')} style={{ flexShrink: 0, whiteSpace: 'nowrap' }} /> : <Tag>{t(`drafts.response.${d.myAnswer ?? 'pending'}`)}</Tag>}
            </Flex>
            {!d.isAuthor && <Typography.Text type="secondary">{t('drafts.author')}：{d.authorName}</Typography.Text>}
          </Link>
        ))}
      </Flex>
    </Card>
  );
}
