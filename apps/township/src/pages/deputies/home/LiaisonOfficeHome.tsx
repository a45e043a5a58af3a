import { useQuery } from '@tanstack/react-query';
import { Alert, Card, Col, Empty, List, Row, Space, Statistic, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { DUTY_ACTIVITY_TYPE_LABELS, yearOf } from '@pcs/domain';
import { BarChartCard, ErrorAlert, useLanguage, countyToday } from '@pcs/ui';
import { useTRPC } from '../../../api/trpc';
import { useCongressWording } from '../../../session/useCongressWording';
import { DNS } from '../../../i18n/deputies';

const QUIET_SHOWN = 24;

/** The liaison office's home: this year's figures and charts, quiet deputies this quarter, what comes next. */
export function LiaisonOfficeHome() {
  const { t } = useTranslation(DNS);
  const { pick } = useLanguage();
  const trpc = useTRPC();
  const wording = useCongressWording();
  const dashboard = useQuery(trpc.liaisonOffice.dashboard.queryOptions({}));
  if (dashboard.error) return <ErrorAlert error={dashboard.error} onRetry={() => void dashboard.refetch()} />;
  const d = dashboard.data;
  const loading = dashboard.isPending;
  const stat = (title: string, value: number | undefined, extra?: string, to?: string) => (
    <Col xs={12} md={8} xl={4}>
      <Card size="small" style={{ height: '100%' }}>
        <Statistic title={to ? <Link to={to}>{title}</Link> : title} value={value ?? 0} loading={loading} />
        {extra && <Typography.Text type="secondary" style={{ fontSize: 12 }}>{extra}</Typography.Text>}
      </Card>
    </Col>
  );
  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }} data-testid="liaison-home">
      <Typography.Title level={3} style={{ fontSize: 18, margin: 0 }}>
        {t('home.title', { year: d?.year ?? yearOf(countyToday()) })}
      </Typography.Title>
      {d && d.rhythmFlags.length > 0 && <Alert type="warning" showIcon title={d.rhythmFlags.map((f) => pick(f)).join('；')} action={<Link to="/congress-meetings">{pick(wording.meetingsTitle)}</Link>} />}
      <Row gutter={[12, 12]}>
        {stat(t('home.serving'), d?.counts.servingDeputies, undefined, '/deputies')}
        {stat(t('home.activities'), d?.counts.activities, d ? t('home.participations', { count: d.counts.participations }) : undefined, '/duty-activities')}
        {/* A sub-district holds no sessions: no figure rather than a zero that reads as a shortfall. */}
        {wording.hasSessions && stat(t('home.sessions'), d?.counts.sessionsHeld ?? undefined, undefined, '/congress-meetings')}
        {stat(pick(wording.bodyMeeting), d?.counts.bodyMeetingsHeld, undefined, '/congress-meetings')}
        {stat(t('home.receptions'), d?.counts.receptions, d ? t('home.visitors', { count: d.counts.visitors }) : undefined, '/deputy-contacts?tab=receptions')}
        {stat(t('home.reviews'), d?.counts.reviews, d ? `${t('home.suggestions')} ${d.counts.suggestions}` : undefined, '/duty-profiles?tab=reviews')}
      </Row>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={14}>
          <BarChartCard
            title={t('home.byMonth')}
            data={(d?.byMonth ?? []).map((m) => ({ month: t('meetings.month', { m: m.month }), activities: m.activities, participations: m.participations }))}
            categoryKey="month"
            series={[
              { dataKey: 'activities', name: t('home.byMonthSeries') },
              { dataKey: 'participations', name: t('home.participationSeries') },
            ]}
            loading={loading}
            height={260}
            testId="home-activities-by-month"
          />
        </Col>
        <Col xs={24} xl={10}>
          <BarChartCard
            title={t('home.byType')}
            data={(d?.byType ?? []).filter((x) => x.count > 0).map((x) => ({ type: pick(DUTY_ACTIVITY_TYPE_LABELS[x.type]), count: x.count }))}
            categoryKey="type"
            series={[{ dataKey: 'count', name: t('home.byMonthSeries') }]}
            loading={loading}
            height={260}
            testId="home-activities-by-type"
          />
        </Col>
      </Row>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={14}>
          <Card size="small" title={<Space>{t('home.quiet', { q: d?.quarter ?? 1 })}{d && <Tag color={d.quietDeputies.length ? 'orange' : 'green'}>{d.quietDeputies.length}</Tag>}</Space>} loading={loading} data-testid="home-quiet">
            <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
              {t('home.quietHint')}
            </Typography.Paragraph>
            {d && d.quietDeputies.length === 0 ? (
              <Typography.Text type="success">{t('home.allActive')}</Typography.Text>
            ) : (
              <Space size={[6, 6]} wrap>
                {d?.quietDeputies.slice(0, QUIET_SHOWN).map((q) => (
                  <Link key={q.id} to={`/duty-profiles/${q.id}`} title={q.lastActivity ? t('home.lastActivity', { date: q.lastActivity }) : t('home.neverActive')}>
                    <Tag>
                      {q.name}
                      {q.groupName ? <span style={{ color: '#999' }}> · {q.groupName}</span> : null}
                    </Tag>
                  </Link>
                ))}
                {d && d.quietDeputies.length > QUIET_SHOWN && <Typography.Text type="secondary">{t('home.more', { count: d.quietDeputies.length - QUIET_SHOWN })}</Typography.Text>}
              </Space>
            )}
          </Card>
        </Col>
        <Col xs={24} xl={10}>
          <Card size="small" title={t('home.upcoming')} loading={loading} data-testid="home-upcoming">
            {d && d.upcomingMeetings.length + d.upcomingReceptions.length === 0 ? (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('home.noUpcoming')} />
            ) : (
              <List
                size="small"
                dataSource={[
                  ...(d?.upcomingMeetings ?? []).map((m) => ({ key: m.id, date: m.startDate, to: `/congress-meetings/${m.id}`, title: m.title, tag: pick(wording.meetingKindLabels[m.kind]), color: m.kind === 'session' || m.kind === 'joint_deputies' ? 'blue' : 'green' })),
                  ...(d?.upcomingReceptions ?? []).map((r) => ({ key: r.id, date: r.date, to: `/deputy-contacts/receptions/${r.id}`, title: `${r.place ?? ''} ${r.deputies.join('、')}`, tag: t('home.receptions'), color: 'purple' })),
                ].sort((a, b) => a.date.localeCompare(b.date))}
                renderItem={(item) => (
                  <List.Item>
                    <Space wrap>
                      <span>{item.date}</span>
                      <Tag color={item.color}>{item.tag}</Tag>
                      <Link to={item.to}>{item.title}</Link>
                    </Space>
                  </List.Item>
                )}
              />
            )}
          </Card>
        </Col>
      </Row>
    </Space>
  );
}
