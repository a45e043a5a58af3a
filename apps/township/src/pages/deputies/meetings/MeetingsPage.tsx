import { useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { createColumnHelper } from '@tanstack/react-table';
import { Button, Select, Tag } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import {
  CONGRESS_MEETING_STATUS_LABELS,
  CONGRESS_MEETING_STATUSES,
  CONGRESS_SESSION_TYPE_LABELS,
  type CongressMeetingKind,
  type CongressMeetingStatus,
} from '@pcs/domain';
import { type DataColumn, useLanguage, ListPage } from '@pcs/ui';
import { useServerList } from '@pcs/work-ui';
import { useTRPC } from '../../../api/trpc';
import { useSession } from '../../../session/SessionContext';
import { useCongressWording } from '../../../session/useCongressWording';
import { labelOptions } from '../common/labels';
import { DNS } from '../../../i18n/deputies';
import type { CongressMeeting } from '../common/types';
import { useYear, YearSelect } from '../common/YearSelect';
import { MeetingFormDrawer } from './MeetingFormDrawer';
import { RhythmCard } from './RhythmCard';

const STATUS_COLORS = { planned: 'blue', held: 'green', cancelled: 'default' } as const;

/** The year's rhythm against the rules, then every meeting of the year. */
export function MeetingsPage() {
  const { t } = useTranslation(DNS);
  const { pick } = useLanguage();
  const { can } = useSession();
  const trpc = useTRPC();
  const wording = useCongressWording();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [year, setYear] = useYear();
  const [kind, setKind] = useState<CongressMeetingKind>();
  const [status, setStatus] = useState<CongressMeetingStatus>();
  const [creating, setCreating] = useState(false);
  const { table } = useServerList(trpc.congressMeetings.list, { initialQuery: { sortBy: 'startDate' }, filters: { kind, status, year } });
  const column = createColumnHelper<CongressMeeting>();
  const columns: Array<DataColumn<CongressMeeting>> = [
    column.accessor('startDate', { header: t('meetings.columns.startDate'), enableSorting: true, cell: ({ row: { original: m } }) => (m.endDate !== m.startDate ? `${m.startDate} ~ ${m.endDate.slice(5)}` : m.startDate), meta: { nowrap: true } }),
    column.accessor('title', { header: t('meetings.columns.title'), enableSorting: true, cell: ({ row: { original: m } }) => <Link to={`/congress-meetings/${m.id}`}>{m.title}</Link> }),
    column.accessor('kind', {
      header: t('meetings.columns.kind'),
      enableSorting: true,
      cell: ({ row: { original: m } }) => (
        <Tag color={m.kind === wording.bodyMeetingKind ? 'green' : 'blue'}>
          {pick(wording.meetingKindLabels[m.kind])}
          {m.sessionType ? ` · ${pick(CONGRESS_SESSION_TYPE_LABELS[m.sessionType])}` : ''}
        </Tag>
      ),
      meta: { nowrap: true, exportValue: (m) => pick(wording.meetingKindLabels[m.kind]) },
    }),
    column.accessor('number', { header: t('meetings.columns.number'), enableSorting: true, cell: ({ row: { original: m } }) => t('meetings.numberValue', { n: m.number }), meta: { nowrap: true } }),
    column.accessor('days', { header: t('meetings.columns.days'), meta: { align: 'right' } }),
    column.accessor('place', { header: t('meetings.columns.place'), cell: ({ row: { original: m } }) => m.place ?? '—' }),
    column.accessor((m) => `${m.present}/${m.expected}`, { id: 'attendance', header: t('meetings.columns.attendance'), meta: { align: 'right', nowrap: true } }),
    column.accessor('agendaCount', { header: t('meetings.columns.agenda'), meta: { align: 'right' } }),
    column.accessor('status', {
      header: t('meetings.columns.status'),
      enableSorting: true,
      cell: ({ row: { original: m } }) => <Tag color={STATUS_COLORS[m.status]}>{pick(CONGRESS_MEETING_STATUS_LABELS[m.status])}</Tag>,
      meta: { exportValue: (m) => pick(CONGRESS_MEETING_STATUS_LABELS[m.status]) },
    }),
  ];
  return (
    <ListPage<CongressMeeting>
      title={pick(wording.meetingsTitle)}
      actions={<YearSelect value={year} onChange={setYear} />}
      notice={<RhythmCard year={year} />}
      list={table}
        testId="meetings-table"
        caption={t('meetings.caption')}
        columns={columns}
        getRowId={(m) => m.id}
        searchPlaceholder={t('meetings.search')}
        exportFileName={`${pick(wording.meetingsTitle)}${year}`}
        filters={
          <>
            <Select allowClear placeholder={t('meetings.columns.kind')} aria-label={t('meetings.columns.kind')} value={kind} onChange={(v?: CongressMeetingKind) => { setKind(v); }} options={labelOptions(wording.meetingKinds, wording.meetingKindLabels, pick)} style={{ width: 150 }} />
            <Select allowClear placeholder={t('meetings.columns.status')} aria-label={t('meetings.columns.status')} value={status} onChange={(v?: CongressMeetingStatus) => { setStatus(v); }} options={labelOptions(CONGRESS_MEETING_STATUSES, CONGRESS_MEETING_STATUS_LABELS, pick)} style={{ width: 110 }} />
          </>
        }
        toolbar={
          can('deputies.write') && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="meeting-create">
              {t('meetings.create')}
            </Button>
          )
        }
    >
      <MeetingFormDrawer
        open={creating}
        onClose={() => setCreating(false)}
        onSaved={(m) => {
          setCreating(false);
          void queryClient.invalidateQueries(trpc.congressMeetings.pathFilter());
          navigate(`/congress-meetings/${m.id}`);
        }}
      />
    </ListPage>
  );
}
