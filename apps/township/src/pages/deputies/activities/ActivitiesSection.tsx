import { useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { createColumnHelper } from '@tanstack/react-table';
import { Alert, App, Button, Card, Descriptions, Flex, Select, Space, Tag, Typography } from 'antd';
import { ArrowLeftOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { Link, Route, Routes, useNavigate, useParams } from 'react-router-dom';
import { ACTIVITY_STATE_LABELS, DUTY_ACTIVITY_TYPE_LABELS, DUTY_ACTIVITY_TYPES, SUPERVISION_KIND_LABELS, type DutyActivityType } from '@pcs/domain';
import { type DataColumn, describeError, useLanguage, ListPage } from '@pcs/ui';
import { useServerList } from '@pcs/work-ui';
import { useTRPC } from '../../../api/trpc';
import { useSession } from '../../../session/SessionContext';
import { OwnerAttachments } from '@pcs/work-ui';
import { DeputySelect } from '../common/DeputySelect';
import { labelOptions } from '../common/labels';
import { DetailFallback, EditDeleteButtons } from '../common/sectionParts';
import { DNS } from '../../../i18n/deputies';
import type { DutyActivity } from '../common/types';
import { useYear, YearSelect } from '../common/YearSelect';
import { ActivityFormDrawer } from './ActivityFormDrawer';
import { SignUpCard } from './SignUpCard';

/** /duty-activities: the ledger and one activity. */
export function ActivitiesSection() {
  return (
    <Routes>
      <Route index element={<ActivitiesPage />} />
      <Route path=":id" element={<ActivityDetailPage />} />
    </Routes>
  );
}

function ActivitiesPage() {
  const { t } = useTranslation(DNS);
  const { pick } = useLanguage();
  const { can } = useSession();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [year, setYear] = useYear();
  const [type, setType] = useState<DutyActivityType>();
  const [groupId, setGroupId] = useState<string>();
  const [deputyId, setDeputyId] = useState<string | null>(null);
  const [creating, setCreating] = useState(false);
  const groups = useQuery(trpc.deputyGroups.options.queryOptions());
  const { table } = useServerList(trpc.dutyActivities.list, { initialQuery: { sortBy: 'date', sortDirection: 'desc' }, filters: { type, groupId, deputyId: deputyId ?? undefined, year } });
  const column = createColumnHelper<DutyActivity>();
  const columns: Array<DataColumn<DutyActivity>> = [
    column.accessor('date', { header: t('activities.columns.date'), enableSorting: true, meta: { nowrap: true } }),
    column.accessor('type', { header: t('activities.columns.type'), enableSorting: true, cell: ({ row: { original: a } }) => <Tag color="blue">{pick(DUTY_ACTIVITY_TYPE_LABELS[a.type])}</Tag>, meta: { nowrap: true, exportValue: (a) => pick(DUTY_ACTIVITY_TYPE_LABELS[a.type]) } }),
    column.accessor('title', {
      header: t('activities.columns.title'),
      enableSorting: true,
      cell: ({ row: { original: a } }) => (
        <Space size={4} wrap>
          <Link to={`/duty-activities/${a.id}`}>{a.title}</Link>
          {a.supervisionActivity && <Tag color="purple">{t('activities.supervisionTag')}</Tag>}
        </Space>
      ),
    }),
    column.accessor('place', { header: t('activities.columns.place'), cell: ({ row: { original: a } }) => a.place ?? '—', meta: { nowrap: true } }),
    column.accessor('groupName', { header: t('activities.columns.group'), cell: ({ row: { original: a } }) => a.groupName ?? '—', meta: { nowrap: true } }),
    column.accessor('participantCount', { header: t('activities.columns.participantCount'), enableSorting: true, meta: { align: 'right' } }),
    column.accessor('staffParticipants', { header: t('activities.columns.staff'), cell: ({ row: { original: a } }) => a.staffParticipants ?? '—' }),
    column.accessor('summary', { header: t('activities.columns.summary'), cell: ({ row: { original: a } }) => <Typography.Text ellipsis style={{ maxWidth: 260 }}>{a.summary ?? ''}</Typography.Text> }),
  ];
  return (
    <ListPage<DutyActivity>
      title={t('activities.title')}
      actions={<YearSelect value={year} onChange={setYear} />}
      list={table}
        testId="activities-table"
        caption={t('activities.caption')}
        columns={columns}
        getRowId={(a) => a.id}
        searchPlaceholder={t('activities.search')}
        exportFileName={`${t('activities.exportFile')}${year}`}
        filters={
          <>
            <Select allowClear placeholder={t('activities.columns.type')} aria-label={t('activities.columns.type')} value={type} onChange={(v?: DutyActivityType) => { setType(v); }} options={labelOptions(DUTY_ACTIVITY_TYPES, DUTY_ACTIVITY_TYPE_LABELS, pick)} style={{ width: 130 }} />
            <Select allowClear placeholder={t('activities.columns.group')} aria-label={t('activities.columns.group')} value={groupId} onChange={(v?: string) => { setGroupId(v); }} options={(groups.data ?? []).map((g) => ({ value: g.id, label: g.name }))} style={{ width: 140 }} />
            <div style={{ width: 160 }}>
              <DeputySelect value={deputyId} onChange={(v: string | null) => { setDeputyId(v); }} placeholder={t('activities.deputyFilter')} />
            </div>
          </>
        }
        toolbar={
          can('deputies.write') && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="activity-create">
              {t('activities.create')}
            </Button>
          )
        }
    >
      <ActivityFormDrawer
        open={creating}
        onClose={() => setCreating(false)}
        onSaved={(a) => {
          setCreating(false);
          void queryClient.invalidateQueries(trpc.dutyActivities.pathFilter());
          navigate(`/duty-activities/${a.id}`);
        }}
      />
    </ListPage>
  );
}

function ActivityDetailPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation(DNS);
  const { pick } = useLanguage();
  const { message } = App.useApp();
  const { can } = useSession();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const writable = can('deputies.write');
  const activity = useQuery(trpc.dutyActivities.get.queryOptions({ id }));
  const [editing, setEditing] = useState(false);
  const refresh = () => queryClient.invalidateQueries(trpc.dutyActivities.pathFilter());
  const remove = useMutation(
    trpc.dutyActivities.delete.mutationOptions({
      onSuccess: () => {
        void refresh();
        navigate('/duty-activities');
      },
      onError: (error) => {
        const info = describeError(error);
        void message.error(info.messages ? pick(info.messages) : t('common:errors.unknown'));
      },
    }),
  );
  if (activity.isPending || activity.error) return <DetailFallback query={activity} />;
  const a = activity.data;
  return (
    <Flex vertical gap={16} data-testid="activity-detail">
      <Flex justify="space-between" align="center">
        <Space>
          <Button type="text" icon={<ArrowLeftOutlined />} onClick={() => navigate(`/duty-activities?year=${a.date.slice(0, 4)}`)} aria-label={t('common.back')} />
          <Typography.Title level={2} style={{ fontSize: 20, margin: 0 }}>
            {a.title}
          </Typography.Title>
          <Tag color="blue">{pick(DUTY_ACTIVITY_TYPE_LABELS[a.type])}</Tag>
        </Space>
        {/* A supervision activity's duty activity is kept there: no edit or delete here. */}
        {writable && !a.supervisionActivity && <EditDeleteButtons name={a.title} onEdit={() => setEditing(true)} onDelete={() => remove.mutate({ id: a.id })} />}
      </Flex>
      {a.supervisionActivity && (
        <Alert
          type="info"
          showIcon
          data-testid="activity-supervision"
          title={
            <Space wrap>
              <span>{t('activities.supervision')}</span>
              {can('supervision.read') ? (
                <Link to={`/supervision?aid=${a.supervisionActivity.id}`} data-testid="activity-supervision-link">
                  {t('activities.supervisionLink', { kind: pick(SUPERVISION_KIND_LABELS[a.supervisionActivity.kind]), title: a.supervisionActivity.title, state: pick(ACTIVITY_STATE_LABELS[a.supervisionActivity.state]) })}
                </Link>
              ) : (
                <span data-testid="activity-supervision-link">{a.supervisionActivity.title}</span>
              )}
            </Space>
          }
          description={t('activities.supervisionHint')}
        />
      )}
      <Card size="small">
        <Descriptions
          size="small"
          column={{ xs: 1, sm: 2, lg: 3 }}
          items={[
            { label: t('activities.columns.date'), children: a.endDate && a.endDate !== a.date ? `${a.date} ~ ${a.endDate}` : a.date },
            { label: t('activities.columns.place'), children: a.place ?? '—' },
            { label: t('activities.columns.group'), children: a.groupId ? <Link to={`/deputy-groups/${a.groupId}`}>{a.groupName}</Link> : '—' },
            { label: t('activities.columns.organiser'), children: a.organiser ?? '—' },
            { label: t('activities.columns.staff'), children: a.staffParticipants ?? '—' },
            { label: t('activities.columns.participantCount'), children: a.participantCount },
          ]}
        />
      </Card>
      <Card size="small" title={t('activities.columns.participants')} data-testid="activity-participants-card">
        <Space size={[4, 8]} wrap>
          {a.participants.map((p) => (
            <Link key={p.id} to={`/duty-profiles/${p.id}?year=${a.date.slice(0, 4)}`}>
              <Tag>{p.name}</Tag>
            </Link>
          ))}
        </Space>
      </Card>
      {!a.supervisionActivity && <SignUpCard activityId={a.id} writable={writable} />}
      <Card size="small" title={t('activities.columns.summary')}>
        <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>{a.summary ?? '—'}</Typography.Paragraph>
      </Card>
      <Card size="small" title={t('common.attachments')}>
        <OwnerAttachments ownerKind="duty_activity" ownerId={a.id} writable={writable} />
      </Card>
      <ActivityFormDrawer
        open={editing}
        activity={a}
        onClose={() => setEditing(false)}
        onSaved={() => {
          setEditing(false);
          void refresh();
        }}
      />
    </Flex>
  );
}
