import { useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, Flex, Select } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { VILLAGE_KINDS, VILLAGE_KIND_LABELS, type VillageKind } from '@pcs/domain';
import { DataTable, PageHeader, describeError, useLanguage } from '@pcs/ui';
import { useServerList } from '@pcs/work-ui';
import { useTRPC } from '../../api/trpc';
import type { Village } from '../../api/types';
import { NS } from '../../i18n/township-office';
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
  const queryClient = useQueryClient();
  const [kind, setKind] = useState<VillageKind | undefined>();
  const [editing, setEditing] = useState<{ village?: Village } | null>(null);

  const { table } = useServerList(trpc.villages.list, { filters: { kind } });
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


  const writable = can('region.write');
  const columns = villageColumns({
    t,
    pick,
    ...(writable ? { onEdit: (village: Village) => setEditing({ village }), onDelete: (village: Village) => remove.mutate({ id: village.id }) } : {}),
  });

  return (
    <Flex vertical gap={24}>
      <section aria-labelledby="villages-title" style={{ display: 'flex', flexDirection: 'column', gap: 12 }}>
        <PageHeader id="villages-title" title={t('villages.title')} />
        <DataTable<Village>
          {...table}
          testId="villages-table"
          caption={t('villages.caption')}
          columns={columns}
          getRowId={(v) => v.id}
          searchPlaceholder={t('villages.searchPlaceholder')}
          exportFileName={t('villages.exportFile')}
          filters={
            <Select
              allowClear
              aria-label={t('villages.kindFilter')}
              placeholder={t('villages.kindFilter')}
              value={kind}
              onChange={(value?: VillageKind) => {
                setKind(value);
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

      <section aria-labelledby="grids-title" style={{ display: 'flex', flexDirection: 'column', gap: 12 }}>
        <PageHeader id="grids-title" title={t('villages.gridsTitle')} />
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
