import { useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { createColumnHelper } from '@tanstack/react-table';
import { Button, Flex, Select, Tabs, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { LIAISON_STATION_KIND_LABELS, LIAISON_STATION_KINDS, type LiaisonStationKind } from '@pcs/domain';
import { type DataColumn, DataTable, useLanguage } from '@pcs/ui';
import { useServerList } from '@pcs/work-ui';
import { useTRPC } from '../../../api/trpc';
import { useSession } from '../../../session/SessionContext';
import { labelOptions } from '../common/labels';
import { editColumn } from '../common/sectionParts';
import { DNS } from '../../../i18n/deputies';
import type { DeputyGroup, LiaisonStation } from '../common/types';
import { GroupFormDrawer, StationFormDrawer } from './OrganisationForms';

/** Deputy groups and liaison stations, each a server-paged list with its own form. */
export function OrganisationPage() {
  const { t } = useTranslation(DNS);
  const [params, setParams] = useSearchParams();
  const tab = params.get('tab') === 'stations' ? 'stations' : 'groups';
  return (
    <Flex vertical gap={8}>
      <Typography.Title level={2} style={{ fontSize: 20, margin: 0 }}>
        {t('organisation.title')}
      </Typography.Title>
      <Tabs
        activeKey={tab}
        onChange={(key) => setParams({ tab: key })}
        items={[
          { key: 'groups', label: t('organisation.groupsTab'), children: <GroupsTable /> },
          { key: 'stations', label: t('organisation.stationsTab'), children: <StationsTable /> },
        ]}
      />
    </Flex>
  );
}

function GroupsTable() {
  const { t } = useTranslation(DNS);
  const { can } = useSession();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [editing, setEditing] = useState<{ group?: DeputyGroup } | null>(null);
  const { table } = useServerList(trpc.deputyGroups.list, { initialQuery: { sortBy: 'name' } });
  const writable = can('deputies.write');
  const column = createColumnHelper<DeputyGroup>();
  const columns: Array<DataColumn<DeputyGroup>> = [
    column.accessor('name', { header: t('organisation.columns.name'), enableSorting: true, cell: ({ row: { original: g } }) => <Link to={`/deputy-groups/${g.id}`}>{g.name}</Link>, meta: { nowrap: true } }),
    column.accessor('area', { header: t('organisation.columns.area'), cell: (c) => c.getValue() ?? '—' }),
    column.accessor('leaderName', { header: t('organisation.columns.groupLeader'), cell: (c) => c.getValue() ?? t('organisation.noLeader') }),
    column.accessor('stationName', { header: t('organisation.columns.station'), cell: (c) => c.getValue() ?? '—' }),
    column.accessor('memberCount', { header: t('organisation.columns.memberCount'), enableSorting: true, meta: { align: 'right' } }),
  ];
  if (writable) columns.push(editColumn<DeputyGroup>({ t, onEdit: (g) => setEditing({ group: g }) }));
  return (
    <>
      <DataTable<DeputyGroup>
        {...table}
        testId="groups-table"
        caption={t('organisation.groupCaption')}
        columns={columns}
        getRowId={(g) => g.id}
        searchPlaceholder={t('organisation.searchGroups')}
        exportFileName={t('organisation.groupExport')}
        toolbar={
          writable && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing({})} data-testid="group-create">
              {t('organisation.newGroup')}
            </Button>
          )
        }
      />
      <GroupFormDrawer
        open={editing !== null}
        group={editing?.group}
        onClose={() => setEditing(null)}
        onSaved={(saved) => {
          const created = !editing?.group;
          setEditing(null);
          void queryClient.invalidateQueries(trpc.deputyGroups.pathFilter());
          if (created) navigate(`/deputy-groups/${saved.id}`);
        }}
      />
    </>
  );
}

function StationsTable() {
  const { t } = useTranslation(DNS);
  const { pick } = useLanguage();
  const { can } = useSession();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [kind, setKind] = useState<LiaisonStationKind>();
  const [editing, setEditing] = useState<{ station?: LiaisonStation } | null>(null);
  const { table } = useServerList(trpc.liaisonStations.list, { initialQuery: { sortBy: 'name' }, filters: { kind } });
  const writable = can('deputies.write');
  const column = createColumnHelper<LiaisonStation>();
  const columns: Array<DataColumn<LiaisonStation>> = [
    column.accessor('name', { header: t('organisation.columns.name'), enableSorting: true, cell: ({ row: { original: s } }) => <Link to={`/deputy-groups/stations/${s.id}`}>{s.name}</Link> }),
    column.accessor('kind', { header: t('organisation.columns.kind'), enableSorting: true, cell: ({ row: { original: s } }) => pick(LIAISON_STATION_KIND_LABELS[s.kind]), meta: { nowrap: true, exportValue: (s) => pick(LIAISON_STATION_KIND_LABELS[s.kind]) } }),
    column.accessor('address', { header: t('organisation.columns.address'), cell: (c) => c.getValue() ?? '—' }),
    column.accessor('schedule', { header: t('organisation.columns.schedule'), cell: (c) => c.getValue() ?? '—' }),
    column.accessor('leaderName', { header: t('organisation.columns.leader'), cell: (c) => c.getValue() ?? t('organisation.noLeader') }),
    column.accessor('groupCount', { header: t('organisation.columns.groupCount'), meta: { align: 'right' } }),
    column.accessor('memberCount', { header: t('organisation.columns.memberCount'), enableSorting: true, meta: { align: 'right' } }),
  ];
  if (writable) columns.push(editColumn<LiaisonStation>({ t, onEdit: (s) => setEditing({ station: s }) }));
  return (
    <>
      <DataTable<LiaisonStation>
        {...table}
        testId="stations-table"
        caption={t('organisation.stationCaption')}
        columns={columns}
        getRowId={(s) => s.id}
        searchPlaceholder={t('organisation.searchStations')}
        exportFileName={t('organisation.stationExport')}
        filters={
          <Select
            allowClear
            aria-label={t('organisation.columns.kind')}
            placeholder={t('organisation.columns.kind')}
            value={kind}
            onChange={(v?: LiaisonStationKind) => {
              setKind(v);
            }}
            options={labelOptions(LIAISON_STATION_KINDS, LIAISON_STATION_KIND_LABELS, pick)}
            style={{ width: 150 }}
          />
        }
        toolbar={
          writable && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing({})} data-testid="station-create">
              {t('organisation.newStation')}
            </Button>
          )
        }
      />
      <StationFormDrawer
        open={editing !== null}
        station={editing?.station}
        onClose={() => setEditing(null)}
        onSaved={() => {
          setEditing(null);
          void queryClient.invalidateQueries(trpc.liaisonStations.pathFilter());
        }}
      />
    </>
  );
}
