import { useEffect, useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Checkbox, Col, Descriptions, Flex, List, Radio, Row, Space, Table, Tag, Typography } from 'antd';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { Link, Route, Routes, useNavigate, useParams } from 'react-router-dom';
import {
  CONGRESS_MEETING_STATUS_LABELS,
  CONGRESS_SESSION_TYPE_LABELS,
  MEETING_AGENDA_KIND_LABELS,
  MEETING_ATTENDANCE_LABELS,
  MEETING_ATTENDANCE_STATUSES,
  MEETING_OUTCOME_KIND_LABELS,
  type MeetingAttendanceStatus,
} from '@pcs/domain';
import { describeError, useLanguage } from '@pcs/ui';
import { useTRPC, useTRPCClient } from '../../../api/trpc';
import { useSession } from '../../../session/SessionContext';
import { useCongressWording } from '../../../session/useCongressWording';
import { SessionSuggestionsCard } from '../../suggestions/SessionSuggestionsCard';
import { OwnerAttachments } from '@pcs/work-ui';
import { DetailFallback, EditDeleteButtons } from '../common/sectionParts';
import { DNS } from '../../../i18n/deputies';
import { MeetingFormDrawer } from './MeetingFormDrawer';
import { MeetingsPage } from './MeetingsPage';

/** /congress-meetings: the year's meetings and rhythm, one meeting. */
export function MeetingsRoutes() {
  return (
    <Routes>
      <Route index element={<MeetingsPage />} />
      <Route path=":id" element={<MeetingDetailPage />} />
    </Routes>
  );
}

interface Entry {
  deputyId: string;
  name: string;
  status: MeetingAttendanceStatus;
  spoke: boolean;
}

function MeetingDetailPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation(DNS);
  const { pick } = useLanguage();
  const { message } = App.useApp();
  const { can } = useSession();
  const trpc = useTRPC();
  const wording = useCongressWording();
  const client = useTRPCClient();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const writable = can('deputies.write');
  const meeting = useQuery(trpc.congressMeetings.get.queryOptions({ id }));
  const options = useQuery(trpc.deputies.options.queryOptions({ servingOnly: false }));
  const [editing, setEditing] = useState(false);
  const [entries, setEntries] = useState<Entry[] | null>(null);
  const refresh = () => queryClient.invalidateQueries(trpc.congressMeetings.pathFilter());
  const onError = (error: unknown) => {
    const info = describeError(error);
    void message.error(info.messages ? pick(info.messages) : t('common:errors.unknown'));
  };
  const saveAttendance = useMutation(trpc.congressMeetings.setAttendance.mutationOptions({ onSuccess: () => { void message.success(t('common.saved')); setEntries(null); void refresh(); }, onError }));
  const remove = useMutation(trpc.congressMeetings.delete.mutationOptions({ onSuccess: () => { void refresh(); navigate('/congress-meetings'); }, onError }));
  useEffect(() => setEntries(null), [id]);

  if (meeting.isPending || meeting.error) return <DetailFallback query={meeting} />;
  const m = meeting.data;
  const register = entries ?? m.attendance.map((a) => ({ deputyId: a.deputyId, name: a.name, status: a.status, spoke: a.spoke }));
  const dirty = entries !== null;
  const setEntry = (deputyId: string, change: Partial<Entry>) => setEntries(register.map((e) => (e.deputyId === deputyId ? { ...e, ...change } : e)));
  const fillExpected = async () => {
    const expected = await client.congressMeetings.expected.query({ id: m.id });
    const names = new Map((options.data ?? []).map((d) => [d.id, d.name]));
    const have = new Set(register.map((e) => e.deputyId));
    setEntries([...register, ...expected.filter((d) => !have.has(d)).map((d) => ({ deputyId: d, name: names.get(d) ?? d, status: 'present' as const, spoke: false }))].sort((a, b) => a.name.localeCompare(b.name, 'zh-CN')));
  };
  const s = m.attendanceSummary;

  return (
    <Flex vertical gap={16} data-testid="meeting-detail">
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Space>
          <Button type="text" icon={<ArrowLeftOutlined />} onClick={() => navigate(`/congress-meetings?year=${m.startDate.slice(0, 4)}`)} aria-label={t('common.back')} />
          <Typography.Title level={2} style={{ fontSize: 20, margin: 0 }}>
            {m.title}
          </Typography.Title>
          <Tag color={m.status === 'held' ? 'green' : m.status === 'planned' ? 'blue' : 'default'}>{pick(CONGRESS_MEETING_STATUS_LABELS[m.status])}</Tag>
        </Space>
        {writable && <EditDeleteButtons name={m.title} onEdit={() => setEditing(true)} onDelete={() => remove.mutate({ id: m.id })} editTestId="meeting-edit" />}
      </Flex>
      <Card size="small">
        <Descriptions
          size="small"
          column={{ xs: 1, sm: 2, lg: 4 }}
          items={[
            { label: t('meetings.columns.kind'), children: `${pick(wording.meetingKindLabels[m.kind])}${m.sessionType ? ` · ${pick(CONGRESS_SESSION_TYPE_LABELS[m.sessionType])}` : ''}` },
            { label: t('meetings.columns.number'), children: `${t('roster.columns.termValue', { term: m.termNo })} ${t('meetings.numberValue', { n: m.number })}` },
            { label: t('meetings.columns.startDate'), children: m.endDate !== m.startDate ? `${m.startDate} ~ ${m.endDate}` : m.startDate },
            { label: t('meetings.columns.days'), children: m.days },
            { label: t('meetings.columns.place'), children: m.place ?? '—' },
            { label: t('meetings.columns.attendance'), children: `${s.present}/${s.expected}` },
          ]}
        />
      </Card>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={10}>
          <Card size="small" title={t('meetings.agendaTitle')}>
            <List
              size="small"
              dataSource={m.agenda}
              locale={{ emptyText: t('common.none') }}
              renderItem={(a, i) => (
                <List.Item>
                  <Space wrap>
                    <span>{i + 1}.</span>
                    <span>{a.title}</span>
                    <Tag>{pick(MEETING_AGENDA_KIND_LABELS[a.kind])}</Tag>
                    {a.presenter && <Typography.Text type="secondary">{a.presenter}</Typography.Text>}
                  </Space>
                </List.Item>
              )}
            />
          </Card>
        </Col>
        <Col xs={24} lg={14}>
          <Card size="small" title={t('meetings.outcomesTitle')}>
            <Table
              size="small"
              rowKey="id"
              pagination={false}
              dataSource={m.outcomes}
              locale={{ emptyText: t('common.none') }}
              columns={[
                { title: t('meetings.columns.kind'), dataIndex: 'kind', render: (_, o) => <Tag>{pick(MEETING_OUTCOME_KIND_LABELS[o.kind])}</Tag> },
                { title: t('meetings.item'), dataIndex: 'title', render: (_, o) => `${o.title}${o.electedName ? `：${o.post ?? ''} ${o.electedName}` : ''}` },
                { title: t('meetings.votes'), key: 'votes', render: (_, o) => (o.votesFor != null ? `${o.votesFor}/${o.votesAgainst ?? 0}/${o.abstentions ?? 0}` : '—') },
              ]}
            />
          </Card>
        </Col>
      </Row>
      <Card
        size="small"
        title={t('meetings.attendanceTitle')}
        data-testid="attendance-card"
        extra={
          writable && (
            <Space wrap>
              <Button size="small" onClick={() => void fillExpected()}>
                {t('meetings.fillExpected')}
              </Button>
              <Button size="small" onClick={() => setEntries(register.map((e) => ({ ...e, status: 'present' })))}>
                {t('meetings.allPresent')}
              </Button>
              <Button size="small" type="primary" disabled={!dirty} loading={saveAttendance.isPending} onClick={() => saveAttendance.mutate({ meetingId: m.id, entries: register.map(({ deputyId, status, spoke }) => ({ deputyId, status, spoke })) })} data-testid="attendance-save">
                {t('meetings.saveAttendance')}
              </Button>
            </Space>
          )
        }
      >
        <Typography.Paragraph type="secondary">
          {s.expected ? t('meetings.attendanceSummary', { expected: s.expected, present: s.present, leave: s.leave, absent: s.absent, rate: s.rate === null ? '—' : `${s.rate}%` }) : t('meetings.noAttendance')}
        </Typography.Paragraph>
        <Table<Entry>
          size="small"
          rowKey="deputyId"
          dataSource={register}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          columns={[
            { title: t('roster.columns.name'), dataIndex: 'name', render: (_, e) => <Link to={`/deputies/${e.deputyId}`}>{e.name}</Link> },
            {
              title: t('meetings.columns.status'),
              dataIndex: 'status',
              render: (_, e) =>
                writable ? (
                  <Radio.Group size="small" value={e.status} onChange={(ev) => setEntry(e.deputyId, { status: ev.target.value as MeetingAttendanceStatus })} options={MEETING_ATTENDANCE_STATUSES.map((v) => ({ value: v, label: pick(MEETING_ATTENDANCE_LABELS[v]) }))} optionType="button" />
                ) : (
                  pick(MEETING_ATTENDANCE_LABELS[e.status])
                ),
            },
            { title: t('meetings.spoke'), dataIndex: 'spoke', render: (_, e) => <Checkbox checked={e.spoke} disabled={!writable} onChange={(ev) => setEntry(e.deputyId, { spoke: ev.target.checked })} /> },
          ]}
        />
      </Card>
      {m.minutes && (
        <Card size="small" title={t('meetings.minutesTitle')}>
          <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>{m.minutes}</Typography.Paragraph>
        </Card>
      )}
      {m.kind === 'session' && can('suggestion.read') && <SessionSuggestionsCard meetingId={m.id} />}
      <Card size="small" title={t('common.attachments')}>
        <OwnerAttachments ownerKind="meeting" ownerId={m.id} writable={writable} />
      </Card>
      <MeetingFormDrawer
        open={editing}
        meeting={m}
        onClose={() => setEditing(false)}
        onSaved={() => {
          setEditing(false);
          void refresh();
        }}
      />
    </Flex>
  );
}
