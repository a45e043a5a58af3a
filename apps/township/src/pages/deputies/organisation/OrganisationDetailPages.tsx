import { useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Descriptions, Flex, List, Modal, Space, Table, Tag, Typography } from 'antd';
import { ArrowLeftOutlined, EditOutlined, TeamOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { Link, Route, Routes, useNavigate, useParams } from 'react-router-dom';
import { DEPUTY_LEVEL_LABELS, DUTY_ACTIVITY_TYPE_LABELS, LIAISON_STATION_KIND_LABELS, type DeputyStatus, yearOf } from '@pcs/domain';
import { useCongressWording } from '../../../session/useCongressWording';
import { ErrorAlert, useLanguage, countyToday } from '@pcs/ui';
import { useTRPC } from '../../../api/trpc';
import { useSession } from '../../../session/SessionContext';
import { DeputySelect } from '../common/DeputySelect';
import { DeputyStatusTag } from '../common/labels';
import { DetailFallback } from '../common/sectionParts';
import { DNS } from '../../../i18n/deputies';
import { GroupFormDrawer, StationFormDrawer } from './OrganisationForms';
import { OrganisationPage } from './OrganisationPage';

/** /deputy-groups: the lists, one group, one station. */
export function OrganisationSection() {
  return (
    <Routes>
      <Route index element={<OrganisationPage />} />
      <Route path="stations/:id" element={<StationDetailPage />} />
      <Route path=":id" element={<GroupDetailPage />} />
    </Routes>
  );
}

interface Member {
  id: string;
  name: string;
  status: DeputyStatus;
  presidiumRole: 'chair' | 'vice_chair' | 'member' | null;
  constituency: string;
  levels: Array<keyof typeof DEPUTY_LEVEL_LABELS>;
}

function MembersCard({ members, leaderId, writable, what, onSave }: { members: Member[]; leaderId: string | null; writable: boolean; what: string; onSave: (ids: string[]) => Promise<unknown> }) {
  const { t } = useTranslation(DNS);
  const { pick } = useLanguage();
  const wording = useCongressWording();
  const [editing, setEditing] = useState<string[] | null>(null);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<unknown>(null);
  return (
    <Card
      size="small"
      title={
        <Space>
          <TeamOutlined />
          {t('organisation.members')}
          <Tag>{members.filter((m) => m.status === 'serving' || m.status === 'by_elected').length}</Tag>
        </Space>
      }
      extra={
        writable && (
          <Button size="small" onClick={() => setEditing(members.filter((m) => m.status === 'serving' || m.status === 'by_elected').map((m) => m.id))} data-testid="members-edit">
            {t('organisation.editMembers')}
          </Button>
        )
      }
    >
      <Table<Member>
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={members}
        columns={[
          { title: t('roster.columns.name'), dataIndex: 'name', render: (_, m) => <Link to={`/deputies/${m.id}`}>{m.name}{m.id === leaderId ? `（${t('organisation.columns.groupLeader')}）` : ''}</Link> },
          { title: t('roster.columns.constituency'), dataIndex: 'constituency' },
          { title: t('roster.columns.levels'), dataIndex: 'levels', render: (_, m) => m.levels.map((l) => pick(DEPUTY_LEVEL_LABELS[l])).join('、') },
          { title: pick(wording.roleColumn), dataIndex: 'presidiumRole', render: (_, m) => (m.presidiumRole ? pick(wording.roleLabels[m.presidiumRole]) : '') },
          { title: t('roster.columns.status'), dataIndex: 'status', render: (_, m) => <DeputyStatusTag status={m.status} /> },
        ]}
      />
      <Modal
        open={editing !== null}
        title={t('organisation.editMembers')}
        onCancel={() => setEditing(null)}
        confirmLoading={saving}
        okText={t('common.save')}
        cancelText={t('common.cancel')}
        destroyOnHidden
        onOk={() => {
          setSaving(true);
          setError(null);
          onSave(editing ?? [])
            .then(() => setEditing(null))
            .catch(setError)
            .finally(() => setSaving(false));
        }}
      >
        <Typography.Paragraph type="secondary">{t('organisation.membersHint', { what })}</Typography.Paragraph>
        {error ? <ErrorAlert error={error} /> : null}
        <DeputySelect multiple value={editing ?? []} onChange={(v: string[]) => setEditing(v)} testId="members-select" />
      </Modal>
    </Card>
  );
}

function GroupDetailPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation(DNS);
  const { pick } = useLanguage();
  const { message } = App.useApp();
  const { can } = useSession();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const group = useQuery(trpc.deputyGroups.get.queryOptions({ id }));
  const year = yearOf(countyToday());
  const activities = useQuery(trpc.dutyActivities.list.queryOptions({ groupId: id, year, pageSize: 100, sortBy: 'date', sortDirection: 'desc' }));
  const setMembers = useMutation(trpc.deputyGroups.setMembers.mutationOptions());
  const [editing, setEditing] = useState(false);
  const refresh = () => Promise.all([queryClient.invalidateQueries(trpc.deputyGroups.pathFilter()), queryClient.invalidateQueries(trpc.deputies.pathFilter())]);
  if (group.isPending || group.error) return <DetailFallback query={group} />;
  const g = group.data;
  return (
    <Flex vertical gap={16} data-testid="group-detail">
      <Flex justify="space-between" align="center">
        <Space>
          <Button type="text" icon={<ArrowLeftOutlined />} onClick={() => navigate('/deputy-groups')} aria-label={t('common.back')} />
          <Typography.Title level={2} style={{ fontSize: 20, margin: 0 }}>
            {g.name}
          </Typography.Title>
        </Space>
        {can('deputies.write') && (
          <Button icon={<EditOutlined />} onClick={() => setEditing(true)}>
            {t('common.edit')}
          </Button>
        )}
      </Flex>
      <Card size="small">
        <Descriptions
          size="small"
          column={{ xs: 1, sm: 2, lg: 4 }}
          items={[
            { label: t('organisation.columns.area'), children: g.area ?? '—' },
            { label: t('organisation.columns.groupLeader'), children: g.leaderName ?? t('organisation.noLeader') },
            { label: t('organisation.columns.station'), children: g.stationId ? <Link to={`/deputy-groups/stations/${g.stationId}`}>{g.stationName}</Link> : '—' },
            { label: t('organisation.columns.memberCount'), children: g.memberCount },
          ]}
        />
      </Card>
      <MembersCard
        members={g.members}
        leaderId={g.leaderId}
        writable={can('deputies.write')}
        what={t('organisation.groupsTab')}
        onSave={(ids) => setMembers.mutateAsync({ id: g.id, deputyIds: ids }).then(() => message.success(t('common.saved'))).then(refresh)}
      />
      <Card size="small" title={`${t('organisation.activities')}（${activities.data?.total ?? 0}）`}>
        <List
          size="small"
          loading={activities.isPending}
          dataSource={activities.data?.items ?? []}
          locale={{ emptyText: t('common.none') }}
          renderItem={(a) => (
            <List.Item>
              <Space wrap>
                <span>{a.date}</span>
                <Tag>{pick(DUTY_ACTIVITY_TYPE_LABELS[a.type])}</Tag>
                <Link to={`/duty-activities/${a.id}`}>{a.title}</Link>
                <Typography.Text type="secondary">{t('common.people', { count: a.participantCount })}</Typography.Text>
              </Space>
            </List.Item>
          )}
        />
      </Card>
      <GroupFormDrawer
        open={editing}
        group={g}
        onClose={() => setEditing(false)}
        onSaved={() => {
          setEditing(false);
          void refresh();
        }}
      />
    </Flex>
  );
}

function StationDetailPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation(DNS);
  const { pick } = useLanguage();
  const { message } = App.useApp();
  const { can } = useSession();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const station = useQuery(trpc.liaisonStations.get.queryOptions({ id }));
  const setMembers = useMutation(trpc.liaisonStations.setMembers.mutationOptions());
  const [editing, setEditing] = useState(false);
  const refresh = () => Promise.all([queryClient.invalidateQueries(trpc.liaisonStations.pathFilter()), queryClient.invalidateQueries(trpc.deputies.pathFilter())]);
  if (station.isPending || station.error) return <DetailFallback query={station} />;
  const s = station.data;
  return (
    <Flex vertical gap={16} data-testid="station-detail">
      <Flex justify="space-between" align="center">
        <Space>
          <Button type="text" icon={<ArrowLeftOutlined />} onClick={() => navigate('/deputy-groups?tab=stations')} aria-label={t('common.back')} />
          <Typography.Title level={2} style={{ fontSize: 20, margin: 0 }}>
            {s.name}
          </Typography.Title>
          <Tag>{pick(LIAISON_STATION_KIND_LABELS[s.kind])}</Tag>
        </Space>
        {can('deputies.write') && (
          <Button icon={<EditOutlined />} onClick={() => setEditing(true)}>
            {t('common.edit')}
          </Button>
        )}
      </Flex>
      <Card size="small">
        <Descriptions
          size="small"
          column={{ xs: 1, sm: 2, lg: 4 }}
          items={[
            { label: t('organisation.columns.address'), children: s.address ?? '—' },
            { label: t('organisation.columns.schedule'), children: s.schedule ?? '—' },
            { label: t('organisation.columns.leader'), children: s.leaderName ?? t('organisation.noLeader') },
            {
              label: t('organisation.groupsOfStation'),
              children: s.groups.length
                ? s.groups.map((g) => (
                    <Link key={g.id} to={`/deputy-groups/${g.id}`} style={{ marginRight: 8 }}>
                      {g.name}
                    </Link>
                  ))
                : '—',
            },
          ]}
        />
      </Card>
      <MembersCard
        members={s.members}
        leaderId={s.leaderId}
        writable={can('deputies.write')}
        what={t('organisation.stationsTab')}
        onSave={(ids) => setMembers.mutateAsync({ id: s.id, deputyIds: ids }).then(() => message.success(t('common.saved'))).then(refresh)}
      />
      <StationFormDrawer
        open={editing}
        station={s}
        onClose={() => setEditing(false)}
        onSaved={() => {
          setEditing(false);
          void refresh();
        }}
      />
    </Flex>
  );
}
