import { useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { createColumnHelper } from '@tanstack/react-table';
import { App, Button, Select, Space, Tag } from 'antd';
import { ImportOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import dayjs from 'dayjs';
import {
  DEPUTY_EDUCATION_LABELS,
  DEPUTY_GENDER_LABELS,
  DEPUTY_LEVEL_LABELS,
  DEPUTY_LEVELS,
  DEPUTY_PARTY_LABELS,
  DEPUTY_SECTOR_LABELS,
  DEPUTY_SECTORS,
  DEPUTY_STATUS_LABELS,
  type DeputyLevel,
  type DeputySector,
} from '@pcs/domain';
import { type DataColumn, useLanguage, ListPage, rowActionsColumn } from '@pcs/ui';
import { useCongressWording } from '../../../session/useCongressWording';
import { useServerList } from '@pcs/work-ui';
import { useTRPC } from '../../../api/trpc';
import { useSession } from '../../../session/SessionContext';
import { DeputyStatusTag, labelOptions } from '../common/labels';
import { DNS } from '../../../i18n/deputies';
import type { Deputy } from '../common/types';
import { DeputyFormDrawer } from './DeputyFormDrawer';
import { LinkAccountModal } from './LinkAccountModal';

const column = createColumnHelper<Deputy>();
type ServingFilter = 'serving' | 'left' | undefined;

/** The roster: server-paged, sortable, filterable; create, edit, import, Excel export. */
export function RosterPage() {
  const wording = useCongressWording();
  const { t } = useTranslation(DNS);
  const { pick } = useLanguage();
  const { can } = useSession();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [serving, setServing] = useState<ServingFilter>('serving');
  const [level, setLevel] = useState<DeputyLevel>();
  const [sector, setSector] = useState<DeputySector>();
  const [groupId, setGroupId] = useState<string>();
  const [presidium, setPresidium] = useState<boolean>();
  const [editing, setEditing] = useState<{ deputy?: Deputy } | null>(null);
  const groups = useQuery(trpc.deputyGroups.options.queryOptions());
  // The township admin links staff accounts to deputies (decision 65 §5): the account column and its actions.
  const admin = can('user.manage');
  const { message } = App.useApp();
  const [linking, setLinking] = useState<Deputy | null>(null);
  const accounts = useQuery({ ...trpc.deputies.accounts.queryOptions(), enabled: admin });
  const usernameOf = (d: Deputy) => accounts.data?.find((a) => a.id === d.id)?.username ?? null;
  const unlink = useMutation(
    trpc.deputies.unlinkAccount.mutationOptions({
      onSuccess: () => {
        void message.success(t('link.unlinked'));
        void queryClient.invalidateQueries(trpc.deputies.pathFilter());
      },
      onError: (error) => void message.error(error.message),
    }),
  );

  const { table } = useServerList(trpc.deputies.list, {
    initialQuery: { sortBy: 'name' },
    filters: { serving: serving === undefined ? undefined : serving === 'serving', level, sector, groupId, presidium },
  });
  const writable = can('deputies.write');

  const columns: Array<DataColumn<Deputy>> = [
    column.accessor('name', {
      header: t('roster.columns.name'),
      enableSorting: true,
      cell: ({ row: { original: d } }) => (
        <Link to={`/deputies/${d.id}`} data-testid={`deputy-link-${d.name}`}>
          {d.name}
        </Link>
      ),
      meta: { nowrap: true },
    }),
    column.accessor('gender', { header: t('roster.columns.gender'), cell: ({ row: { original: d } }) => pick(DEPUTY_GENDER_LABELS[d.gender]), meta: { nowrap: true, exportValue: (d) => pick(DEPUTY_GENDER_LABELS[d.gender]) } }),
    column.accessor('birthDate', {
      header: t('roster.columns.birthDate'),
      enableSorting: true,
      cell: (c) => `${c.getValue()}（${dayjs().diff(c.getValue(), 'year')}）`,
      meta: { nowrap: true, exportValue: (d) => d.birthDate },
    }),
    column.accessor('ethnicity', { header: t('roster.columns.ethnicity'), meta: { nowrap: true } }),
    column.accessor('party', { header: t('roster.columns.party'), cell: ({ row: { original: d } }) => pick(DEPUTY_PARTY_LABELS[d.party]), meta: { nowrap: true, exportValue: (d) => pick(DEPUTY_PARTY_LABELS[d.party]) } }),
    column.accessor('education', { header: t('roster.columns.education'), cell: ({ row: { original: d } }) => (d.education ? pick(DEPUTY_EDUCATION_LABELS[d.education]) : '—'), meta: { nowrap: true, exportValue: (d) => (d.education ? pick(DEPUTY_EDUCATION_LABELS[d.education]) : '') } }),
    column.accessor('sector', { header: t('roster.columns.sector'), cell: ({ row: { original: d } }) => pick(DEPUTY_SECTOR_LABELS[d.sector]), meta: { nowrap: true, exportValue: (d) => pick(DEPUTY_SECTOR_LABELS[d.sector]) } }),
    column.accessor('levels', {
      header: t('roster.columns.levels'),
      cell: ({ row: { original: d } }) => (
        <Space size={2}>
          {d.levels.map((l) => (
            <Tag key={l} color={l === 'township' ? 'blue' : 'purple'}>
              {pick(DEPUTY_LEVEL_LABELS[l]).replace(/人大代表$|deputy$/i, '').trim()}
            </Tag>
          ))}
        </Space>
      ),
      meta: { nowrap: true, exportValue: (d) => d.levels.map((l) => pick(DEPUTY_LEVEL_LABELS[l])).join('、') },
    }),
    column.accessor('constituency', { header: t('roster.columns.constituency'), enableSorting: true, meta: { nowrap: true } }),
    column.accessor('groupName', { header: t('roster.columns.group'), enableSorting: true, cell: (c) => c.getValue() ?? '—', meta: { nowrap: true } }),
    column.accessor('presidiumRole', {
      header: pick(wording.roleColumn),
      cell: ({ row: { original: d } }) => (d.presidiumRole ? <Tag color="gold">{pick(wording.roleLabels[d.presidiumRole])}</Tag> : ''),
      meta: { nowrap: true, exportValue: (d) => (d.presidiumRole ? pick(wording.roleLabels[d.presidiumRole]) : '') },
    }),
    column.accessor('status', { header: t('roster.columns.status'), enableSorting: true, cell: ({ row: { original: d } }) => <DeputyStatusTag status={d.status} />, meta: { nowrap: true, exportValue: (d) => pick(DEPUTY_STATUS_LABELS[d.status]) } }),
    column.accessor('workplace', { header: t('roster.columns.workplace'), cell: ({ row: { original: d } }) => <div style={{ minWidth: 150 }}>{d.workplace ?? '—'}</div> }),
    column.accessor('phone', { header: t('roster.columns.phone'), cell: (c) => c.getValue() ?? '—', meta: { nowrap: true } }),
    column.accessor('electedOn', { header: t('roster.columns.electedOn'), enableSorting: true, cell: (c) => c.getValue() ?? '—', meta: { nowrap: true } }),
  ];
  if (admin) {
    columns.push(column.display({ id: 'account', header: t('link.column'), cell: ({ row: { original: d } }) => usernameOf(d) ?? '—', meta: { nowrap: true, exportValue: (d) => usernameOf(d) ?? '' } }) as DataColumn<Deputy>);
  }
  if (writable || admin) {
    columns.push(
      rowActionsColumn<Deputy>(t('common.actions'), (d) => {
        const username = usernameOf(d);
        const serving = d.status === 'serving' || d.status === 'by_elected';
        return [
          writable && { key: 'edit', label: t('common.edit'), onClick: () => setEditing({ deputy: d }), testId: `deputy-edit-${d.id}` },
          admin && username === null && serving && { key: 'link', label: t('link.link'), onClick: () => setLinking(d), testId: `deputy-link-account-${d.name}` },
          admin && username !== null && { key: 'unlink', label: t('link.unlink'), confirm: t('link.unlinkConfirm', { name: d.name, username }), onClick: () => unlink.mutate({ deputyId: d.id }), testId: `deputy-unlink-account-${d.name}` },
        ];
      }),
    );
  }

  return (
    <ListPage<Deputy>
      title={t('roster.title')}
      list={table}
      testId="deputies-table"
      caption={t('roster.caption')}
      columns={columns}
      getRowId={(d) => d.id}
      searchPlaceholder={t('roster.searchPlaceholder')}
      exportFileName={t('roster.exportFile')}
      filters={
        <>
          <Select
            allowClear
            aria-label={t('roster.filters.status')}
            placeholder={t('roster.filters.status')}
            value={serving}
            onChange={setServing}
            options={[
              { value: 'serving', label: t('roster.filters.serving') },
              { value: 'left', label: t('roster.filters.left') },
            ]}
            style={{ width: 120 }}
            data-testid="deputy-status-filter"
          />
          <Select allowClear aria-label={t('roster.filters.level')} placeholder={t('roster.filters.level')} value={level} onChange={setLevel} options={labelOptions(DEPUTY_LEVELS, DEPUTY_LEVEL_LABELS, pick)} style={{ width: 140 }} />
          <Select allowClear aria-label={t('roster.filters.sector')} placeholder={t('roster.filters.sector')} value={sector} onChange={setSector} options={labelOptions(DEPUTY_SECTORS, DEPUTY_SECTOR_LABELS, pick)} style={{ width: 140 }} />
          <Select
            allowClear
            aria-label={t('roster.filters.group')}
            placeholder={t('roster.filters.group')}
            value={groupId}
            onChange={setGroupId}
            options={(groups.data ?? []).map((g) => ({ value: g.id, label: g.name }))}
            style={{ width: 150 }}
            data-testid="deputy-group-filter"
          />
          <Select
            allowClear
            aria-label={pick(wording.bodyMember)}
            placeholder={pick(wording.bodyMember)}
            value={presidium === undefined ? undefined : presidium ? 'yes' : 'no'}
            onChange={(v?: string) => setPresidium(v === undefined ? undefined : v === 'yes')}
            options={[
              { value: 'yes', label: pick(wording.bodyMember) },
              { value: 'no', label: `${t('common.none')}${pick(wording.bodyMember)}` },
            ]}
            style={{ width: 140 }}
          />
        </>
      }
      toolbar={
        writable && (
          <Space>
            <Button onClick={() => navigate('/deputies/invite')} data-testid="deputy-invite">
              {t('invite.title')}
            </Button>
            <Button icon={<ImportOutlined />} onClick={() => navigate('/deputies/import')} data-testid="deputy-import">
              {t('roster.import')}
            </Button>
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing({})} data-testid="deputy-create">
              {t('roster.create')}
            </Button>
          </Space>
        )
      }
    >
      <LinkAccountModal deputy={linking} onClose={() => setLinking(null)} />
      <DeputyFormDrawer
      open={editing !== null}
      deputy={editing?.deputy}
      onClose={() => setEditing(null)}
      onSaved={(saved) => {
        setEditing(null);
        void queryClient.invalidateQueries(trpc.deputies.pathFilter());
        if (!editing?.deputy) navigate(`/deputies/${saved.id}`);
      }}
      />
    </ListPage>
  );
}
