import { useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { createColumnHelper } from '@tanstack/react-table';
import { App, Button, Select, Tag } from 'antd';
import { PlusOutlined, SettingOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { Link, Route, Routes } from 'react-router-dom';
import { DUTY_REVIEW_FORM_LABELS, DUTY_REVIEW_VENUE_LABELS } from '@pcs/domain';
import { type DataColumn, DataTable, describeError, useLanguage } from '@pcs/ui';
import { useServerList } from '@pcs/work-ui';
import { useTRPC } from '../../../api/trpc';
import { useSession } from '../../../session/SessionContext';
import { editDeleteColumn, YearTabsPage } from '../common/sectionParts';
import { DutyReportsTable } from './DutyReportsTable';
import { DNS } from '../../../i18n/deputies';
import type { DutyProfileRow, DutyReview } from '../common/types';
import { PointsRuleModal } from './PointsRuleModal';
import { ProfilePage } from './ProfilePage';
import { ReviewFormDrawer } from './ReviewFormDrawer';

/** /duty-profiles: every deputy's year with points, the duty reviews, one deputy's profile. */
export function ProfilesSection() {
  return (
    <Routes>
      <Route index element={<ProfilesPage />} />
      <Route path=":deputyId" element={<ProfilePage />} />
    </Routes>
  );
}

function ProfilesPage() {
  const { t } = useTranslation(DNS);
  const { can } = useSession();
  const [ruleOpen, setRuleOpen] = useState(false);
  return (
    <YearTabsPage
      title={t('profiles.title')}
      extra={
        <Button icon={<SettingOutlined />} onClick={() => setRuleOpen(true)} data-testid="points-rule">
          {t('profiles.rule')}
        </Button>
      }
      tabs={(year) => [
        { key: 'profiles', label: t('profiles.profilesTab'), children: <ProfilesTable year={year} /> },
        { key: 'reviews', label: t('profiles.reviewsTab'), children: <ReviewsTable year={year} /> },
        { key: 'reports', label: t('profiles.dutyReports.tab'), children: <DutyReportsTable year={year} /> },
      ]}
    >
      <PointsRuleModal open={ruleOpen} onClose={() => setRuleOpen(false)} editable={can('rules.manage_township')} />
    </YearTabsPage>
  );
}

function ProfilesTable({ year }: { year: number }) {
  const { t } = useTranslation(DNS);
  const trpc = useTRPC();
  const groups = useQuery(trpc.deputyGroups.options.queryOptions());
  const [groupId, setGroupId] = useState<string>();
  const { table } = useServerList(trpc.dutyProfiles.list, { initialQuery: { sortBy: 'points', sortDirection: 'desc' }, filters: { year, groupId } });
  const column = createColumnHelper<DutyProfileRow>();
  const columns: Array<DataColumn<DutyProfileRow>> = [
    column.accessor('name', { header: t('profiles.columns.name'), enableSorting: true, cell: ({ row: { original: p } }) => <Link to={`/duty-profiles/${p.id}?year=${year}`}>{p.name}</Link>, meta: { nowrap: true } }),
    column.accessor('groupName', { header: t('profiles.columns.group'), enableSorting: true, cell: ({ row: { original: p } }) => p.groupName ?? '—', meta: { nowrap: true } }),
    column.accessor('activities', { header: t('profiles.columns.activities'), enableSorting: true, meta: { align: 'right' } }),
    column.accessor((p) => `${p.sessionsPresent}/${p.sessionsExpected}`, { id: 'attendance', header: t('profiles.columns.attendance'), meta: { align: 'right' } }),
    column.accessor('attendanceRate', { header: t('profiles.columns.attendanceRate'), enableSorting: true, cell: ({ row: { original: p } }) => (p.attendanceRate === null ? '—' : `${p.attendanceRate}%`), meta: { align: 'right' } }),
    column.accessor('suggestions', { header: t('profiles.columns.suggestions'), meta: { align: 'right' } }),
    column.accessor('receptionDuties', { header: t('profiles.columns.receptions'), meta: { align: 'right' } }),
    column.accessor('reviewed', {
      header: t('profiles.columns.reviewed'),
      cell: ({ row: { original: p } }) => (p.reviewed ? <Tag color="green">{t('profiles.reviewedYes')}</Tag> : <Tag>{t('profiles.reviewedNo')}</Tag>),
      meta: { exportValue: (p) => (p.reviewed ? t('profiles.reviewedYes') : t('profiles.reviewedNo')) },
    }),
    column.accessor('points', { header: t('profiles.columns.points'), enableSorting: true, cell: ({ row: { original: p } }) => <strong>{p.points}</strong>, meta: { align: 'right', exportValue: (p) => p.points } }),
  ];
  return (
    <DataTable<DutyProfileRow>
      {...table}
      testId="profiles-table"
      caption={t('profiles.caption')}
      columns={columns}
      getRowId={(p) => p.id}
      searchPlaceholder={t('profiles.search')}
      exportFileName={`${t('profiles.exportFile')}${year}`}
      filters={<Select allowClear placeholder={t('profiles.columns.group')} aria-label={t('profiles.columns.group')} value={groupId} onChange={(v?: string) => { setGroupId(v); }} options={(groups.data ?? []).map((g) => ({ value: g.id, label: g.name }))} style={{ width: 150 }} />}
    />
  );
}

function ReviewsTable({ year }: { year: number }) {
  const { t } = useTranslation(DNS);
  const { pick } = useLanguage();
  const { message } = App.useApp();
  const { can } = useSession();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [editing, setEditing] = useState<{ review?: DutyReview } | null>(null);
  const { table } = useServerList(trpc.dutyReviews.list, { initialQuery: { sortBy: 'date', sortDirection: 'desc' }, filters: { year } });
  const refresh = () => Promise.all([queryClient.invalidateQueries(trpc.dutyReviews.pathFilter()), queryClient.invalidateQueries(trpc.dutyProfiles.pathFilter())]);
  const remove = useMutation(trpc.dutyReviews.delete.mutationOptions({ onSuccess: () => void refresh(), onError: (e) => { const i = describeError(e); void message.error(i.messages ? pick(i.messages) : ''); } }));
  const writable = can('deputies.write');
  const column = createColumnHelper<DutyReview>();
  const columns: Array<DataColumn<DutyReview>> = [
    column.accessor('date', { header: t('profiles.columns.date'), enableSorting: true, meta: { nowrap: true } }),
    column.accessor('deputyName', { header: t('profiles.columns.name'), enableSorting: true, cell: ({ row: { original: r } }) => <Link to={`/duty-profiles/${r.deputyId}?year=${r.year}`}>{r.deputyName}</Link> }),
    column.accessor('form', { header: t('profiles.columns.form'), cell: ({ row: { original: r } }) => pick(DUTY_REVIEW_FORM_LABELS[r.form]), meta: { exportValue: (r) => pick(DUTY_REVIEW_FORM_LABELS[r.form]) } }),
    column.accessor('venue', { header: t('profiles.columns.venue'), cell: ({ row: { original: r } }) => pick(DUTY_REVIEW_VENUE_LABELS[r.venue]), meta: { exportValue: (r) => pick(DUTY_REVIEW_VENUE_LABELS[r.venue]) } }),
    column.accessor((r) => `${r.votesSatisfied}/${r.votesBasicallySatisfied}/${r.votesUnsatisfied}`, { id: 'votes', header: t('profiles.columns.votes'), meta: { align: 'right' } }),
    column.accessor('satisfaction', { header: t('profiles.columns.satisfaction'), enableSorting: true, cell: ({ row: { original: r } }) => (r.satisfaction === null ? '—' : `${r.satisfaction}%`), meta: { align: 'right' } }),
  ];
  if (writable) columns.push(editDeleteColumn<DutyReview>({ t, name: (r) => r.deputyName, onEdit: (r) => setEditing({ review: r }), onDelete: (r) => remove.mutate({ id: r.id }) }));
  return (
    <>
      <DataTable<DutyReview>
        {...table}
        testId="reviews-table"
        caption={t('profiles.reviewsCaption')}
        columns={columns}
        getRowId={(r) => r.id}
        searchPlaceholder={t('profiles.search')}
        exportFileName={`${t('profiles.reviewsExport')}${year}`}
        toolbar={writable && <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing({})}>{t('profiles.addReview')}</Button>}
      />
      <ReviewFormDrawer
        open={editing !== null}
        review={editing?.review}
        year={year}
        onClose={() => setEditing(null)}
        onSaved={() => {
          setEditing(null);
          void refresh();
        }}
      />
    </>
  );
}
