import { useState } from 'react';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Flex, Select, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { VILLAGE_KINDS, VILLAGE_KIND_LABELS, type VillageKind } from '@pcs/domain';
import { DataTable, DEFAULT_TABLE_QUERY, describeError, fetchAllPages, type TableQuery, useLanguage } from '@pcs/ui';
import { useTRPC, useTRPCClient } from '../../api/trpc';
import type { Village, VillageListInput } from '../../api/types';
import { NS } from '../../i18n/texts';
import { useSession } from '../../session/SessionContext';
import { GridTable } from './GridTable';
import { VillageFormDrawer } from './VillageFormDrawer';
import { villageColumns } from './villageColumns';

/** Villages and communities of the township (server-paged), with create/edit/delete, and its grids. */
export function VillagesPage() {
  const { t } = useTranslation(NS);
  const { pick } = useLanguage();
  const { message } = App.useApp();
  const { can } = useSession();
  const trpc = useTRPC();
  const client = useTRPCClient();
  const queryClient = useQueryClient();
  const [query, setQuery] = useState<TableQuery>(DEFAULT_TABLE_QUERY);
  const [kind, setKind] = useState<VillageKind | undefined>();
  const [editing, setEditing] = useState<{ village?: Village } | null>(null);

  const input: VillageListInput = { ...query, sortBy: query.sortBy as VillageListInput['sortBy'], kind };
  const list = useQuery(trpc.villages.list.queryOptions(input, { placeholderData: keepPreviousData }));
  const refresh = () => queryClient.invalidateQueries(trpc.villages.pathFilter()).then(() => queryClient.invalidateQueries(trpc.grids.pathFilter()));

  const remove = useMutation(
    trpc.villages.delete.mutationOptions({
      onSuccess: () => {
        void message.success(t('villages.deleted'));
        void refresh();
      },
      onError: (error) => {
        const info = describeError(error);
        void message.error(info.messages ? pick(info.messages) : t('common:errors.unknown'));
      },
    }),
  );

  const fetchAll = () => fetchAllPages((page, pageSize) => client.villages.list.query({ ...input, page, pageSize }));

  const writable = can('region.write');
  const columns = villageColumns({
    t,
    pick,
    ...(writable ? { onEdit: (village: Village) => setEditing({ village }), onDelete: (village: Village) => remove.mutate({ id: village.id }) } : {}),
  });

  return (
    <Flex vertical gap={24}>
      <section aria-labelledby="villages-title">
        <Typography.Title level={2} id="villages-title" style={{ fontSize: 20 }}>
          {t('villages.title')}
        </Typography.Title>
        <DataTable<Village>
          testId="villages-table"
          caption={t('villages.caption')}
          columns={columns}
          data={list.data?.items ?? []}
          total={list.data?.total ?? 0}
          query={query}
          onQueryChange={setQuery}
          getRowId={(v) => v.id}
          loading={list.isFetching}
          error={list.error}
          onRetry={() => void list.refetch()}
          searchPlaceholder={t('villages.searchPlaceholder')}
          exportFileName={t('villages.exportFile')}
          fetchAll={fetchAll}
          filters={
            <Select
              allowClear
              aria-label={t('villages.kindFilter')}
              placeholder={t('villages.kindFilter')}
              value={kind}
              onChange={(value?: VillageKind) => {
                setKind(value);
                setQuery((q) => ({ ...q, page: 1 }));
              }}
              options={VILLAGE_KINDS.map((value) => ({ value, label: pick(VILLAGE_KIND_LABELS[value]) }))}
              style={{ width: 140 }}
              data-testid="village-kind-filter"
            />
          }
          toolbar={
            writable && (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing({})} data-testid="village-create">
                {t('villages.create')}
              </Button>
            )
          }
        />
      </section>

      <section aria-labelledby="grids-title">
        <Typography.Title level={2} id="grids-title" style={{ fontSize: 20 }}>
          {t('villages.gridsTitle')}
        </Typography.Title>
        <GridTable />
      </section>

      <VillageFormDrawer
        open={editing !== null}
        village={editing?.village}
        onClose={() => setEditing(null)}
        onSaved={() => {
          setEditing(null);
          void refresh();
        }}
      />
    </Flex>
  );
}
