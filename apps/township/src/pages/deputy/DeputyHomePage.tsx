import { useQuery } from '@tanstack/react-query';
import { Alert, Badge, Button, Card, Empty, Flex, List, Segmented, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { SATISFACTION_LABELS, SUGGESTION_STATE_LABELS } from '@pcs/domain';
import { ErrorAlert, useLanguage } from '@pcs/ui';
import { useTRPC } from '../../api/trpc';
import { DEPUTY_NS } from '../../i18n/deputy';
import { MyActivities } from './MyActivities';
import { MyBallots } from '@pcs/work-ui/voting';
import { MyDrafts } from './MyDrafts';
import { MyDutyReport } from './MyDutyReport';

type Tab = 'suggestions' | 'activities' | 'contacts' | 'reviews';

/** The deputy's start page: who they are here, then one section at a time (a phone screen). */
export default function DeputyHomePage() {
  const { t } = useTranslation(DEPUTY_NS);
  const { pick } = useLanguage();
  const trpc = useTRPC();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const tab = (params.get('tab') as Tab | null) ?? 'suggestions';
  const setTab = (next: Tab) => setParams(next === 'suggestions' ? {} : { tab: next }, { replace: true });
  const profile = useQuery(trpc.deputyWorkspace.profile.queryOptions());
  const suggestions = useQuery(trpc.deputyWorkspace.suggestions.list.queryOptions({ pageSize: 100 }));
  const records = useQuery({ ...trpc.deputyWorkspace.records.queryOptions(), enabled: tab === 'contacts' || tab === 'reviews' });
  const error = profile.error ?? suggestions.error ?? records.error;
  const me = profile.data;

  return (
    <Flex vertical gap={12} style={{ maxWidth: 560, margin: '0 auto', paddingTop: 44 }} data-testid="deputy-home">
      {error && <ErrorAlert error={error} />}
      {me && (
        <Card size="small">
          <Typography.Title level={4} style={{ margin: 0 }} data-testid="deputy-name">
            {t('home.title', { name: me.name })}
          </Typography.Title>
          <Typography.Text type="secondary">
            {[me.groupName && `${t('home.group')}：${me.groupName}`, me.station && `${t('home.station')}：${me.station.name}`].filter(Boolean).join(' · ')}
          </Typography.Text>
          {me.termEnded && <Alert style={{ marginTop: 8 }} type="warning" showIcon message={t('home.termEnded', { date: me.statusDate })} data-testid="deputy-term-ended" />}
        </Card>
      )}
      <Flex gap={8}>
        {me && !me.termEnded && (
          <Button type="primary" size="large" block onClick={() => navigate('/me/suggestions/new')} data-testid="deputy-new-suggestion">
            {t('home.newSuggestion')}
          </Button>
        )}
        <Button size="large" block onClick={() => navigate('/notifications')}>
          {t('home.notifications')}
        </Button>
      </Flex>
      <MyBallots />
      <Segmented<Tab>
        block
        value={tab}
        onChange={setTab}
        options={(['suggestions', 'activities', 'contacts', 'reviews'] as const).map((value) => ({ value, label: t(`home.tabs.${value}`) }))}
      />
      {tab === 'suggestions' && <MyDrafts />}
      {tab === 'suggestions' && (
        <List
          data-testid="deputy-suggestions"
          locale={{ emptyText: <Empty description={t('suggestions.empty')} /> }}
          loading={suggestions.isLoading}
          dataSource={suggestions.data?.items ?? []}
          renderItem={(s) => (
            <Link to={`/me/suggestions/${s.id}`} style={{ display: 'block', width: '100%' }}>
              <Card size="small" hoverable style={{ marginBottom: 8 }} data-testid="deputy-suggestion">
                <Flex justify="space-between" gap={8}>
                  <Typography.Text strong ellipsis>
                    {s.title}
                  </Typography.Text>
                  <Tag color={s.state === 'replied' ? 'orange' : s.state === 'closed' ? 'green' : 'blue'}>{pick(SUGGESTION_STATE_LABELS[s.state])}</Tag>
                </Flex>
                <Typography.Text type="secondary">
                  {s.number} · {s.leadDeputyName} {s.coSignerNames.length > 0 ? `+${s.coSignerNames.length}` : ''}
                  {s.dueOn && s.state !== 'closed' ? ` · ${t('suggestions.due', { date: s.dueOn })}` : ''}
                </Typography.Text>
                {s.state === 'replied' && <Badge status="warning" text={t('suggestions.toEvaluate')} style={{ display: 'block' }} />}
                {s.satisfaction && s.state === 'closed' && <Tag style={{ marginInlineStart: 8 }}>{pick(SATISFACTION_LABELS[s.satisfaction])}</Tag>}
              </Card>
            </Link>
          )}
        />
      )}
      {tab === 'activities' && <MyActivities />}
      {tab === 'contacts' && (
        <>
          <Card size="small" title={t('records.contacts')} loading={records.isLoading}>
            <List locale={{ emptyText: t('records.none') }} dataSource={records.data?.contacts ?? []} renderItem={(c) => <List.Item>{[c.name, c.phone, c.address].filter(Boolean).join(' · ')}</List.Item>} />
          </Card>
          <Card size="small" title={t('records.receptions')} loading={records.isLoading}>
            <List
              locale={{ emptyText: t('records.none') }}
              dataSource={records.data?.receptions ?? []}
              renderItem={(r) => (
                <List.Item>
                  {r.date} {r.place ?? ''} {r.upcoming && <Tag color="blue">{t('records.upcoming')}</Tag>}
                </List.Item>
              )}
            />
          </Card>
        </>
      )}
      {tab === 'reviews' && <MyDutyReport />}
      {tab === 'reviews' && (
        <Card size="small" title={t('records.reviews')} loading={records.isLoading}>
          <List
            locale={{ emptyText: t('records.none') }}
            dataSource={records.data?.reviews ?? []}
            renderItem={(r) => (
              <List.Item>
                <List.Item.Meta title={`${r.year} · ${r.date ?? ''}`} description={t('records.votes', { s: r.votesSatisfied, b: r.votesBasicallySatisfied, u: r.votesUnsatisfied })} />
              </List.Item>
            )}
          />
        </Card>
      )}
    </Flex>
  );
}
