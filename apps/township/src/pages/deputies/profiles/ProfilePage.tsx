import { useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Card, Col, Descriptions, Empty, Flex, List, Row, Space, Statistic, Table, Tag, Typography } from 'antd';
import { ArrowLeftOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router-dom';
import {
  CONGRESS_MEETING_KIND_LABELS,
  DEPUTY_LEVEL_LABELS,
  DUTY_ACTIVITY_TYPE_LABELS,
  DUTY_POINT_ITEM_LABELS,
  DUTY_REVIEW_FORM_LABELS,
  DUTY_REVIEW_VENUE_LABELS,
  MEETING_ATTENDANCE_LABELS,
} from '@pcs/domain';
import { useLanguage } from '@pcs/ui';
import { useTRPC } from '../../../api/trpc';
import { useSession } from '../../../session/SessionContext';
import { DeputyStatusTag } from '../common/labels';
import { DetailFallback } from '../common/sectionParts';
import { DNS } from '../../../i18n/deputies';
import { useYear, YearSelect } from '../common/YearSelect';
import { ReviewFormDrawer } from './ReviewFormDrawer';

/** One deputy's year (履职档案): points and where they come from, activities, meetings, reception duty, suggestions, review. */
export function ProfilePage() {
  const { deputyId = '' } = useParams();
  const { t } = useTranslation(DNS);
  const { pick } = useLanguage();
  const { can } = useSession();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [year, setYear] = useYear();
  const [reviewing, setReviewing] = useState(false);
  const profile = useQuery(trpc.dutyProfiles.get.queryOptions({ deputyId, year }));
  if (profile.isPending || profile.error) return <DetailFallback query={profile} />;
  const p = profile.data;
  const writable = can('deputies.write');
  return (
    <Flex vertical gap={16} data-testid="duty-profile">
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Space>
          <Button type="text" icon={<ArrowLeftOutlined />} onClick={() => navigate(-1)} aria-label={t('common.back')} />
          <Typography.Title level={2} style={{ fontSize: 20, margin: 0 }}>
            <Link to={`/deputies/${p.deputy.id}`}>{p.deputy.name}</Link> · {t('profiles.title')}
          </Typography.Title>
          <DeputyStatusTag status={p.deputy.status} />
        </Space>
        <YearSelect value={year} onChange={setYear} />
      </Flex>
      <Card size="small">
        <Row gutter={16}>
          <Col xs={12} md={4}>
            <Statistic title={t('profiles.columns.points')} value={p.points.total} valueStyle={{ color: '#1677ff' }} data-testid="profile-points" />
          </Col>
          <Col xs={12} md={4}>
            <Statistic title={t('profiles.columns.activities')} value={p.activities.length} />
          </Col>
          <Col xs={12} md={4}>
            <Statistic title={t('profiles.columns.attendanceRate')} value={p.attendanceRate ?? '—'} suffix={p.attendanceRate === null ? '' : '%'} />
          </Col>
          <Col xs={12} md={4}>
            <Statistic title={t('profiles.columns.suggestions')} value={p.suggestions.length} />
          </Col>
          <Col xs={12} md={4}>
            <Statistic title={t('profiles.columns.receptions')} value={p.receptionDuties.length} />
          </Col>
          <Col xs={12} md={4}>
            <Statistic title={t('profiles.columns.satisfaction')} value={p.review?.satisfaction ?? '—'} suffix={p.review?.satisfaction == null ? '' : '%'} />
          </Col>
        </Row>
        <Descriptions
          size="small"
          style={{ marginTop: 12 }}
          items={[
            { label: t('profiles.columns.group'), children: p.deputy.groupName ?? '—' },
            { label: t('roster.columns.levels'), children: p.deputy.levels.map((l) => pick(DEPUTY_LEVEL_LABELS[l])).join('、') },
          ]}
        />
      </Card>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={10}>
          <Card size="small" title={<Space>{t('profiles.pointsTitle')}<Tag color="blue">{t('profiles.pointsTotal', { total: p.points.total })}</Tag></Space>} data-testid="profile-points-card">
            <Table
              size="small"
              rowKey="item"
              pagination={false}
              dataSource={p.points.lines}
              locale={{ emptyText: t('common.none') }}
              columns={[
                { title: t('profiles.pointsItem'), dataIndex: 'item', render: (_, l) => pick(DUTY_POINT_ITEM_LABELS[l.item]) },
                { title: t('profiles.pointsCount'), dataIndex: 'count', align: 'right' },
                { title: t('profiles.pointsEach'), dataIndex: 'points', align: 'right' },
                { title: t('profiles.pointsSubtotal'), dataIndex: 'subtotal', align: 'right' },
              ]}
            />
          </Card>
        </Col>
        <Col xs={24} lg={14}>
          <Card size="small" title={`${t('profiles.activitiesTitle')}（${p.activities.length}）`} data-testid="profile-activities">
            <List
              size="small"
              dataSource={p.activities}
              locale={{ emptyText: t('common.none') }}
              renderItem={(a) => (
                <List.Item>
                  <Space wrap>
                    <span>{a.date}</span>
                    <Tag color="blue">{pick(DUTY_ACTIVITY_TYPE_LABELS[a.type])}</Tag>
                    <Link to={a.supervisionActivityId ? `/supervision?aid=${a.supervisionActivityId}` : `/duty-activities/${a.id}`}>{a.title}</Link>
                    {a.place && <Typography.Text type="secondary">{a.place}</Typography.Text>}
                  </Space>
                </List.Item>
              )}
            />
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card size="small" title={`${t('profiles.meetingsTitle')}（${p.attendance.length}）`}>
            <List
              size="small"
              dataSource={p.attendance}
              locale={{ emptyText: t('common.none') }}
              renderItem={(m) => (
                <List.Item>
                  <Space wrap>
                    <span>{m.startDate}</span>
                    <Link to={`/congress-meetings/${m.id}`}>{m.title}</Link>
                    <Tag>{pick(CONGRESS_MEETING_KIND_LABELS[m.kind])}</Tag>
                    <Tag color={m.attendance === 'present' ? 'green' : m.attendance === 'leave' ? 'orange' : 'red'}>{pick(MEETING_ATTENDANCE_LABELS[m.attendance])}</Tag>
                    {m.spoke && <Tag color="purple">{t('meetings.spoke')}</Tag>}
                  </Space>
                </List.Item>
              )}
            />
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card size="small" title={`${t('profiles.receptionsTitle')}（${p.receptionDuties.length}）`}>
            <List
              size="small"
              dataSource={p.receptionDuties}
              locale={{ emptyText: t('common.none') }}
              renderItem={(r) => (
                <List.Item>
                  <Space wrap>
                    <Link to={`/deputy-contacts/receptions/${r.id}`}>{r.date}</Link>
                    <span>{r.place}</span>
                    <Typography.Text type="secondary">{t('profiles.visits', { count: r.visits })}</Typography.Text>
                  </Space>
                </List.Item>
              )}
            />
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card size="small" title={`${t('profiles.suggestionsTitle')}（${p.suggestions.length}）`}>
            {p.suggestions.length === 0 ? (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('profiles.suggestionsNone')} />
            ) : (
              <List
                size="small"
                dataSource={p.suggestions}
                renderItem={(s) => (
                  <List.Item>
                    <Space wrap>
                      <span>{s.submittedOn}</span>
                      <span>{s.number}</span>
                      <span>{s.title}</span>
                      <Tag>{s.lead ? t('profiles.lead') : t('profiles.cosigned')}</Tag>
                    </Space>
                  </List.Item>
                )}
              />
            )}
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card
            size="small"
            title={t('profiles.reviewTitle')}
            data-testid="profile-review"
            extra={
              writable && (
                <Button size="small" icon={p.review ? <EditOutlined /> : <PlusOutlined />} onClick={() => setReviewing(true)}>
                  {t(p.review ? 'profiles.editReview' : 'profiles.addReview')}
                </Button>
              )
            }
          >
            {p.review ? (
              <Descriptions
                size="small"
                column={2}
                items={[
                  { label: t('profiles.columns.date'), children: p.review.date },
                  { label: t('profiles.columns.form'), children: `${pick(DUTY_REVIEW_FORM_LABELS[p.review.form])} · ${pick(DUTY_REVIEW_VENUE_LABELS[p.review.venue])}` },
                  { label: t('profiles.columns.votes'), children: `${p.review.votesSatisfied}/${p.review.votesBasicallySatisfied}/${p.review.votesUnsatisfied}` },
                  { label: t('profiles.columns.satisfaction'), children: p.review.satisfaction === null ? '—' : `${p.review.satisfaction}%` },
                ]}
              />
            ) : (
              <Typography.Text type="secondary">{t('profiles.reviewNone')}</Typography.Text>
            )}
          </Card>
        </Col>
      </Row>
      <ReviewFormDrawer
        open={reviewing}
        review={p.review}
        deputyId={p.deputy.id}
        year={year}
        onClose={() => setReviewing(false)}
        onSaved={() => {
          setReviewing(false);
          void queryClient.invalidateQueries(trpc.dutyProfiles.pathFilter());
          void queryClient.invalidateQueries(trpc.dutyReviews.pathFilter());
        }}
      />
    </Flex>
  );
}
